// NetworkPolicies: what they allow, computed from their selectors and ports, against what
// the system needs.
import { describe } from "../load.mjs";
import { CNPG_PORTS, isEmptySelector, selects, workloads } from "../workloads.mjs";

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
	const policies = objects.filter((o) => o.kind === "NetworkPolicy");
	const all = workloads(objects);
	return [
		...checkDefaultDeny(policies),
		...checkEveryWorkloadHasItsOwnPolicy(policies, all),
		...checkConnectionsInsideTheNamespace(objects),
		...policies.flatMap((policy) => {
			const targets = all.filter((w) => selects(policy.spec?.podSelector ?? {}, w.labels));
			return [
				...(policy.spec?.ingress ?? []).flatMap((rule, i) => checkIngressFromOutside(describeRule(policy, "Ingress", i), rule, targets)),
				...(policy.spec?.egress ?? []).flatMap((rule, i) => checkEgressToOutside(describeRule(policy, "Egress", i), rule, targets)),
			];
		}),
	];
}

function checkDefaultDeny(policies) {
	const present = policies.some((p) => isEmptySelector(p.spec?.podSelector)
		&& ["Ingress", "Egress"].every((t) => (p.spec?.policyTypes ?? []).includes(t))
		&& !(p.spec?.ingress?.length) && !(p.spec?.egress?.length));
	return present ? [] : ["NetworkPolicy: no default deny (empty podSelector, policyTypes Ingress and Egress, no rules)"];
}

function checkEveryWorkloadHasItsOwnPolicy(policies, all) {
	return all
		.filter((w) => !policies.some((p) => !isEmptySelector(p.spec?.podSelector) && selects(p.spec?.podSelector, w.labels)))
		.map((w) => `${describe(w.object)}: its pods are selected by no NetworkPolicy of their own`);
}

function checkConnectionsInsideTheNamespace(objects) {
	const actual = allowedConnections(objects);
	const expected = new Set(EXPECTED_CONNECTIONS);
	return [
		...[...actual].sort().filter((c) => !expected.has(c)).map((c) => `NetworkPolicy: allows ${c}, which the system does not need`),
		...[...expected].sort().filter((c) => !actual.has(c)).map((c) => `NetworkPolicy: does not allow ${c}, which the system needs`),
	];
}

// An ingress rule admits another namespace only by its name, on listed ports, to what that
// namespace may reach (outsideMayReach); never every source, never an address block.
function checkIngressFromOutside(where, rule, targets) {
	const peers = rule.from ?? [];
	if (peers.length === 0) return [`${where}: admits every source`];
	const errors = [];
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
				if (!outsideMayReach(namespace, target, port)) {
					errors.push(`${where}: admits namespace ${namespace} to ${target.name}:${port ?? p.port}`);
				}
			}
		}
	}
	return errors;
}

// Out of the namespace: DNS for everyone, the Kubernetes API ports for the database pods.
function checkEgressToOutside(where, rule, targets) {
	const peers = rule.to ?? [];
	const leavesNamespace = peers.length === 0 || peers.some((p) => !isLocalPeer(p));
	if (!leavesNamespace) return [];
	const ports = (rule.ports ?? []).map((p) => p.port);
	const noRanges = !(rule.ports ?? []).some((p) => p.endPort);
	if (ports.length > 0 && noRanges && ports.every((p) => p === 53)) return [];
	const apiOnly = ports.length > 0 && noRanges && ports.every((p) => p === 443 || p === 6443);
	if (apiOnly && targets.length > 0 && targets.every((t) => t.cnpg)) return [];
	return [`${where}: lets ${targets.map((t) => t.name).join(", ") || "no pods"} out of the namespace beyond DNS${apiOnly ? " (the API ports are for the database pods only)" : ""}`];
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
