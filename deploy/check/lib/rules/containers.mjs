// Each container: probes, requests and limits, security context; and the applications'
// management port.
import { describe } from "../load.mjs";
import { containersOf, podAnnotationsOf, workloads } from "../workloads.mjs";

/** The four application containers read MANAGEMENT_PORT and serve actuator there. */
export const MANAGEMENT_PORT = 9000;
export const APPS = ["gateway", "scheduling-service", "patient-service", "credentialing-service"];

/** Probes, requests and limits on every container. */
export function checkProbesAndResources(objects) {
	const errors = [];
	for (const w of workloads(objects).filter((w) => !w.cnpg)) {
		for (const { c, init } of containersOf(w.spec)) {
			const where = `${describe(w.object)} container ${c.name}`;
			if (!init) {
				if (!c.readinessProbe) errors.push(`${where}: no readinessProbe`);
				if (!c.livenessProbe) errors.push(`${where}: no livenessProbe`);
			}
			for (const part of ["requests", "limits"]) {
				for (const resource of ["cpu", "memory"]) {
					if (c.resources?.[part]?.[resource] === undefined) {
						errors.push(`${where}: no resources.${part}.${resource}`);
					}
				}
			}
		}
	}
	for (const w of workloads(objects).filter((w) => w.cnpg)) {
		const resources = w.object.spec?.resources;
		for (const part of ["requests", "limits"]) {
			if (resources?.[part]?.memory === undefined) errors.push(`${describe(w.object)}: no resources.${part}.memory`);
		}
	}
	return errors;
}

const WRITABLE_ROOT = "ptpractice/writable-root-filesystem";

/**
 * Non-root, no privilege escalation, all capabilities dropped, seccomp RuntimeDefault, no
 * host namespaces; a read-only root filesystem unless the workload carries the annotation
 * ptpractice/writable-root-filesystem with its reason.
 */
export function checkSecurityContexts(objects) {
	const errors = [];
	for (const w of workloads(objects).filter((w) => !w.cnpg)) {
		const pod = w.spec.securityContext ?? {};
		const name = describe(w.object);
		for (const field of ["hostNetwork", "hostPID", "hostIPC"]) {
			if (w.spec[field]) errors.push(`${name}: ${field} is set`);
		}
		if (pod.runAsUser === 0) errors.push(`${name}: pod runs as user 0`);
		const writableReason = w.object.metadata?.annotations?.[WRITABLE_ROOT];
		for (const { c } of containersOf(w.spec)) {
			const sc = c.securityContext ?? {};
			const where = `${name} container ${c.name}`;
			const nonRoot = sc.runAsNonRoot ?? pod.runAsNonRoot;
			const user = sc.runAsUser ?? pod.runAsUser;
			if (nonRoot !== true) errors.push(`${where}: runAsNonRoot is not true`);
			if (user === 0) errors.push(`${where}: runs as user 0`);
			if (sc.privileged === true) errors.push(`${where}: privileged`);
			if (sc.allowPrivilegeEscalation !== false) errors.push(`${where}: allowPrivilegeEscalation is not false`);
			if (!(sc.capabilities?.drop ?? []).includes("ALL")) errors.push(`${where}: capabilities.drop does not include ALL`);
			if ((sc.capabilities?.add ?? []).length > 0) errors.push(`${where}: adds capabilities`);
			const seccomp = sc.seccompProfile?.type ?? pod.seccompProfile?.type;
			if (seccomp !== "RuntimeDefault") errors.push(`${where}: seccompProfile is not RuntimeDefault`);
			if (sc.readOnlyRootFilesystem !== true && !(typeof writableReason === "string" && writableReason.trim())) {
				errors.push(`${where}: readOnlyRootFilesystem is not true (or give the reason in the annotation ${WRITABLE_ROOT})`);
			}
			for (const p of c.ports ?? []) {
				if (p.hostPort) errors.push(`${where}: hostPort ${p.hostPort}`);
			}
		}
	}
	return errors;
}

function httpProbePort(probe, ports) {
	const port = probe?.httpGet?.port;
	return typeof port === "number" ? port : ports[port];
}

/**
 * The four applications: MANAGEMENT_PORT=9000, probes on the actuator health groups there,
 * and Prometheus scrape annotations for /actuator/prometheus on the same port.
 */
export function checkManagementPort(objects) {
	const errors = [];
	for (const app of APPS) {
		const w = workloads(objects).find((w) => w.name === app && w.object.kind === "Deployment");
		if (!w) {
			errors.push(`Deployment/${app}: missing`);
			continue;
		}
		const name = describe(w.object);
		const c = w.spec.containers?.[0] ?? {};
		const env = Object.fromEntries((c.env ?? []).map((e) => [e.name, e.value]));
		if (env.MANAGEMENT_PORT !== String(MANAGEMENT_PORT)) errors.push(`${name}: env MANAGEMENT_PORT is not "${MANAGEMENT_PORT}"`);
		const expected = { readinessProbe: "/actuator/health/readiness", livenessProbe: "/actuator/health/liveness" };
		for (const [probe, path] of Object.entries(expected)) {
			if (c[probe]?.httpGet?.path !== path) errors.push(`${name}: ${probe} is not GET ${path}`);
			if (c[probe] && httpProbePort(c[probe], w.ports) !== MANAGEMENT_PORT) {
				errors.push(`${name}: ${probe} is not on the management port ${MANAGEMENT_PORT}`);
			}
		}
		const annotations = podAnnotationsOf(w.object);
		if (annotations["prometheus.io/scrape"] !== "true"
			|| annotations["prometheus.io/port"] !== String(MANAGEMENT_PORT)
			|| annotations["prometheus.io/path"] !== "/actuator/prometheus") {
			errors.push(`${name}: pod annotations do not scrape /actuator/prometheus on port ${MANAGEMENT_PORT}`);
		}
	}
	return errors;
}
