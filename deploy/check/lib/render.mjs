// Renders a kustomization offline. The command comes from PTP_KUSTOMIZE (set by
// scripts/check-deploy.sh, e.g. "/usr/bin/kubectl kustomize" or "/usr/local/bin/kustomize
// build"); without it, `kustomize build` or else `kubectl kustomize` from the PATH.
// kubectl runs with an empty kubeconfig, so that it could not reach a cluster even if
// `kustomize` ever tried.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function onPath(command) {
	try {
		execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
		return true;
	} catch {
		return false;
	}
}

export function renderCommand() {
	if (process.env.PTP_KUSTOMIZE) return process.env.PTP_KUSTOMIZE.split(" ").filter(Boolean);
	if (onPath("kustomize")) return ["kustomize", "build"];
	if (onPath("kubectl")) return ["kubectl", "kustomize"];
	throw new Error("neither kustomize nor kubectl found: run scripts/check-deploy.sh, which provides one, or set PTP_KUSTOMIZE");
}

let emptyKubeconfig;
export function render(directory) {
	if (!emptyKubeconfig) {
		emptyKubeconfig = join(mkdtempSync(join(tmpdir(), "ptp-kubeconfig-")), "config");
		writeFileSync(emptyKubeconfig, "");
	}
	const [command, ...args] = renderCommand();
	return execFileSync(command, [...args, directory], {
		encoding: "utf8",
		env: { ...process.env, KUBECONFIG: emptyKubeconfig },
		stdio: ["ignore", "pipe", "pipe"],
	});
}
