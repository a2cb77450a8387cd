// The deployment's own rules, checked on the rendered objects of one overlay. Each check
// returns messages ("Kind/name: what is wrong"); an empty list means the rule holds.
// deploy/README.md ("What the check enforces") lists them in words.
import { describe } from "./load.mjs";

/** The four application containers read MANAGEMENT_PORT and serve actuator there. */
export const MANAGEMENT_PORT = 9000;
const APPS = ["gateway", "scheduling-service", "patient-service", "credentialing-service"];

/** Namespaces outside ours that may reach in, and what each may reach. */
export const OUTSIDE = {
	ingressController: "ingress-nginx",
	monitoring: "monitoring",
	cnpgOperator: "cnpg-system",
};

/**
 * Every connection inside the namespace the system needs, and no other: "client ->
 * server:port". The policies must allow exactly these (both the client's egress and the
 * server's ingress).
 */
export const EXPECTED_CONNECTIONS = [
	"gateway -> scheduling-service:8081",
	"gateway -> patient-service:8082",
	"gateway -> credentialing-service:8083",
	"gateway -> keycloak:8180",
	"gateway -> redis:6379",
	// the booking's own needling check
	"scheduling-service -> patient-service:8082",
	"scheduling-service -> credentialing-service:8083",
	"scheduling-service -> keycloak:8180",
	"patient-service -> keycloak:8180",
	"credentialing-service -> keycloak:8180",
	"scheduling-service -> scheduling-db:5432",
	"patient-service -> patients-db:5432",
	"credentialing-service -> credentialing-db:5432",
	"keycloak -> keycloak-db:5432",
	// Keycloak's cache cluster
	"keycloak -> keycloak:7800",
	"keycloak -> keycloak:57800",
	// each PostgreSQL cluster's replication and instance status
	...["scheduling-db", "patients-db", "credentialing-db", "keycloak-db"].flatMap((db) => [
		`${db} -> ${db}:5432`,
		`${db} -> ${db}:8000`,
	]),
];

const WORKLOAD_KINDS = new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "Pod"]);
const CNPG_CLUSTER = "postgresql.cnpg.io/v1/Cluster";
// the ports of a CloudNativePG instance pod
const CNPG_PORTS = { postgresql: 5432, status: 8000, metrics: 9187 };

const kindOf = (o) => `${o.apiVersion}/${o.kind}`;

function podSpecOf(object) {
	switch (object.kind) {
		case "Pod":
			return object.spec;
		case "CronJob":
			return object.spec?.jobTemplate?.spec?.template?.spec;
		default:
			return object.spec?.template?.spec;
	}
}

function podLabelsOf(object) {
	switch (object.kind) {
		case "Pod":
			return object.metadata?.labels ?? {};
		case "CronJob":
			return object.spec?.jobTemplate?.spec?.template?.metadata?.labels ?? {};
		default:
			return object.spec?.template?.metadata?.labels ?? {};
	}
}

function podAnnotationsOf(object) {
	return object.kind === "Pod" ? object.metadata?.annotations ?? {} : object.spec?.template?.metadata?.annotations ?? {};
}

/** Workloads that run pods: the built-in controllers and CloudNativePG's clusters. */
export function workloads(objects) {
	const result = [];
	for (const o of objects) {
		if (WORKLOAD_KINDS.has(o.kind) && podSpecOf(o)) {
			const spec = podSpecOf(o);
			const ports = {};
			for (const c of spec.containers ?? []) {
				for (const p of c.ports ?? []) {
					if (p.name) ports[p.name] = p.containerPort;
					ports[String(p.containerPort)] = p.containerPort;
				}
			}
			result.push({ name: o.metadata.name, object: o, labels: podLabelsOf(o), ports, spec });
		} else if (kindOf(o) === CNPG_CLUSTER) {
			const ports = {};
			for (const [name, port] of Object.entries(CNPG_PORTS)) {
				ports[name] = port;
				ports[String(port)] = port;
			}
			result.push({
				name: o.metadata.name,
				object: o,
				labels: { "cnpg.io/cluster": o.metadata.name, "cnpg.io/podRole": "instance" },
				ports,
				cnpg: true,
			});
		}
	}
	return result;
}

// ---------------------------------------------------------------- containers

function containersOf(spec) {
	return [
		...(spec.initContainers ?? []).map((c) => ({ c, init: true })),
		...(spec.containers ?? []).map((c) => ({ c, init: false })),
	];
}

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

// ---------------------------------------------------------------- exposure

function selects(selector, labels) {
	if (!selector) return false;
	for (const [k, v] of Object.entries(selector.matchLabels ?? {})) {
		if (labels[k] !== v) return false;
	}
	for (const e of selector.matchExpressions ?? []) {
		const has = Object.hasOwn(labels, e.key);
		const value = labels[e.key];
		switch (e.operator) {
			case "In":
				if (!has || !e.values.includes(value)) return false;
				break;
			case "NotIn":
				if (has && e.values.includes(value)) return false;
				break;
			case "Exists":
				if (!has) return false;
				break;
			case "DoesNotExist":
				if (has) return false;
				break;
			default:
				return false;
		}
	}
	return true;
}

const isEmptySelector = (s) => s !== undefined && s !== null
	&& Object.keys(s.matchLabels ?? {}).length === 0 && (s.matchExpressions ?? []).length === 0;

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

// ---------------------------------------------------------------- network policies

function policyTypes(policy) {
	const spec = policy.spec ?? {};
	if (spec.policyTypes?.length) return spec.policyTypes;
	return spec.egress ? ["Ingress", "Egress"] : ["Ingress"];
}

function portMatches(rulePorts, port, ports) {
	if (!rulePorts || rulePorts.length === 0) return true;
	return rulePorts.some((p) => {
		if ((p.protocol ?? "TCP") !== "TCP") return false;
		if (p.port === undefined) return true;
		const number = typeof p.port === "number" ? p.port : ports[p.port];
		if (number === undefined) return false;
		return p.endPort ? port >= number && port <= p.endPort : port === number;
	});
}

// A peer of a rule reaches pods of this namespace when it has only a podSelector, or a
// namespaceSelector that selects every namespace.
function peerMatchesLocal(peer, labels) {
	if (peer.ipBlock) return false;
	if (peer.namespaceSelector && !isEmptySelector(peer.namespaceSelector)) return false;
	return selects(peer.podSelector ?? {}, labels);
}

function isLocalPeer(peer) {
	return !peer.ipBlock && !peer.namespaceSelector && peer.podSelector !== undefined;
}

function allowed(policies, direction, self, other, port, portsOfTarget) {
	const key = direction === "Ingress" ? "ingress" : "egress";
	const peersKey = direction === "Ingress" ? "from" : "to";
	const applying = policies.filter((p) => selects(p.spec?.podSelector ?? {}, self.labels) && policyTypes(p).includes(direction));
	if (applying.length === 0) return true; // not isolated in this direction
	return applying.some((p) => (p.spec?.[key] ?? []).some((rule) => {
		if (!portMatches(rule.ports, port, portsOfTarget)) return false;
		const peers = rule[peersKey];
		if (!peers || peers.length === 0) return true;
		return peers.some((peer) => peerMatchesLocal(peer, other.labels));
	}));
}

/** The in-namespace connections the policies allow: "client -> server:port". */
export function allowedConnections(objects) {
	const policies = objects.filter((o) => o.kind === "NetworkPolicy");
	const all = workloads(objects);
	const connections = new Set();
	for (const server of all) {
		const serverPorts = [...new Set(Object.values(server.ports))];
		for (const client of all) {
			for (const port of serverPorts) {
				if (allowed(policies, "Egress", client, server, port, server.ports)
					&& allowed(policies, "Ingress", server, client, port, server.ports)) {
					connections.add(`${client.name} -> ${server.name}:${port}`);
				}
			}
		}
	}
	return connections;
}

function describeRule(policy, direction, index) {
	return `NetworkPolicy/${policy.metadata.name} ${direction.toLowerCase()}[${index}]`;
}

/**
 * A default deny for ingress and egress; every workload (CloudNativePG pods too) selected by
 * a policy of its own; exactly the expected connections inside the namespace; from outside
 * only the ingress controller (to the gateway and Keycloak's http ports), Prometheus (to the
 * metrics ports) and the CloudNativePG operator (to the database pods); out of the
 * namespace only DNS, and the Kubernetes API from the database pods.
 */
export function checkNetworkPolicies(objects) {
	const errors = [];
	const policies = objects.filter((o) => o.kind === "NetworkPolicy");
	const defaultDeny = policies.some((p) => isEmptySelector(p.spec?.podSelector)
		&& ["Ingress", "Egress"].every((t) => (p.spec?.policyTypes ?? []).includes(t))
		&& !(p.spec?.ingress?.length) && !(p.spec?.egress?.length));
	if (!defaultDeny) errors.push("NetworkPolicy: no default deny (empty podSelector, policyTypes Ingress and Egress, no rules)");

	const all = workloads(objects);
	for (const w of all) {
		const own = policies.filter((p) => !isEmptySelector(p.spec?.podSelector) && selects(p.spec?.podSelector, w.labels));
		if (own.length === 0) errors.push(`${describe(w.object)}: its pods are selected by no NetworkPolicy of their own`);
	}

	const actual = allowedConnections(objects);
	const expected = new Set(EXPECTED_CONNECTIONS);
	for (const c of [...actual].sort()) {
		if (!expected.has(c)) errors.push(`NetworkPolicy: allows ${c}, which the system does not need`);
	}
	for (const c of [...expected].sort()) {
		if (!actual.has(c)) errors.push(`NetworkPolicy: does not allow ${c}, which the system needs`);
	}

	const byName = new Map(all.map((w) => [w.name, w]));
	for (const policy of policies) {
		const targets = all.filter((w) => selects(policy.spec?.podSelector ?? {}, w.labels));
		(policy.spec?.ingress ?? []).forEach((rule, index) => {
			const where = describeRule(policy, "Ingress", index);
			const peers = rule.from ?? [];
			if (peers.length === 0) {
				errors.push(`${where}: admits every source`);
				return;
			}
			for (const peer of peers.filter((p) => !isLocalPeer(p))) {
				if (peer.ipBlock) {
					errors.push(`${where}: admits the address block ${peer.ipBlock.cidr}`);
					continue;
				}
				const namespace = peer.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"];
				const onlyThat = namespace && Object.keys(peer.namespaceSelector.matchLabels).length === 1
					&& !(peer.namespaceSelector.matchExpressions?.length);
				if (!onlyThat) {
					errors.push(`${where}: admits namespaces by a selector other than one kubernetes.io/metadata.name`);
					continue;
				}
				if (!rule.ports?.length || rule.ports.some((p) => p.port === undefined || p.endPort)) {
					errors.push(`${where}: admits namespace ${namespace} on every port`);
					continue;
				}
				for (const target of targets) {
					for (const p of rule.ports) {
						const port = typeof p.port === "number" ? p.port : target.ports[p.port];
						if (!outsideMayReach(namespace, target, port, byName)) {
							errors.push(`${where}: admits namespace ${namespace} to ${target.name}:${port ?? p.port}`);
						}
					}
				}
			}
		});
		(policy.spec?.egress ?? []).forEach((rule, index) => {
			const where = describeRule(policy, "Egress", index);
			const peers = rule.to ?? [];
			const outsidePeers = peers.length === 0 ? [{}] : peers.filter((p) => !isLocalPeer(p));
			if (outsidePeers.length === 0) return;
			const ports = (rule.ports ?? []).map((p) => p.port);
			const dnsOnly = ports.length > 0 && ports.every((p) => p === 53) && !rule.ports.some((p) => p.endPort);
			if (dnsOnly) return;
			const apiOnly = ports.length > 0 && ports.every((p) => p === 443 || p === 6443) && !rule.ports.some((p) => p.endPort);
			if (apiOnly && targets.length > 0 && targets.every((t) => t.cnpg)) return;
			errors.push(`${where}: lets ${targets.map((t) => t.name).join(", ") || "no pods"} out of the namespace beyond DNS${apiOnly ? " (the API ports are for the database pods only)" : ""}`);
		});
	}
	return errors;
}

function outsideMayReach(namespace, target, port) {
	if (namespace === OUTSIDE.ingressController) {
		return (target.name === "gateway" && port === target.ports.http)
			|| (target.name === "keycloak" && port === target.ports.http);
	}
	if (namespace === OUTSIDE.monitoring) {
		return target.cnpg ? port === CNPG_PORTS.metrics : port === target.ports.management;
	}
	if (namespace === OUTSIDE.cnpgOperator) {
		return target.cnpg === true && (port === CNPG_PORTS.status || port === CNPG_PORTS.postgresql);
	}
	return false;
}

// ---------------------------------------------------------------- secrets

function secretReferences(w) {
	const names = new Set();
	if (w.cnpg) {
		const spec = w.object.spec ?? {};
		for (const ref of [spec.bootstrap?.initdb?.secret, spec.superuserSecret,
			...(spec.managed?.roles ?? []).map((r) => r.passwordSecret)]) {
			if (ref?.name) names.add(ref.name);
		}
		return names;
	}
	for (const { c } of containersOf(w.spec)) {
		for (const e of c.env ?? []) {
			if (e.valueFrom?.secretKeyRef?.name) names.add(e.valueFrom.secretKeyRef.name);
		}
		for (const e of c.envFrom ?? []) {
			if (e.secretRef?.name) names.add(e.secretRef.name);
		}
	}
	for (const v of w.spec.volumes ?? []) {
		if (v.secret?.secretName) names.add(v.secret.secretName);
		for (const s of v.projected?.sources ?? []) {
			if (s.secret?.name) names.add(s.secret.name);
		}
	}
	for (const s of w.spec.imagePullSecrets ?? []) names.add(s.name);
	return names;
}

/**
 * Every Secret a workload references exists and names that workload in its annotation
 * ptpractice/used-by; a database's credentials (a Secret a CloudNativePG Cluster reads) are
 * used by exactly one application besides the Cluster.
 */
export function checkSecrets(objects) {
	const errors = [];
	const secrets = new Map(objects.filter((o) => o.kind === "Secret").map((s) => [s.metadata.name, s]));
	const users = new Map();
	for (const w of workloads(objects)) {
		for (const name of secretReferences(w)) {
			const secret = secrets.get(name);
			if (!secret) {
				errors.push(`${describe(w.object)}: references Secret ${name}, which is not in the manifests`);
				continue;
			}
			const allowedUsers = (secret.metadata?.annotations?.["ptpractice/used-by"] ?? "")
				.split(",").map((s) => s.trim()).filter(Boolean);
			if (!allowedUsers.includes(w.name)) {
				errors.push(`${describe(w.object)}: references Secret ${name}, which is for ${allowedUsers.join(", ") || "(no ptpractice/used-by annotation)"} only`);
			}
			if (!users.has(name)) users.set(name, []);
			users.get(name).push(w);
		}
	}
	for (const [name, ws] of users) {
		if (ws.some((w) => w.cnpg)) {
			const apps = ws.filter((w) => !w.cnpg).map((w) => w.name);
			if (apps.length !== 1) {
				errors.push(`Secret/${name}: a database's credentials used by ${apps.length} applications (${apps.join(", ") || "none"}); exactly one owns a database`);
			}
		}
	}
	return errors;
}

// ---------------------------------------------------------------- availability

function replicasOf(deployment, hpas) {
	const hpa = hpas.find((h) => h.spec?.scaleTargetRef?.kind === "Deployment" && h.spec.scaleTargetRef.name === deployment.metadata.name);
	return hpa ? hpa.spec.minReplicas ?? 1 : deployment.spec?.replicas ?? 1;
}

/**
 * Every Deployment has a PodDisruptionBudget; every HorizontalPodAutoscaler scales a
 * Deployment here whose containers request CPU. With highAvailability (production): HPAs
 * for the gateway and the scheduling service, two or more replicas of each application and
 * of Keycloak, two or more instances of each PostgreSQL cluster.
 */
export function checkAvailability(objects, { highAvailability = false } = {}) {
	const errors = [];
	const deployments = objects.filter((o) => o.kind === "Deployment");
	const pdbs = objects.filter((o) => o.kind === "PodDisruptionBudget");
	const hpas = objects.filter((o) => o.kind === "HorizontalPodAutoscaler");
	for (const d of deployments) {
		const labels = d.spec?.template?.metadata?.labels ?? {};
		if (!pdbs.some((p) => selects(p.spec?.selector, labels))) errors.push(`${describe(d)}: no PodDisruptionBudget`);
	}
	for (const h of hpas) {
		const target = deployments.find((d) => d.metadata.name === h.spec?.scaleTargetRef?.name && h.spec.scaleTargetRef.kind === "Deployment");
		if (!target) {
			errors.push(`${describe(h)}: scales ${h.spec?.scaleTargetRef?.kind}/${h.spec?.scaleTargetRef?.name}, which is not here`);
			continue;
		}
		if ((target.spec.template.spec.containers ?? []).some((c) => !c.resources?.requests?.cpu)) {
			errors.push(`${describe(h)}: ${target.metadata.name} has a container without a CPU request`);
		}
		if (target.spec.replicas !== undefined) {
			errors.push(`${describe(h)}: Deployment/${target.metadata.name} also sets spec.replicas, which every apply would reset`);
		}
	}
	if (highAvailability) {
		for (const name of ["gateway", "scheduling-service"]) {
			if (!hpas.some((h) => h.apiVersion === "autoscaling/v2" && h.spec?.scaleTargetRef?.name === name)) {
				errors.push(`Deployment/${name}: no autoscaling/v2 HorizontalPodAutoscaler`);
			}
		}
		for (const name of [...APPS, "keycloak"]) {
			const d = deployments.find((x) => x.metadata.name === name);
			if (d && replicasOf(d, hpas) < 2) errors.push(`${describe(d)}: fewer than 2 replicas`);
		}
		for (const c of objects.filter((o) => kindOf(o) === CNPG_CLUSTER)) {
			if ((c.spec?.instances ?? 1) < 2) errors.push(`${describe(c)}: fewer than 2 instances`);
		}
	}
	return errors;
}

/** Every rule above, for one rendered overlay. */
export function checkPolicies(objects, options = {}) {
	return [
		...checkProbesAndResources(objects),
		...checkSecurityContexts(objects),
		...checkManagementPort(objects),
		...checkExposure(objects),
		...checkNetworkPolicies(objects),
		...checkSecrets(objects),
		...checkAvailability(objects, options),
	];
}
