// Schema validation accepts both overlays and refuses objects the API server would refuse.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { parseManifests } from "../lib/load.mjs";
import { render } from "../lib/render.mjs";
import { validateAll, validateObject } from "../lib/schemas.mjs";
import { unknownFieldErrors } from "../lib/fields.mjs";

const overlay = (name) => fileURLToPath(new URL(`../../overlays/${name}`, import.meta.url));
const dev = parseManifests(render(overlay("dev")), "dev");

const first = (kind, name) => structuredClone(dev.find((o) => o.kind === kind && o.metadata.name === name));

for (const name of ["dev", "production"]) {
	test(`every object of the ${name} overlay is valid against its schema`, async () => {
		const objects = name === "dev" ? dev : parseManifests(render(overlay(name)), name);
		assert.ok(objects.length > 40);
		assert.deepEqual(await validateAll(objects), []);
	});
}

test("refuses a Deployment with a wrongly typed field", async () => {
	const d = first("Deployment", "gateway");
	d.spec.replicas = "two";
	const errors = await validateObject(d);
	assert.ok(errors.some((e) => e.includes("Deployment/gateway") && e.includes("spec/replicas must be integer")), errors.join("\n"));
});

test("refuses a container without its required name", async () => {
	const d = first("Deployment", "redis");
	delete d.spec.template.spec.containers[0].name;
	const errors = await validateObject(d);
	assert.ok(errors.some((e) => e.includes("Deployment/redis") && e.includes("containers/0 must have required property name")), errors.join("\n"));
});

test("refuses a NetworkPolicy with an unknown policy type", async () => {
	const p = first("NetworkPolicy", "default-deny");
	p.spec.policyTypes = [42];
	const errors = await validateObject(p);
	assert.ok(errors.some((e) => e.includes("NetworkPolicy/default-deny")), errors.join("\n"));
});

test("refuses a CloudNativePG Cluster with a misspelt field", async () => {
	const c = first("Cluster", "scheduling-db");
	c.spec.bootstrap.initdb.databse = "scheduling";
	const errors = await validateObject(c);
	assert.deepEqual(errors, ["Cluster/scheduling-db: /spec/bootstrap/initdb must NOT have additional properties (databse)"]);
});

test("refuses a CloudNativePG Cluster with a wrongly typed or out-of-range field", async () => {
	const c = first("Cluster", "scheduling-db");
	c.spec.instances = 0;
	c.spec.primaryUpdateStrategy = "whenever";
	const errors = await validateObject(c);
	assert.ok(errors.some((e) => e.includes("/spec/instances must be >= 1")), errors.join("\n"));
	assert.ok(errors.some((e) => e.includes("/spec/primaryUpdateStrategy must be equal to one of the allowed values")), errors.join("\n"));
});

test("refuses a CloudNativePG Cluster with invalid metadata", async () => {
	const c = first("Cluster", "scheduling-db");
	c.metadata.labels = { tier: 3 };
	const errors = await validateObject(c);
	assert.ok(errors.some((e) => e.startsWith("Cluster/scheduling-db: metadata:")), errors.join("\n"));
});

test("refuses a kind it has no schema for, instead of passing it unchecked", async () => {
	const errors = await validateObject({ apiVersion: "monitoring.coreos.com/v1", kind: "ServiceMonitor", metadata: { name: "x" }, spec: {} });
	assert.deepEqual(errors, ["ServiceMonitor/x: no schema for monitoring.coreos.com/v1 ServiceMonitor (not a built-in kind of kubernetes-models, nor a vendored CRD)"]);
});

test("refuses a misspelt field in a built-in kind, which the API server would refuse too", async () => {
	// TypeScript names the first unknown field of each object: one mistake per object here
	const gateway = first("Deployment", "gateway");
	const sc = gateway.spec.template.spec.containers[0].securityContext;
	sc.readOnlyRootFileSystem = sc.readOnlyRootFilesystem;
	delete sc.readOnlyRootFilesystem;
	const scheduling = first("Deployment", "scheduling-service");
	scheduling.spec.template.spec.topologySpreadConstraint = [];
	const errors = await unknownFieldErrors([{ label: "dev", objects: [gateway, first("Service", "gateway"), scheduling] }]);
	assert.deepEqual(errors, [
		"dev: Deployment/gateway: unknown field: '\"readOnlyRootFileSystem\"' does not exist in type 'ISecurityContext'.",
		"dev: Deployment/scheduling-service: unknown field: '\"topologySpreadConstraint\"' does not exist in type 'IPodSpec'.",
	]);
});

test("finds no unknown field in either overlay", async () => {
	const production = parseManifests(render(overlay("production")), "production");
	assert.deepEqual(await unknownFieldErrors([{ label: "dev", objects: dev }, { label: "production", objects: production }]), []);
});
