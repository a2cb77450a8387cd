#!/usr/bin/env bash
# Runs the whole platform on this machine without Docker: Keycloak (the distribution
# from Maven Central, realm imported), the databases on the local PostgreSQL, and the
# four services, each logging to .run/logs/<name>.log.
#
#   scripts/stack.sh [start]        start, wait until healthy, stop everything on Ctrl-C
#   scripts/stack.sh start --detach start, wait until healthy, return (stop it later)
#   scripts/stack.sh start --replicas scheduling-service=2,gateway=2 [--detach]
#                                   N instances of a service: the first on its usual port,
#                                   the others on consecutive ports of the service's block
#                                   (gateway 8090.., scheduling 8100.., patients 8110..,
#                                   credentialing 8120..); every gateway balances over all
#                                   instances of each service
#   scripts/stack.sh stop           stop what a previous start left running
#   scripts/stack.sh status         what runs, and whether it is healthy
#   scripts/stack.sh stop-service NAME / start-service NAME
#                                   stop or (re)start one instance of a running stack, e.g.
#                                   credentialing-service (the acceptance suite's fail-closed
#                                   test) or scheduling-service-2 (its second instance)
#
# Every process listens on PTP_BIND_ADDRESS (default 127.0.0.1: nothing is reachable from
# other machines; 0.0.0.0 for every interface). Each service serves its actuator on its
# own management port, its port + 1000 (gateway 9080, scheduling 9081, ...), never on the
# API port.
#
# Environment: the variables README.md lists (database URLs, secrets, Keycloak address)
# pass through to the processes; PTP_JAVA_OPTS replaces the services' JVM options;
# PTP_JAVA_OPTS_EXTRA adds options to the running processes only, not to the class cache's
# recording (e.g. a GC log: -Xlog:gc:file=/tmp/gc-%p.log);
# STACK_TIMEOUT (seconds, default 300) bounds the wait for health; PTP_DEMO_DATA=0 skips
# loading the demo data.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUN="$ROOT/.run"
PIDS="$RUN/pids"
LOGS="$RUN/logs"
VERSION=0.1.0-SNAPSHOT
KEYCLOAK_VERSION=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$ROOT/pom.xml")
KEYCLOAK_HOME="$RUN/keycloak/keycloak-$KEYCLOAK_VERSION"
KEYCLOAK_PORT=8180
KEYCLOAK_MANAGEMENT_PORT=9180
REALM_FILE="$ROOT/keycloak/realm-clinic.json"
# The services' JVM options (PTP_JAVA_OPTS replaces them all, heap included), from the
# measurements in docs/performance.md ("Memory"):
# - heap per service, 1.7 to 2 times its live set after a full collection under the
#   bench's load (scheduling service 51 MB with 12-byte headers); what a service holds
#   per request is bounded by REQUESTS_MAX_IN_FLIGHT (64 per instance; without a bound,
#   96 MiB once ran out under the warm-up's hundreds of requests). The gateway has no
#   such bound: it holds every request in flight, and with 80 MiB its GC log showed 25
#   full collections of 80-409 ms in the 100 s of the bench's overload and race steps
#   (41-45 MB live after each), so it keeps 128 MiB. The scheduling service, with
#   88 MiB, collected in full 362 times (43 s of pauses) under the direct 200/s step: 70
#   MB live with its 64 bookings in flight, so 128 MiB too;
# - compact object headers (JDK 25 and newer): 4 bytes less per object, the scheduling
#   service's idle live set 36.2 -> 33.1 MB;
# - no ReservedCodeCacheSize: the JVM collects (with the serial collector, a full
#   collection) whenever new compiled code reaches 15% of the reserved code cache; a
#   64 MiB reservation made that every 9.6 MB, 4-6 full collections of 70-385 ms per
#   service in the first minutes. The default reservation (240 MiB) is address space;
#   only the code compiled is resident;
# - TrimNativeHeapInterval: every 5 s the JVM hands glibc's freed malloc memory (the JIT's
#   compilation arenas above all) back to the system instead of keeping it resident;
# - ExitOnOutOfMemoryError: a service that ran out of heap stops (as in the image) instead
#   of living on with its connection acceptor dead.
JAVA_OPTS_SERVICES="-Xms32m -XX:+UseSerialGC -Xss512k -XX:MaxMetaspaceSize=160m -XX:MaxDirectMemorySize=64m -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"
declare -A HEAP=([gateway]=128m [credentialing-service]=88m [patient-service]=88m [scheduling-service]=128m)

# the JVM options of a module's processes (JAVA_HOME chosen)
java_options() {
	local module=$1 options
	if [ -n "${PTP_JAVA_OPTS:-}" ]; then
		echo "$PTP_JAVA_OPTS"
		return 0
	fi
	options="-Xmx${HEAP[$module]} $JAVA_OPTS_SERVICES"
	if [ "$(java_release "$JAVA_HOME")" -ge 25 ]; then
		options+=" -XX:+UseCompactObjectHeaders"
	fi
	echo "$options"
}
STACK_TIMEOUT=${STACK_TIMEOUT:-300}
BIND_ADDRESS=${PTP_BIND_ADDRESS:-127.0.0.1}
# where this script (health checks) and the gateways (their services) reach the processes
case "$BIND_ADDRESS" in 0.0.0.0 | :: | "") LOCAL_HOST=127.0.0.1 ;; *) LOCAL_HOST=$BIND_ADDRESS ;; esac
MANAGEMENT_OFFSET=1000
REPLICAS_FILE="$RUN/replicas"

MODULES=(credentialing-service patient-service scheduling-service gateway)

# module, port of its first instance, first port of its other instances, the gateway's
# variable for its instances
declare -A FIRST_PORT=([credentialing-service]=8083 [patient-service]=8082 [scheduling-service]=8081 [gateway]=8080)
declare -A MORE_PORTS=([credentialing-service]=8120 [patient-service]=8110 [scheduling-service]=8100 [gateway]=8090)
declare -A URL_VARIABLE=([credentialing-service]=CREDENTIALING_URL [patient-service]=PATIENTS_URL [scheduling-service]=SCHEDULING_URL)
declare -A REPLICAS=()

# --replicas scheduling-service=2,gateway=2
parse_replicas() {
	local spec=$1 item module count
	for item in ${spec//,/ }; do
		module=${item%%=*}
		count=${item#*=}
		[ -n "${FIRST_PORT[$module]:-}" ] || fail "unknown service '$module' in --replicas (one of: ${MODULES[*]})"
		[[ "$count" =~ ^[1-9]$ ]] || fail "--replicas $module=$count: give 1 to 9 instances"
		REPLICAS[$module]=$count
	done
}

# What the running stack was started with (start writes it, stop removes it).
[ -f "$REPLICAS_FILE" ] && parse_replicas "$(cat "$REPLICAS_FILE")"

replicas_of() { echo "${REPLICAS[$1]:-1}"; }

# An instance: NAME (module, or module-N for the N-th) and its port.
instance_port() {
	local module=$1 n=$2
	if [ "$n" -eq 1 ]; then echo "${FIRST_PORT[$module]}"; else echo $((MORE_PORTS[$module] + n - 2)); fi
}

instance_name() {
	if [ "$2" -eq 1 ]; then echo "$1"; else echo "$1-$2"; fi
}

# name port health-url of every process
processes() {
	local module n port
	echo "keycloak $KEYCLOAK_PORT http://$LOCAL_HOST:$KEYCLOAK_MANAGEMENT_PORT/health/ready"
	for module in "${MODULES[@]}"; do
		for n in $(seq 1 "$(replicas_of "$module")"); do
			port=$(instance_port "$module" "$n")
			echo "$(instance_name "$module" "$n") $port http://$LOCAL_HOST:$((port + MANAGEMENT_OFFSET))/actuator/health/readiness"
		done
	done
}

# The instances of a service as the gateway's variable lists them (comma-separated).
instance_urls() {
	local module=$1 n urls=()
	for n in $(seq 1 "$(replicas_of "$module")"); do
		urls+=("http://$LOCAL_HOST:$(instance_port "$module" "$n")")
	done
	(IFS=,; echo "${urls[*]}")
}

say() { printf '%s\n' "$*"; }
fail() { printf 'stack: %s\n' "$*" >&2; exit 1; }

running_pids() {
	local file pid
	for file in "$PIDS"/*.pid; do
		[ -e "$file" ] || continue
		pid=$(cat "$file")
		if kill -0 "$pid" 2>/dev/null; then
			printf '%s:%s\n' "$(basename "$file" .pid)" "$pid"
		else
			rm -f "$file"
		fi
	done
}

check_ports_free() {
	local name port management extra busy=0
	while read -r name port _; do
		management=$((port + MANAGEMENT_OFFSET))
		[ "$name" = keycloak ] && management=$KEYCLOAK_MANAGEMENT_PORT
		for port in $port $management; do
			if ss -Hltn "sport = :$port" | grep -q .; then
				extra=$(ss -Hltnp "sport = :$port" | grep -o 'users:(([^)]*' | head -1 | sed 's/users:((//')
				say "Port $port, needed by $name, is already in use${extra:+ by $extra}." >&2
				busy=1
			fi
		done
	done < <(processes)
	[ $busy -eq 0 ] || fail "free the ports above (or stop what uses them) and run again"
}

fetch_keycloak() {
	[ -x "$KEYCLOAK_HOME/bin/kc.sh" ] && return 0
	say "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central (once) ..."
	mkdir -p "$RUN/keycloak"
	(cd "$ROOT" && ./mvnw -B -q -ntp dependency:copy \
		-Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
		-DoutputDirectory="$RUN/keycloak") || fail "could not fetch Keycloak through Maven"
	unzip -q -o "$RUN/keycloak/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$RUN/keycloak"
	rm -f "$RUN/keycloak/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
	[ -x "$KEYCLOAK_HOME/bin/kc.sh" ] || fail "Keycloak's archive did not unpack to $KEYCLOAK_HOME"
}

# Keycloak imports a realm only into an empty database (--import-realm skips a realm that
# exists): when the realm file changed since its data was imported, start from an empty one,
# so a machine that ran an older realm gets the new one (demo users' names, clients, ...).
# The checksum of the imported file is kept in the data folder itself, so the empty folder of
# a newly fetched Keycloak version imports too.
prepare_realm() {
	local digest stamp="$KEYCLOAK_HOME/data/realm.sha256"
	digest=$(sha256sum "$REALM_FILE" | cut -d' ' -f1)
	if [ "$(cat "$stamp" 2>/dev/null)" != "$digest" ]; then
		if [ -d "$KEYCLOAK_HOME/data/h2" ]; then
			say "The realm file changed since Keycloak imported it: importing it again (Keycloak's former data is removed)."
		fi
		rm -rf "$KEYCLOAK_HOME/data/h2"
		mkdir -p "$KEYCLOAK_HOME/data/import"
		cp "$REALM_FILE" "$KEYCLOAK_HOME/data/import/realm-clinic.json"
		printf '%s\n' "$digest" >"$stamp"
	fi
	rm -f "$RUN/keycloak/realm.sha256" # where an earlier version of this script kept it
}

build_if_needed() {
	local module jar stale=0
	for module in "${MODULES[@]}"; do
		jar="$ROOT/$module/target/$module-$VERSION.jar"
		if [ ! -f "$jar" ] || [ -n "$(find "$ROOT/$module/src" "$ROOT/common/src/main" "$ROOT/$module/pom.xml" \
			"$ROOT/pom.xml" "$ROOT/web/src" "$ROOT/web/index.html" "$ROOT/web/package-lock.json" -newer "$jar" -print -quit)" ]; then
			stale=1
		fi
	done
	if [ $stale -eq 1 ]; then
		say "Building the services ..."
		(cd "$ROOT" && ./mvnw -B -q -ntp -DskipTests package) || fail "build failed"
	fi
}

# A class cache per service makes its start several times faster on a small machine:
# the jar is extracted and run once until its context is refreshed, recording what it
# loads (JDK 25's AOT cache; dynamic CDS on older JDKs). Redone after every build.
prepare_class_cache() {
	local module=$1 jar="$ROOT/$module/target/$module-$VERSION.jar" dir="$RUN/app/$module" stamp
	stamp="$(cksum <"$jar" | cut -d' ' -f1) $JAVA_HOME $(java_options "$module")"
	[ "$(cat "$dir/stamp" 2>/dev/null)" = "$stamp" ] && return 0
	rm -rf "$dir"
	"$JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
	# shellcheck disable=SC2086 # JVM options are words
	if "$JAVA_HOME/bin/java" $(java_options "$module") $(class_cache_option "$dir" record) -Dspring.context.exit=onRefresh \
		-jar "$dir/$module-$VERSION.jar" --server.port=0 --management.server.port=0 >"$LOGS/$module-cache.log" 2>&1; then
		printf '%s\n' "$stamp" >"$dir/stamp"
	else
		say "Could not record the class cache of $module (see $LOGS/$module-cache.log); it starts without." >&2
	fi
}

class_cache_option() {
	local dir=$1 mode=$2
	if [ "$(java_release "$JAVA_HOME")" -ge 25 ]; then
		[ "$mode" = record ] && echo "-XX:AOTCacheOutput=$dir/app.aot" || echo "-XX:AOTCache=$dir/app.aot"
	else
		[ "$mode" = record ] && echo "-XX:ArchiveClassesAtExit=$dir/app.jsa" || echo "-XX:SharedArchiveFile=$dir/app.jsa"
	fi
}

prepare_class_caches() {
	local module pids=()
	for module in "${MODULES[@]}"; do
		prepare_class_cache "$module" &
		pids+=($!)
	done
	for pid in "${pids[@]}"; do wait "$pid" || true; done
}

launch() {
	local name=$1
	shift
	setsid "$@" >"$LOGS/$name.log" 2>&1 </dev/null &
	printf '%s\n' "$!" >"$PIDS/$name.pid"
}

start_keycloak() {
	KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin} \
		KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin} \
		JAVA_OPTS_KC_HEAP=${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx512m} \
		launch keycloak "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-host="$BIND_ADDRESS" \
		--http-port=$KEYCLOAK_PORT --http-management-port=$KEYCLOAK_MANAGEMENT_PORT \
		--hostname=http://localhost:$KEYCLOAK_PORT --health-enabled=true --import-realm
}

# glibc gives each thread that mallocs its own 64 MB arena (up to 8 per core), which under
# load shows as resident memory the JVM never asked for: two arenas are plenty for a JVM.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# Starts instance NAME of a module on PORT: the API on BIND_ADDRESS:PORT, the actuator on
# BIND_ADDRESS:PORT+1000; a gateway is told every instance of each service.
start_service() {
	local name=$1 module=$2 port=$3 dir="$RUN/app/$2" jar environment=() other
	jar="$ROOT/$module/target/$module-$VERSION.jar"
	environment=(SERVER_ADDRESS="$BIND_ADDRESS" MANAGEMENT_SERVER_ADDRESS="$BIND_ADDRESS"
		MANAGEMENT_PORT=$((port + MANAGEMENT_OFFSET)))
	if [ "$module" = gateway ]; then
		for other in "${!URL_VARIABLE[@]}"; do
			# a list given in the environment wins
			[ -n "${!URL_VARIABLE[$other]:-}" ] || environment+=("${URL_VARIABLE[$other]}=$(instance_urls "$other")")
		done
	fi
	if [ -f "$dir/stamp" ]; then
		# shellcheck disable=SC2086 # JVM options are words
		launch "$name" env "${environment[@]}" "$JAVA_HOME/bin/java" $(java_options "$module") ${PTP_JAVA_OPTS_EXTRA:-} \
			$(class_cache_option "$dir" use) -jar "$dir/$module-$VERSION.jar" --server.port="$port"
	else
		# shellcheck disable=SC2086
		launch "$name" env "${environment[@]}" "$JAVA_HOME/bin/java" $(java_options "$module") ${PTP_JAVA_OPTS_EXTRA:-} -jar "$jar" \
			--server.port="$port"
	fi
}

start_instances_of() {
	local module=$1 n
	for n in $(seq 1 "$(replicas_of "$module")"); do
		start_service "$(instance_name "$module" "$n")" "$module" "$(instance_port "$module" "$n")"
	done
}

# Waits for every process, or only for those named.
wait_healthy() {
	local deadline=$((SECONDS + STACK_TIMEOUT)) entry name url pending
	local entries
	mapfile -t entries < <(processes)
	while :; do
		pending=()
		for entry in "${entries[@]}"; do
			read -r name _ url <<<"$entry"
			[ $# -eq 0 ] || [[ " $* " == *" $name "* ]] || continue
			if ! kill -0 "$(cat "$PIDS/$name.pid" 2>/dev/null || echo 0)" 2>/dev/null; then
				say "$name stopped while starting; the end of $LOGS/$name.log:" >&2
				tail -n 30 "$LOGS/$name.log" >&2 || true
				return 1
			fi
			curl -fsS -m 2 "$url" 2>/dev/null | grep -q '"UP"' || pending+=("$name")
		done
		[ ${#pending[@]} -eq 0 ] && return 0
		if [ $SECONDS -ge $deadline ]; then
			say "Not healthy after ${STACK_TIMEOUT}s: ${pending[*]} (logs in $LOGS)" >&2
			return 1
		fi
		sleep 1
	done
}

stop_all() {
	local entry name pid waited
	for entry in $(running_pids); do
		name=${entry%%:*}
		pid=${entry##*:}
		kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
	done
	for waited in $(seq 1 30); do
		[ -z "$(running_pids)" ] && break
		sleep 1
	done
	for entry in $(running_pids); do
		pid=${entry##*:}
		kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
	done
	rm -f "$PIDS"/*.pid "$REPLICAS_FILE"
	say "Stopped."
}

service_port() {
	local name port
	while read -r name port _; do
		[ "$name" = "$1" ] && [ "$name" != keycloak ] && { echo "$port"; return 0; }
	done < <(processes)
	fail "unknown service instance '$1' (one of: $(processes | awk '$1 != "keycloak" {print $1}' | tr '\n' ' '))"
}

# The module an instance name belongs to (scheduling-service-2 -> scheduling-service).
module_of() {
	local module
	for module in "${MODULES[@]}"; do
		[[ "$1" == "$module" || "$1" =~ ^$module-[0-9]$ ]] && { echo "$module"; return 0; }
	done
	fail "unknown service instance '$1'"
}

stop_service() {
	local name=$1 pid waited
	service_port "$name" >/dev/null
	pid=$(cat "$PIDS/$name.pid" 2>/dev/null || true)
	if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
		say "$name is not running."
		return 0
	fi
	kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
	for waited in $(seq 1 30); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 1
	done
	kill -KILL -- "-$pid" 2>/dev/null || true
	rm -f "$PIDS/$name.pid"
	say "Stopped $name."
}

start_one_service() {
	local name=$1 port pid
	port=$(service_port "$name")
	pid=$(cat "$PIDS/$name.pid" 2>/dev/null || true)
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
		say "$name is already running (pid $pid)."
		return 0
	fi
	! ss -Hltn "sport = :$port" | grep -q . || fail "port $port, needed by $name, is already in use"
	# shellcheck source=java-env.sh
	source "$ROOT/scripts/java-env.sh"
	mkdir -p "$PIDS" "$LOGS"
	start_service "$name" "$(module_of "$name")" "$port"
	wait_healthy "$name" || fail "$name did not become healthy (see $LOGS/$name.log)"
	say "Started $name."
}

# Demo clinics, therapists and patients (scripts/demo_data.py), made through the gateway
# as the demo users would; it only adds what is missing. PTP_DEMO_DATA=0 skips it.
load_demo_data() {
	[ "${PTP_DEMO_DATA:-1}" = 0 ] && return 0
	if ! command -v python3 >/dev/null; then
		say "python3 not found: no demo data loaded." >&2
		return 0
	fi
	python3 "$ROOT/scripts/demo_data.py" >"$LOGS/demo-data.log" 2>&1 \
		|| say "Demo data could not be loaded (see $LOGS/demo-data.log); the stack runs without it." >&2
}

print_banner() {
	local instances
	instances=$(processes | awk '$1 != "keycloak" {printf "%s%s :%s (actuator :%s)", sep, $1, $2, $2 + 1000; sep = "\n                          "}')
	cat <<EOF

The platform is up ($1 s), listening on $BIND_ADDRESS.
  Gateway (API)           http://localhost:8080/api/...
  Public clinic finder    http://localhost:8080/api/public/clinics
  Keycloak                http://localhost:$KEYCLOAK_PORT  (realm clinic; admin console admin / admin)
  Instances               $(printf '%b' "$instances")
  Logs                    $LOGS

Demo logins (demo only; password = username + "-demo"):
  frontdesk      FRONT_DESK
  therapist      THERAPIST
  credadmin      CREDENTIALING_ADMIN
  practiceadmin  PRACTICE_ADMIN
  patient        PATIENT

Demo data (scripts/demo_data.py): clinics in UT, CO, AZ, FL, TX, WA, CA, NY; therapists
and patients for each case of the needling rule; README "Try the demo" walks through it.

A token for the API:
  curl -s -d grant_type=password -d client_id=clinic-cli -d username=frontdesk -d password=frontdesk-demo \\
    http://localhost:$KEYCLOAK_PORT/realms/clinic/protocol/openid-connect/token
EOF
}

start() {
	local detach=$1 replicas=$2 started=$SECONDS existing
	existing=$(running_pids)
	if [ -n "$existing" ]; then
		say "The stack is already running ($(echo "$existing" | tr '\n' ' ')); not starting another."
		say "Use 'scripts/stack.sh status' to see it, 'scripts/stack.sh stop' to stop it."
		return 0
	fi
	# shellcheck source=java-env.sh
	source "$ROOT/scripts/java-env.sh"
	# shellcheck source=prerequisites.sh
	source "$ROOT/scripts/prerequisites.sh"
	require_tools run
	ensure_postgres
	ensure_redis
	REPLICAS=()
	[ -z "$replicas" ] || parse_replicas "$replicas"
	check_ports_free
	mkdir -p "$PIDS" "$LOGS"
	printf '%s\n' "${replicas:-}" >"$REPLICAS_FILE"
	"$ROOT/scripts/setup-databases.sh"
	fetch_keycloak
	prepare_realm
	build_if_needed
	prepare_class_caches

	if [ "$detach" = no ]; then
		trap 'say; say "Stopping ..."; stop_all; exit 0' INT TERM
	fi
	start_keycloak
	for module in "${MODULES[@]}"; do
		start_instances_of "$module"
	done
	say "Starting Keycloak and the services ($(processes | awk '$1 != "keycloak" {print $1}' | tr '\n' ' ')); waiting until all are healthy ..."
	if ! wait_healthy; then
		stop_all
		return 1
	fi
	load_demo_data
	print_banner $((SECONDS - started))
	if [ "$detach" = no ]; then
		say
		say "Press Ctrl-C to stop everything."
		while [ -n "$(running_pids)" ]; do sleep 2; done
		say "Every process has exited."
	fi
}

status() {
	local name url pid
	while read -r name _ url; do
		pid=$(cat "$PIDS/$name.pid" 2>/dev/null || true)
		if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
			if curl -fsS -m 2 "$url" 2>/dev/null | grep -q '"UP"'; then
				say "$name: running (pid $pid), healthy"
			else
				say "$name: running (pid $pid), not healthy yet"
			fi
		else
			say "$name: not running"
		fi
	done < <(processes)
}

start_command() {
	local detach=no replicas=""
	while [ $# -gt 0 ]; do
		case "$1" in
			--detach) detach=yes ;;
			--replicas)
				replicas=${2:?--replicas needs e.g. scheduling-service=2,gateway=2}
				shift
				;;
			--replicas=*) replicas=${1#--replicas=} ;;
			*) fail "unknown option $1 (start [--detach] [--replicas service=N,...])" ;;
		esac
		shift
	done
	start "$detach" "$replicas"
}

case "${1:-start}" in
	start)
		shift || true
		start_command "$@"
		;;
	stop) stop_all ;;
	status) status ;;
	stop-service) stop_service "${2:?name a service}" ;;
	start-service) start_one_service "${2:?name a service}" ;;
	*) fail "usage: scripts/stack.sh [start [--detach] [--replicas service=N,...]|stop|status|stop-service NAME|start-service NAME]" ;;
esac
