// What can be reached from outside the cluster: Services and Ingresses.
import { describe } from "../load.mjs";
import { selects, workloads } from "../workloads.mjs";
import { MANAGEMENT_PORT } from "./containers.mjs";

function servicePods(service, objects) {
	const selector = service.spec?.selector ?? {};
	if (Object.keys(selector).length === 0) return [];
	return workloads(objects).filter((w) => selects({ matchLabels: selector }, w.labels));
}

/**
 * Only the gateway is reachable from outside the namespace: no NodePort, LoadBalancer or
 * ExternalName Service; no Service exposes a management port; every Ingress path leads to
 * the gateway's public port, or to Keycloak's browser paths (/realms/, /resources/).
 */
export function checkExposure(objects) {
	const errors = [];
	const services = new Map(objects.filter((o) => o.kind === "Service").map((s) => [s.metadata.name, s]));
	for (const s of services.values()) {
		const type = s.spec?.type ?? "ClusterIP";
		if (type !== "ClusterIP") errors.push(`${describe(s)}: type ${type} reaches outside the cluster`);
		if (s.spec?.externalIPs?.length) errors.push(`${describe(s)}: externalIPs`);
		for (const port of s.spec?.ports ?? []) {
			for (const w of servicePods(s, objects)) {
				const target = typeof port.targetPort === "number" ? port.targetPort
					: w.ports[port.targetPort ?? String(port.port)] ?? (port.targetPort === undefined ? port.port : undefined);
				if (target === MANAGEMENT_PORT || port.targetPort === "management") {
					errors.push(`${describe(s)}: port ${port.name ?? port.port} exposes the management port of ${w.name}`);
				}
			}
		}
	}
	for (const ingress of objects.filter((o) => o.kind === "Ingress")) {
		const backends = [];
		if (ingress.spec?.defaultBackend) backends.push({ path: "(default backend)", backend: ingress.spec.defaultBackend });
		for (const rule of ingress.spec?.rules ?? []) {
			for (const p of rule.http?.paths ?? []) backends.push({ path: `${rule.host ?? "*"}${p.path ?? ""}`, backend: p.backend, rawPath: p.path });
		}
		for (const { path, backend, rawPath } of backends) {
			const svc = backend?.service;
			const port = svc?.port?.name ?? svc?.port?.number;
			const toGateway = svc?.name === "gateway" && (port === "http" || port === 8080);
			const toKeycloakBrowserPath = svc?.name === "keycloak" && (port === "http" || port === 8180)
				&& ["/realms/", "/resources/"].some((allowed) => (rawPath ?? "").startsWith(allowed));
			if (!toGateway && !toKeycloakBrowserPath) {
				errors.push(`${describe(ingress)}: ${path} leads to ${svc?.name ?? "a non-Service backend"}:${port ?? "?"}; only the gateway's http port (and Keycloak's /realms/, /resources/) may be public`);
			}
		}
	}
	return errors;
}
