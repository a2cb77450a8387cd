// Which workloads read which Secrets.
import { describe } from "../load.mjs";
import { containersOf, workloads } from "../workloads.mjs";

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
