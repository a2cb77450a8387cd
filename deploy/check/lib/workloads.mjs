// What the rules look at: the pods each rendered object makes (built-in controllers and
// CloudNativePG's clusters), their labels and ports, and label selectors.

const WORKLOAD_KINDS = new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "Pod"]);
export const CNPG_CLUSTER = "postgresql.cnpg.io/v1/Cluster";
// the ports of a CloudNativePG instance pod
export const CNPG_PORTS = { postgresql: 5432, status: 8000, metrics: 9187 };

export const kindOf = (o) => `${o.apiVersion}/${o.kind}`;

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

export function podAnnotationsOf(object) {
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

export function containersOf(spec) {
	return [
		...(spec.initContainers ?? []).map((c) => ({ c, init: true })),
		...(spec.containers ?? []).map((c) => ({ c, init: false })),
	];
}


export function selects(selector, labels) {
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

export const isEmptySelector = (s) => s !== undefined && s !== null
	&& Object.keys(s.matchLabels ?? {}).length === 0 && (s.matchExpressions ?? []).length === 0;
