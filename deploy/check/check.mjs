#!/usr/bin/env node
// Checks rendered manifests offline: node check.mjs [--high-availability] rendered.yaml...
// Every object against its API schema (lib/schemas.mjs) with no unknown fields
// (lib/fields.mjs), then the deployment's rules (lib/policies.mjs). Prints each problem
// and exits 1 if there is any.
import { loadManifests } from "./lib/load.mjs";
import { validateAll } from "./lib/schemas.mjs";
import { checkPolicies } from "./lib/policies.mjs";
import { unknownFieldErrors } from "./lib/fields.mjs";

const args = process.argv.slice(2);
const highAvailability = args.includes("--high-availability");
const files = args.filter((a) => !a.startsWith("--"));
if (files.length === 0) {
	console.error("usage: node check.mjs [--high-availability] rendered.yaml...");
	process.exit(2);
}

const loaded = files.map((file) => ({ label: file, objects: loadManifests(file) }));
// one compiler run for every file
const fieldErrors = await unknownFieldErrors(loaded);

let failed = false;
for (const { label: file, objects } of loaded) {
	const schemaErrors = [
		...(await validateAll(objects)),
		...fieldErrors.filter((e) => e.startsWith(`${file}: `)).map((e) => e.slice(file.length + 2)),
	];
	const policyErrors = checkPolicies(objects, { highAvailability });
	const kinds = [...new Set(objects.map((o) => o.kind))].sort().join(", ");
	if (schemaErrors.length + policyErrors.length === 0) {
		console.log(`check-deploy: ${file}: ${objects.length} objects (${kinds}) valid; policies hold${highAvailability ? " (with high availability)" : ""}`);
		continue;
	}
	failed = true;
	for (const e of schemaErrors) console.error(`check-deploy: ${file}: schema: ${e}`);
	for (const e of policyErrors) console.error(`check-deploy: ${file}: policy: ${e}`);
}
process.exit(failed ? 1 : 0);
