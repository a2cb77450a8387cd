#!/usr/bin/env bash
# The benchmark of issue 8 (a report, not a test): seeds a large data set straight into
# the three databases (bench/sql: 50 clinics in 10 states, 500 therapists with real
# credentials, 4,000 patients ready for needling, four weeks about 60% booked), runs the
# load generator (bench/, a second process) against the running stack, writes
# bench/results/<UTC timestamp>.{json,md,svg} and latest.{md,svg}, and removes what it
# seeded, whatever happened.
#
#   scripts/bench.sh [-Dbench.<setting>=<value> ...]   settings: bench/.../Settings.java
#   scripts/bench.sh --short    every step tiny, no pauses (under a minute with the seed):
#                               proves the harness works against the stack that runs
#                               (scripts/test.sh does this after the end-to-end tests);
#                               its figures mean nothing, written to bench/target/short-results
#
# PTP_DATABASE_SUFFIX (e.g. _e2e) names the databases of the stack that runs, as for
# scripts/setup-databases.sh and scripts/test.sh.
#
# A stack that already runs is used as it is (the public clinic finder is then measured
# direct only, since the gateway rate-limits it); otherwise this script starts one with
# the finder's rate limit raised and stops it afterwards. It takes about 15 minutes on a
# 2-core machine. The stack is shared: hold /work's stack lock where one is used, e.g.
#   flock /tmp/ptp-stack.lock scripts/bench.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
# shellcheck source=java-env.sh
source scripts/java-env.sh
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

mode=()
if [ "${1:-}" = --short ]; then
	shift
	mode=(-Dbench.short=true)
fi
# PTP_DATABASE_SUFFIX=_e2e: the databases of a stack started on them (as scripts/test.sh
# does), so a bench can run against that stack instead of the everyday databases
suffix=${PTP_DATABASE_SUFFIX:-}

started_stack=no
public_rate_raised=${BENCH_PUBLIC_RATE_RAISED:-false}

# What autovacuum would have done. A PostgreSQL in production runs it (CloudNativePG's
# default too), but a CI machine may not: this one's conf.d/90-ci.conf sets
# autovacuum = off. Without it the seeded tables were never vacuumed, so no page was ever
# marked all-visible (no index-only scans: the searches read a heap page per appointment)
# and every run's cleared seed stayed behind as dead rows that the next run's scans
# walked again (docs/performance.md, "The bench database was never vacuumed").
vacuum_databases() {
	local database
	for database in "scheduling$suffix" "patients$suffix" "credentialing$suffix"; do
		psql -q -v ON_ERROR_STOP=1 -d "$database" -c 'VACUUM (ANALYZE)' || echo "could not vacuum $database" >&2
	done
}

clear_seed() {
	echo "Removing the bench data ..."
	psql -q -v ON_ERROR_STOP=1 -d "scheduling$suffix" -f bench/sql/clear-scheduling.sql || echo "could not clear scheduling" >&2
	psql -q -v ON_ERROR_STOP=1 -d "patients$suffix" -f bench/sql/clear-patients.sql || echo "could not clear patients" >&2
	psql -q -v ON_ERROR_STOP=1 -d "credentialing$suffix" -f bench/sql/clear-credentialing.sql \
		|| echo "could not clear credentialing" >&2
	vacuum_databases
}

finish() {
	clear_seed
	if [ "$started_stack" = yes ]; then
		scripts/stack.sh stop
	fi
}

if scripts/stack.sh status | grep 'running (pid' >/dev/null; then
	echo "Using the stack that runs (the public clinic finder is measured direct only)."
else
	export PUBLIC_RATE_PER_SECOND=${PUBLIC_RATE_PER_SECOND:-100000} PUBLIC_RATE_BURST=${PUBLIC_RATE_BURST:-100000}
	public_rate_raised=true
	started_stack=yes
	trap 'scripts/stack.sh stop' EXIT
	scripts/stack.sh start --detach
fi

jar=bench/target/bench-0.1.0-SNAPSHOT.jar
if [ ! -f "$jar" ] || [ -n "$(find bench/src bench/pom.xml -newer "$jar" -print -quit)" ]; then
	echo "Building the load generator ..."
	./mvnw -B -q -ntp -pl bench -DskipTests package
fi

trap finish EXIT
echo "Seeding the bench data ..."
seeded=$SECONDS
psql -q -v ON_ERROR_STOP=1 -d "credentialing$suffix" -f bench/sql/seed-credentialing.sql
psql -q -v ON_ERROR_STOP=1 -d "patients$suffix" -f bench/sql/seed-patients.sql
psql -q -v ON_ERROR_STOP=1 -d "scheduling$suffix" -f bench/sql/seed-scheduling.sql
vacuum_databases
echo "Seeded and vacuumed in $((SECONDS - seeded)) s."

"$JAVA_HOME/bin/java" -Xms64m -Xmx512m -XX:+UseSerialGC "${mode[@]}" \
	-Dbench.jdbc-url="jdbc:postgresql://$PGHOST:$PGPORT/scheduling$suffix" \
	-Dbench.public-rate-raised="$public_rate_raised" -Dbench.clock-ticks="$(getconf CLK_TCK)" "$@" \
	-jar "$jar"
