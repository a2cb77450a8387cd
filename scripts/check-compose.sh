#!/usr/bin/env bash
# Validates docker-compose.yml without a Docker engine: `docker-compose config` (installed
# from the distribution's packages when missing; Debian/Ubuntu only), no warnings, and
# every file the compose file mounts or builds from exists, including the paths the
# Dockerfile copies. Exits non-zero on the first kind of problem found.
set -euo pipefail
cd "$(dirname "$0")/.."

COMPOSE_FILE=docker-compose.yml

fail() {
	echo "check-compose: $*" >&2
	exit 1
}

install_docker_compose() {
	local sudo=()
	if [ "$(id -u)" -ne 0 ]; then
		command -v sudo >/dev/null 2>&1 \
			|| fail "docker-compose is missing and installing it needs root: run as root or install sudo (or install docker-compose yourself)."
		sudo=(sudo)
	fi
	command -v apt-get >/dev/null 2>&1 \
		|| fail "docker-compose is missing and there is no apt-get to install it: install docker-compose 1.29+ yourself."
	echo "check-compose: installing docker-compose with apt-get"
	"${sudo[@]}" apt-get update -qq
	"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose >/dev/null
	command -v docker-compose >/dev/null 2>&1 || fail "docker-compose is still missing after apt-get install."
}

command -v docker-compose >/dev/null 2>&1 || install_docker_compose
[ -f "$COMPOSE_FILE" ] || fail "$COMPOSE_FILE not found in $(pwd)."

echo "check-compose: $(docker-compose version --short 2>/dev/null || docker-compose --version)"

# 1. Syntax, schema and interpolation. Any message (an unset variable "defaulting to a
#    blank string", an option this Compose ignores) counts as a failure: it means the
#    stack would run differently from what the file says.
errors=$(mktemp)
resolved=$(mktemp)
trap 'rm -f "$errors" "$resolved"' EXIT
if ! docker-compose -f "$COMPOSE_FILE" config -q 2>"$errors"; then
	cat "$errors" >&2
	fail "docker-compose config rejected $COMPOSE_FILE."
fi
if [ -s "$errors" ]; then
	cat "$errors" >&2
	echo >&2
	fail "docker-compose config warned about $COMPOSE_FILE."
fi
docker-compose -f "$COMPOSE_FILE" config >"$resolved" 2>/dev/null

# 2. Every bind-mounted file, build context, Dockerfile and Dockerfile COPY source exists.
#    docker-compose depends on PyYAML, so python3 can read the resolved configuration.
python3 - "$resolved" <<'PY'
import glob, os, shlex, sys
import yaml

config = yaml.safe_load(open(sys.argv[1]))
problems, checked = {}, 0  # dict: reported once each, in order

def require(path, what, kind=os.path.exists):
    global checked
    checked += 1
    if not kind(path):
        problems[f"{what}: {path} does not exist"] = None

def copy_sources(dockerfile, context):
    global checked
    text = open(dockerfile).read().replace("\\\n", " ")
    for line in text.splitlines():
        words = shlex.split(line, comments=True)
        if not words or words[0].upper() not in ("COPY", "ADD"):
            continue
        args = words[1:]
        if any(a.startswith("--from") for a in args):
            continue
        paths = [a for a in args if not a.startswith("--")]
        for source in paths[:-1]:
            checked += 1
            if not glob.glob(os.path.join(context, source)):
                problems[f"{dockerfile} copies {source}, which does not exist"] = None

for name, service in (config.get("services") or {}).items():
    build = service.get("build")
    if build:
        if isinstance(build, str):
            build = {"context": build}
        context = build.get("context", ".")
        require(context, f"service {name} build context", os.path.isdir)
        dockerfile = os.path.join(context, build.get("dockerfile", "Dockerfile"))
        require(dockerfile, f"service {name} Dockerfile", os.path.isfile)
        module = (build.get("args") or {}).get("MODULE")
        if module is not None:
            require(os.path.join(context, module, "pom.xml"), f"service {name} build arg MODULE")
        if os.path.isfile(dockerfile):
            copy_sources(dockerfile, context)
    for volume in service.get("volumes") or []:
        if isinstance(volume, dict):
            source = volume.get("source") if volume.get("type") == "bind" else None
        else:
            source = volume.split(":")[0]
            if not (source.startswith("/") or source.startswith(".")):
                source = None  # a named volume
        if source:
            require(source, f"service {name} mount")
    for env_file in service.get("env_file") or []:
        require(env_file, f"service {name} env_file", os.path.isfile)

if problems:
    print("\n".join("check-compose: " + p for p in problems), file=sys.stderr)
    sys.exit(1)
print(f"check-compose: {len(config.get('services') or {})} services, {checked} referenced paths exist")
PY

echo "check-compose: $COMPOSE_FILE is valid"
