// Unknown fields in built-in kinds. The API server refuses them (kubectl's default strict
// field validation), but kubernetes-models' schemas let them through, so a misspelt
// field (readOnlyRootFileSystem, topologySpreadConstraint) would pass lib/schemas.mjs
// and silently do nothing. TypeScript's excess-property check on kubernetes-models' own
// type declarations catches them: each object becomes a typed object literal, and the
// compiler names every property its type does not have.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { describe } from "./load.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");

function modulePath(apiVersion, kind) {
	const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
	return group === "" ? `kubernetes-models/${version}/${kind}` : `kubernetes-models/${group}/${version}/${kind}`;
}

/**
 * groups: [{ label, objects }]; returns "label: Kind/name: message" for each unknown or
 * mistyped field of a built-in kind (kinds kubernetes-models does not know are left to
 * lib/schemas.mjs, which reports them).
 */
export async function unknownFieldErrors(groups) {
	const lines = [];
	const owners = []; // line number (1-based) -> "label: Kind/name"
	let index = 0;
	for (const { label, objects } of groups) {
		for (const object of objects) {
			const { apiVersion, kind } = object ?? {};
			if (typeof apiVersion !== "string" || typeof kind !== "string") continue;
			const path = modulePath(apiVersion, kind);
			try {
				await import(path);
			} catch {
				continue; // not a built-in kind here
			}
			const text = `import type { I${kind} as T${index} } from "${path}";\nexport const o${index}: T${index} = ${JSON.stringify(object, null, 1)};`;
			for (const line of text.split("\n")) {
				lines.push(line);
				owners.push(`${label}: ${describe(object)}`);
			}
			index++;
		}
	}
	if (lines.length === 0) return [];
	mkdirSync(join(root, ".cache"), { recursive: true });
	const dir = mkdtempSync(join(root, ".cache", "fields-"));
	try {
		writeFileSync(join(dir, "objects.ts"), lines.join("\n"));
		writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
			compilerOptions: { strict: true, noEmit: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", skipLibCheck: true },
			files: ["objects.ts"],
		}));
		try {
			execFileSync(process.execPath, [tsc, "-p", dir, "--pretty", "false"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
			return [];
		} catch (e) {
			const output = `${e.stdout ?? ""}${e.stderr ?? ""}`;
			const errors = [];
			for (const line of output.split("\n")) {
				const m = /objects\.ts\((\d+),\d+\): error TS\d+: (.*)$/.exec(line.trim());
				if (m) {
					errors.push(`${owners[Number(m[1]) - 1] ?? "?"}: ${m[2].replace("Object literal may only specify known properties, and ", "unknown field: ")}`);
				}
			}
			if (errors.length === 0) throw new Error(`TypeScript failed without naming a field:\n${output}`);
			return errors;
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
