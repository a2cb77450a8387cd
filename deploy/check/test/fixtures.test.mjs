// The command-line check, as scripts/check-deploy.sh runs it, on broken overlays kept on
// disk (fixtures/): it must fail, and say why.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { render } from "../lib/render.mjs";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const work = mkdtempSync(join(tmpdir(), "ptp-check-"));

function check(kustomization, ...flags) {
	const file = join(work, `${kustomization.replaceAll("/", "_")}.yaml`);
	writeFileSync(file, render(here(`../${kustomization}`)));
	return spawnSync(process.execPath, [here("../check.mjs"), ...flags, file], { encoding: "utf8" });
}

test("the check passes the dev overlay", () => {
	const run = check("../overlays/dev");
	assert.equal(run.status, 0, run.stderr);
	assert.match(run.stdout, /valid; policies hold/);
});

test("the check passes the production overlay, high availability included", () => {
	const run = check("../overlays/production", "--high-availability");
	assert.equal(run.status, 0, run.stderr);
});

test("the check fails an overlay whose scheduling service has no readiness probe", () => {
	const run = check("fixtures/missing-probe");
	assert.equal(run.status, 1);
	assert.match(run.stderr, /policy: Deployment\/scheduling-service container scheduling-service: no readinessProbe/);
});

test("the check fails an overlay whose database Cluster does not match its CRD", () => {
	const run = check("fixtures/invalid-cluster");
	assert.equal(run.status, 1);
	assert.match(run.stderr, /schema: Cluster\/patients-db: \/spec\/bootstrap\/initdb must NOT have additional properties \(databse\)/);
	assert.match(run.stderr, /schema: Cluster\/patients-db: \/spec\/instances must be integer/);
});

test("the check fails an overlay with a field the Deployment API does not have", () => {
	const run = check("fixtures/misspelt-field");
	assert.equal(run.status, 1);
	assert.match(run.stderr, /schema: Deployment\/gateway: unknown field: '"terminationGracePeriodSecond"' does not exist in type 'IPodSpec'/);
});

test("the check fails the dev overlay when high availability is asked of it", () => {
	const run = check("../overlays/dev", "--high-availability");
	assert.equal(run.status, 1);
	assert.match(run.stderr, /fewer than 2 replicas/);
});
