import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

/** Every non-empty document of a multi-document YAML text, as plain objects. */
export function parseManifests(text, source = "input") {
	const objects = [];
	for (const doc of parseAllDocuments(text)) {
		if (doc.errors.length > 0) {
			throw new Error(`${source}: ${doc.errors.map((e) => e.message).join("; ")}`);
		}
		const value = doc.toJS();
		if (value !== null && value !== undefined) objects.push(value);
	}
	return objects;
}

export function loadManifests(file) {
	return parseManifests(readFileSync(file, "utf8"), file);
}

/** "Deployment/gateway" */
export function describe(object) {
	return `${object?.kind ?? "?"}/${object?.metadata?.name ?? "?"}`;
}
