// Validation of every rendered object against its API schema, offline:
//  - built-in kinds against the Kubernetes OpenAPI schemas compiled into the npm package
//    kubernetes-models (types, required fields, enums, formats);
//  - CloudNativePG's Cluster against the openAPIV3Schema of its vendored CRD
//    (schemas/postgresql.cnpg.io_clusters.yaml), with unknown fields refused, as the API
//    server's strict field validation does;
//  - a kind with no schema here is an error, never silently accepted.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import { describe } from "./load.mjs";

const CRDS = ["postgresql.cnpg.io_clusters.yaml"];

// apiVersion/kind -> module path inside kubernetes-models (core group is "v1/...")
function builtInModule(apiVersion, kind) {
	const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
	return group === "" ? `kubernetes-models/${version}/${kind}` : `kubernetes-models/${group}/${version}/${kind}`;
}

function strict(schema) {
	// An object schema that lists its properties accepts no others, unless it says so.
	if (schema === null || typeof schema !== "object") return schema;
	if (Array.isArray(schema)) return schema.map(strict);
	const copy = {};
	for (const [key, value] of Object.entries(schema)) copy[key] = strict(value);
	if (copy.properties && copy.additionalProperties === undefined
		&& copy["x-kubernetes-preserve-unknown-fields"] !== true) {
		copy.additionalProperties = false;
	}
	return copy;
}

function crdValidators() {
	const ajv = new Ajv({ allErrors: true, strict: false });
	addFormats(ajv);
	const validators = new Map();
	for (const file of CRDS) {
		const path = fileURLToPath(new URL(`../schemas/${file}`, import.meta.url));
		const crd = parse(readFileSync(path, "utf8"));
		for (const version of crd.spec.versions) {
			const schema = strict(structuredClone(version.schema.openAPIV3Schema));
			// metadata is checked against ObjectMeta below, as for the built-in kinds
			schema.properties.metadata = { type: "object" };
			validators.set(`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`, ajv.compile(schema));
		}
	}
	return validators;
}

let cached;
async function context() {
	if (!cached) {
		const { IoK8sApimachineryPkgApisMetaV1ObjectMeta: ObjectMeta } =
			await import("@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta");
		cached = { crds: crdValidators(), ObjectMeta };
	}
	return cached;
}

function ajvMessages(errors) {
	return (errors ?? []).map((e) => {
		const where = e.instancePath || "/";
		const extra = e.keyword === "additionalProperties" ? ` (${e.params.additionalProperty})` : "";
		return `${where} ${e.message}${extra}`;
	});
}

/** Schema errors of one object, as "Kind/name: message" strings (empty when valid). */
export async function validateObject(object) {
	const { crds, ObjectMeta } = await context();
	const name = describe(object);
	const { apiVersion, kind } = object ?? {};
	if (typeof apiVersion !== "string" || typeof kind !== "string") {
		return [`${name}: apiVersion and kind are required`];
	}
	const crd = crds.get(`${apiVersion}/${kind}`);
	if (crd) {
		const errors = [];
		if (!crd(object)) errors.push(...ajvMessages(crd.errors).map((m) => `${name}: ${m}`));
		try {
			new ObjectMeta(object.metadata ?? {}).validate();
		} catch (e) {
			errors.push(`${name}: metadata: ${e.message}`);
		}
		if (!object.metadata?.name) errors.push(`${name}: metadata.name is required`);
		return errors;
	}
	let Model;
	try {
		const module = await import(builtInModule(apiVersion, kind));
		Model = module[kind];
	} catch {
		Model = undefined;
	}
	if (typeof Model !== "function") {
		return [`${name}: no schema for ${apiVersion} ${kind} (not a built-in kind of kubernetes-models, nor a vendored CRD)`];
	}
	try {
		new Model(object).validate();
		return [];
	} catch (e) {
		return [`${name}: ${e.message}`];
	}
}

export async function validateAll(objects) {
	const errors = [];
	for (const object of objects) errors.push(...(await validateObject(object)));
	return errors;
}
