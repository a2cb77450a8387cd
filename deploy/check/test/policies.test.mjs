// The policy checks pass on both overlays and fail on each kind of mistake they exist
// to catch: every test below breaks one thing in a copy of the rendered dev overlay and
// expects exactly that to be reported.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { parseManifests } from "../lib/load.mjs";
import { render } from "../lib/render.mjs";
import { checkPolicies } from "../lib/policies.mjs";

const overlay = (name) => fileURLToPath(new URL(`../../overlays/${name}`, import.meta.url));
const dev = parseManifests(render(overlay("dev")), "dev");
const production = parseManifests(render(overlay("production")), "production");

const copy = () => structuredClone(dev);
const find = (objects, kind, name) => {
	const found = objects.find((o) => o.kind === kind && o.metadata.name.startsWith(name));
	assert.ok(found, `${kind}/${name} in the rendered overlay`);
	return found;
};
const container = (objects, name) => find(objects, "Deployment", name).spec.template.spec.containers[0];

function assertReports(objects, expected, options = {}) {
	const errors = checkPolicies(objects, options);
	assert.ok(errors.some((e) => e.includes(expected)), `expected a message containing "${expected}", got:\n${errors.join("\n")}`);
}

test("the dev overlay holds every policy", () => {
	assert.deepEqual(checkPolicies(dev), []);
});

test("the production overlay holds every policy, high availability included", () => {
	assert.deepEqual(checkPolicies(production, { highAvailability: true }), []);
});

test("the dev overlay is not highly available (one replica each), and the check says so", () => {
	assertReports(copy(), "Deployment/gateway: no autoscaling/v2 HorizontalPodAutoscaler", { highAvailability: true });
	assertReports(copy(), "Deployment/patient-service: fewer than 2 replicas", { highAvailability: true });
	assertReports(copy(), "Cluster/patients-db: fewer than 2 instances", { highAvailability: true });
});

test("rejects a container without a readiness probe", () => {
	const objects = copy();
	delete container(objects, "scheduling-service").readinessProbe;
	assertReports(objects, "Deployment/scheduling-service container scheduling-service: no readinessProbe");
});

test("rejects a container without a liveness probe", () => {
	const objects = copy();
	delete container(objects, "redis").livenessProbe;
	assertReports(objects, "Deployment/redis container redis: no livenessProbe");
});

test("rejects a container without a memory limit", () => {
	const objects = copy();
	delete container(objects, "patient-service").resources.limits.memory;
	assertReports(objects, "Deployment/patient-service container patient-service: no resources.limits.memory");
});

test("rejects a container without a CPU request", () => {
	const objects = copy();
	delete container(objects, "keycloak").resources.requests.cpu;
	assertReports(objects, "Deployment/keycloak container keycloak: no resources.requests.cpu");
});

test("rejects a pod that may run as root", () => {
	const objects = copy();
	find(objects, "Deployment", "gateway").spec.template.spec.securityContext.runAsNonRoot = false;
	assertReports(objects, "Deployment/gateway container gateway: runAsNonRoot is not true");
});

test("rejects privilege escalation, kept capabilities and a missing seccomp profile", () => {
	const objects = copy();
	const c = container(objects, "credentialing-service");
	c.securityContext.allowPrivilegeEscalation = true;
	c.securityContext.capabilities = { drop: ["NET_RAW"] };
	delete find(objects, "Deployment", "credentialing-service").spec.template.spec.securityContext.seccompProfile;
	assertReports(objects, "container credentialing-service: allowPrivilegeEscalation is not false");
	assertReports(objects, "container credentialing-service: capabilities.drop does not include ALL");
	assertReports(objects, "container credentialing-service: seccompProfile is not RuntimeDefault");
});

test("rejects a writable root filesystem without a stated reason", () => {
	const objects = copy();
	container(objects, "gateway").securityContext.readOnlyRootFilesystem = false;
	delete find(objects, "Deployment", "keycloak").metadata.annotations["ptpractice/writable-root-filesystem"];
	assertReports(objects, "Deployment/gateway container gateway: readOnlyRootFilesystem is not true");
	assertReports(objects, "Deployment/keycloak container keycloak: readOnlyRootFilesystem is not true");
});

test("rejects an application without MANAGEMENT_PORT or with probes off the management port", () => {
	const objects = copy();
	const c = container(objects, "credentialing-service");
	c.env = c.env.filter((e) => e.name !== "MANAGEMENT_PORT");
	c.livenessProbe.httpGet.port = "http";
	assertReports(objects, 'Deployment/credentialing-service: env MANAGEMENT_PORT is not "9000"');
	assertReports(objects, "Deployment/credentialing-service: livenessProbe is not on the management port 9000");
});

test("rejects an application that is not scraped on the management port", () => {
	const objects = copy();
	find(objects, "Deployment", "patient-service").spec.template.metadata.annotations["prometheus.io/port"] = "8082";
	assertReports(objects, "Deployment/patient-service: pod annotations do not scrape /actuator/prometheus on port 9000");
});

test("rejects a Service that reaches outside the cluster", () => {
	const objects = copy();
	find(objects, "Service", "scheduling-service").spec.type = "LoadBalancer";
	assertReports(objects, "Service/scheduling-service: type LoadBalancer reaches outside the cluster");
});

test("rejects a Service that exposes the gateway's management port", () => {
	const objects = copy();
	find(objects, "Service", "gateway").spec.ports.push({ name: "management", port: 9000, targetPort: "management" });
	assertReports(objects, "Service/gateway: port management exposes the management port of gateway");
});

test("rejects an Ingress path to anything but the gateway and Keycloak's browser paths", () => {
	const objects = copy();
	const rules = find(objects, "Ingress", "pt-practice").spec.rules;
	rules[0].http.paths.push({ path: "/scheduling", pathType: "Prefix", backend: { service: { name: "scheduling-service", port: { name: "http" } } } });
	rules[1].http.paths.push({ path: "/admin/", pathType: "Prefix", backend: { service: { name: "keycloak", port: { name: "http" } } } });
	assertReports(objects, "/scheduling leads to scheduling-service:http");
	assertReports(objects, "/admin/ leads to keycloak:http");
});

test("rejects a namespace without a default deny", () => {
	const objects = copy().filter((o) => !(o.kind === "NetworkPolicy" && o.metadata.name === "default-deny"));
	assertReports(objects, "NetworkPolicy: no default deny");
});

test("rejects a workload that no NetworkPolicy of its own selects, and notices what it breaks", () => {
	const objects = copy().filter((o) => !(o.kind === "NetworkPolicy" && o.metadata.name === "redis"));
	assertReports(objects, "Deployment/redis: its pods are selected by no NetworkPolicy of their own");
	assertReports(objects, "NetworkPolicy: does not allow gateway -> redis:6379, which the system needs");
});

test("rejects a service reaching another service's database", () => {
	const objects = copy();
	const db = find(objects, "NetworkPolicy", "patients-db");
	db.spec.ingress[0].from.push({ podSelector: { matchLabels: { "app.kubernetes.io/name": "scheduling-service" } } });
	find(objects, "NetworkPolicy", "scheduling-service").spec.egress.push({
		to: [{ podSelector: { matchLabels: { "cnpg.io/cluster": "patients-db" } } }],
		ports: [{ protocol: "TCP", port: 5432 }],
	});
	assertReports(objects, "NetworkPolicy: allows scheduling-service -> patients-db:5432, which the system does not need");
});

test("rejects anything but the gateway reaching a service", () => {
	const objects = copy();
	find(objects, "NetworkPolicy", "credentialing-service").spec.ingress[0].from.push({ podSelector: {} });
	find(objects, "NetworkPolicy", "keycloak").spec.egress.push({ to: [{ podSelector: {} }] });
	assertReports(objects, "NetworkPolicy: allows keycloak -> credentialing-service:8083, which the system does not need");
});

test("rejects traffic from outside the namespace to anything but the gateway's public port", () => {
	const objects = copy();
	find(objects, "NetworkPolicy", "scheduling-service").spec.ingress.push({
		from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "ingress-nginx" } } }],
		ports: [{ protocol: "TCP", port: 8081 }],
	});
	find(objects, "NetworkPolicy", "gateway").spec.ingress.push({
		from: [{ namespaceSelector: {} }],
		ports: [{ protocol: "TCP", port: 9000 }],
	});
	find(objects, "NetworkPolicy", "redis").spec.ingress.push({ from: [{ ipBlock: { cidr: "10.0.0.0/8" } }] });
	assertReports(objects, "admits namespace ingress-nginx to scheduling-service:8081");
	assertReports(objects, "NetworkPolicy/gateway ingress[2]: admits namespaces by a selector other than one kubernetes.io/metadata.name");
	assertReports(objects, "NetworkPolicy/redis ingress[1]: admits the address block 10.0.0.0/8");
});

test("rejects egress out of the namespace beyond DNS", () => {
	const objects = copy();
	find(objects, "NetworkPolicy", "gateway").spec.egress.push({ to: [{ ipBlock: { cidr: "0.0.0.0/0" } }], ports: [{ protocol: "TCP", port: 443 }] });
	assertReports(objects, "NetworkPolicy/gateway egress[5]: lets gateway out of the namespace beyond DNS");
});

test("rejects a service reading another service's database credentials", () => {
	const objects = copy();
	const schedulingSecret = find(objects, "Secret", "scheduling-db-credentials").metadata.name;
	container(objects, "patient-service").env.find((e) => e.name === "PATIENTS_DB_PASSWORD").valueFrom.secretKeyRef.name = schedulingSecret;
	assertReports(objects, `Deployment/patient-service: references Secret ${schedulingSecret}, which is for scheduling-service, scheduling-db only`);
	assertReports(objects, `Secret/${schedulingSecret}: a database's credentials used by 2 applications`);
});

test("rejects a reference to a Secret that is not in the manifests", () => {
	const objects = copy();
	container(objects, "gateway").env.find((e) => e.name === "GATEWAY_CLIENT_SECRET").valueFrom.secretKeyRef.name = "nowhere";
	assertReports(objects, "Deployment/gateway: references Secret nowhere, which is not in the manifests");
});

test("rejects a Deployment without a PodDisruptionBudget", () => {
	const objects = copy().filter((o) => !(o.kind === "PodDisruptionBudget" && o.metadata.name === "keycloak"));
	assertReports(objects, "Deployment/keycloak: no PodDisruptionBudget");
});

test("rejects an autoscaled Deployment that also pins its replicas", () => {
	const objects = structuredClone(production);
	find(objects, "Deployment", "gateway").spec.replicas = 2;
	assertReports(objects, "HorizontalPodAutoscaler/gateway: Deployment/gateway also sets spec.replicas", { highAvailability: true });
});
