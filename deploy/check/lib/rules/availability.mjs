// PodDisruptionBudgets, HorizontalPodAutoscalers, replicas.
import { describe } from "../load.mjs";
import { CNPG_CLUSTER, kindOf, selects } from "../workloads.mjs";
import { APPS } from "./containers.mjs";

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
