# Sourced by scripts/test.sh and scripts/stack.sh: checks in the first seconds what the
# run needs, installs what is missing with Debian's packages when it runs as root on a
# machine with apt-get (as CI does), and otherwise names what to install and stops.
#
#   require_tools run|test   the commands the stack (run) or the whole test run (test) uses
#   ensure_postgres          a PostgreSQL on PGHOST:PGPORT (default 127.0.0.1:5432); when
#                            none answers there, one of Debian's PostgreSQL (as root)
#   ensure_redis             a Redis on REDIS_HOST:REDIS_PORT (default 127.0.0.1:6379);
#                            when none answers there, Debian's redis-server (as root)
#
# A machine with its own PostgreSQL and Redis keeps using them: nothing is installed or
# started while something answers on the configured address.

PREREQ_ROOT=${PREREQ_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
PREREQ_LOGS="$PREREQ_ROOT/.run/logs"

prereq_say() { printf 'prerequisites: %s\n' "$*"; }

prereq_fail() {
	printf 'prerequisites: %s\n' "$*" >&2
	exit 1
}

# True when this process may install Debian packages itself.
can_install() {
	[ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1
}

APT_UPDATED=no

# apt-get install PACKAGES..., quietly, its output in .run/logs/install-<first>.log
apt_install() {
	local log="$PREREQ_LOGS/install-$1.log"
	mkdir -p "$PREREQ_LOGS"
	prereq_say "installing Debian's $* (apt-get; log in $log)"
	{
		if [ "$APT_UPDATED" = no ]; then apt-get update -qq; fi
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
	} >"$log" 2>&1 || {
		tail -n 20 "$log" >&2
		prereq_fail "apt-get could not install $* (see $log)"
	}
	APT_UPDATED=yes
}

# Node 20.19 or newer (the web module's Vite build asks for it).
node_recent_enough() {
	local version major minor
	version=$(node --version 2>/dev/null) || return 1
	version=${version#v}
	major=${version%%.*}
	minor=${version#*.}
	minor=${minor%%.*}
	[ "$major" -gt 20 ] || { [ "$major" -eq 20 ] && [ "$minor" -ge 19 ]; }
}

# Checks the commands a run needs; as root installs the missing ones, else lists them.
require_tools() {
	local purpose=$1 missing=() packages=() entry command package
	# command:Debian package
	local needed=(curl:curl unzip:unzip psql:postgresql-client ss:iproute2 python3:python3 npm:"nodejs npm")
	if [ "$purpose" = test ]; then
		needed+=(docker-compose:docker-compose)
		[ -n "${CHROMIUM_PATH:-}" ] || needed+=(chromium:chromium)
	fi
	for entry in "${needed[@]}"; do
		command=${entry%%:*}
		package=${entry#*:}
		if ! command -v "$command" >/dev/null 2>&1; then
			missing+=("$command")
			packages+=($package)
		fi
	done
	if [ -n "${CHROMIUM_PATH:-}" ] && [ "$purpose" = test ] && [ ! -x "$CHROMIUM_PATH" ]; then
		prereq_fail "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file"
	fi
	if [ ${#missing[@]} -gt 0 ]; then
		if can_install; then
			apt_install "${packages[@]}"
		else
			prereq_fail "missing: ${missing[*]}. Install them (Debian/Ubuntu: apt-get install ${packages[*]}), or run this script as root once to have it install them."
		fi
	fi
	node_recent_enough || prereq_fail "the web module needs Node.js 20.19 or newer with npm; found $(node --version 2>/dev/null || echo none). Install it (for example from nodejs.org or NodeSource) and run again."
}

postgres_answers() {
	PGCONNECT_TIMEOUT=3 psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -Atqc 'SELECT 1' >/dev/null 2>&1
}

is_local_address() {
	case "$1" in 127.0.0.1 | localhost | ::1) return 0 ;; *) return 1 ;; esac
}

# A PostgreSQL on PGHOST:PGPORT. When none answers on a local address and this runs as
# root with apt-get: Debian's postgresql package and a cluster of its own named "ptp"
# on that port, listening on localhost only, trusting local connections (as the README's
# prerequisite asks of a server you bring yourself); an existing cluster on that port that
# is merely down is started instead.
ensure_postgres() {
	export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
	postgres_answers && return 0
	is_local_address "$PGHOST" || prereq_fail "no PostgreSQL answers as $PGUSER on $PGHOST:$PGPORT; start it or set PGHOST/PGPORT/PGUSER (and PGPASSWORD)."
	if ! can_install; then
		prereq_fail "no PostgreSQL answers as $PGUSER on $PGHOST:$PGPORT. Start yours (13 or newer, the user $PGUSER may create roles and databases), set PGHOST/PGPORT/PGUSER, or run this script as root once to have it install and start Debian's postgresql."
	fi
	if ! command -v pg_createcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
		# no "main" cluster on 5432 with password logins: the cluster below is made instead
		command -v pg_createcluster >/dev/null 2>&1 || apt_install postgresql-common
		sed -ri 's/^#?\s*create_main_cluster\s*=.*/create_main_cluster = false/' /etc/postgresql-common/createcluster.conf
		apt_install postgresql
	fi
	local version cluster
	version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
	cluster=$(pg_lsclusters -h | awk -v port="$PGPORT" '$3 == port {print $1 " " $2; exit}')
	if [ -n "$cluster" ]; then
		prereq_say "no PostgreSQL answered on $PGHOST:$PGPORT: starting Debian's cluster $cluster there"
		# shellcheck disable=SC2086 # version and name
		pg_ctlcluster $cluster start || prereq_fail "could not start PostgreSQL cluster $cluster (see /var/log/postgresql)"
	else
		prereq_say "no PostgreSQL answered on $PGHOST:$PGPORT: creating Debian's PostgreSQL $version cluster 'ptp' there (localhost only, trust)"
		mkdir -p "$PREREQ_LOGS"
		pg_createcluster "$version" ptp -p "$PGPORT" --start -- --auth-local=trust --auth-host=trust \
			>"$PREREQ_LOGS/postgres-cluster.log" 2>&1 \
			|| { cat "$PREREQ_LOGS/postgres-cluster.log" >&2; prereq_fail "could not create the PostgreSQL cluster"; }
	fi
	local waited
	for waited in $(seq 1 20); do
		postgres_answers && { prereq_say "PostgreSQL $version answers on $PGHOST:$PGPORT"; return 0; }
		sleep 1
	done
	prereq_fail "PostgreSQL on $PGHOST:$PGPORT did not answer after starting it"
}

redis_answers() {
	local reply
	{
		exec 3<>"/dev/tcp/$REDIS_HOST/$REDIS_PORT" \
			&& printf 'PING\r\n' >&3 \
			&& IFS= read -r -t 2 reply <&3 \
			&& exec 3>&- \
			&& [[ "$reply" == +PONG* ]]
	} 2>/dev/null
}

# A Redis on REDIS_HOST:REDIS_PORT (the gateway's rate limits and browser sessions). When
# none answers on a local address and this runs as root with apt-get: Debian's
# redis-server, started by its service or else here (localhost only, data in .run/redis).
ensure_redis() {
	export REDIS_HOST="${REDIS_HOST:-127.0.0.1}" REDIS_PORT="${REDIS_PORT:-6379}"
	redis_answers && return 0
	is_local_address "$REDIS_HOST" || prereq_fail "no Redis answers on $REDIS_HOST:$REDIS_PORT; start it or set REDIS_HOST/REDIS_PORT."
	if ! can_install && ! command -v redis-server >/dev/null 2>&1; then
		prereq_fail "no Redis answers on $REDIS_HOST:$REDIS_PORT. Start yours (6 or newer), set REDIS_HOST/REDIS_PORT, or run this script as root once to have it install and start Debian's redis-server."
	fi
	command -v redis-server >/dev/null 2>&1 || apt_install redis-server
	redis_answers && { prereq_say "Debian's redis-server answers on $REDIS_HOST:$REDIS_PORT"; return 0; }
	prereq_say "no Redis answered on $REDIS_HOST:$REDIS_PORT: starting redis-server there (localhost only, log in $PREREQ_LOGS/redis.log)"
	mkdir -p "$PREREQ_ROOT/.run/redis" "$PREREQ_LOGS"
	redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes --dir "$PREREQ_ROOT/.run/redis" \
		--logfile "$PREREQ_LOGS/redis.log" --pidfile "$PREREQ_ROOT/.run/redis/redis.pid" \
		|| prereq_fail "could not start redis-server"
	local waited
	for waited in $(seq 1 10); do
		redis_answers && return 0
		sleep 1
	done
	prereq_fail "Redis on $REDIS_HOST:$REDIS_PORT did not answer after starting it (see $PREREQ_LOGS/redis.log)"
}
