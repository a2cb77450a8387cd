#!/usr/bin/env bash
# Runs every test (see README "Run the tests"):
#   0. the relative links in README.md and docs/ (scripts/check-links.py, a second);
#   1. format check, unit, slice and integration tests of all modules against a real
#      PostgreSQL (./mvnw verify; this also builds the service jars);
#   2. validation of docker-compose.yml without a Docker engine, and of the Kubernetes
#      manifests without a cluster (scripts/check-deploy.sh: render, schemas, policies);
#   3. end-to-end tests with real Keycloak tokens against the whole stack, which this
#      script starts with scripts/stack.sh (two gateways, two scheduling instances) on
#      databases of their own (*_e2e, emptied first) and stops again (a stack that is
#      already running is reused as it is);
#   4. the browser tests (web/e2e, Playwright driving Debian's Chromium) against the same
#      stack;
#   5. the benchmark harness in its short mode (scripts/bench.sh --short) against the same
#      stack: it proves the harness still runs end to end (seed, every step, report,
#      clean-up) in under a minute; it asserts no timing.
# First, within seconds, it checks what those steps need (scripts/prerequisites.sh): a JDK
# 21+, curl, unzip, psql, ss, python3, Node 20.19+ with npm, docker-compose and Chromium,
# installed with apt-get when it runs as root (as CI does), else named; and a PostgreSQL
# and a Redis on their configured addresses, provided from Debian's packages (as root)
# when none answers there.
# Arguments go to the first Maven run, e.g. scripts/test.sh -pl gateway -am.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
echo "Using JDK at $JAVA_HOME"
source scripts/prerequisites.sh
require_tools test
ensure_postgres
ensure_redis

python3 scripts/check-links.py --self-test
python3 scripts/check-links.py

./mvnw -B -ntp verify "$@"

scripts/check-compose.sh
scripts/check-deploy.sh

if scripts/stack.sh status | grep 'running (pid' >/dev/null; then
	echo "A stack is already running: the end-to-end tests use it as it is."
else
	# on databases of their own (scheduling_e2e, ...), emptied first: every run starts as a
	# fresh machine would, demo data included, and leaves the everyday databases alone
	export PTP_DATABASE_SUFFIX=_e2e
	scripts/setup-databases.sh --drop
	db="jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}"
	export SCHEDULING_DB_URL="$db/scheduling_e2e" PATIENTS_DB_URL="$db/patients_e2e" \
		CREDENTIALING_DB_URL="$db/credentialing_e2e" E2E_SCHEDULING_DB_URL="$db/scheduling_e2e"
	trap 'scripts/stack.sh stop' EXIT
	# the e2e classes run concurrently (races of 64 bookings among them) against two gateways,
	# four services, Keycloak and PostgreSQL on the same two cores, on JVMs still cold: the
	# guard's 2 s per question (GATEWAY_GUARD_TIMEOUT) ran out there once (a clinic read,
	# 2.4 s) and a route's 5 s (GATEWAY_RESPONSE_TIMEOUT) once (the first clinic-finder
	# search, 5.5 s), on a healthy but saturated stack; this stack gives them 5 s and 15 s,
	# and a search statement 12 s and 10 s to wait for its turn (SEARCH_STATEMENT_TIMEOUT,
	# SEARCH_QUEUE_WAIT: 4 s and 2 s by default, which that finder search would have missed),
	# and a request 10 s to wait for a turn in a service (REQUESTS_QUEUE_WAIT, 1 s by default).
	# Failing closed is tested by stopping services, which no time limit decides.
	export GATEWAY_GUARD_TIMEOUT=${GATEWAY_GUARD_TIMEOUT:-5s} GATEWAY_RESPONSE_TIMEOUT=${GATEWAY_RESPONSE_TIMEOUT:-15s} \
		SEARCH_STATEMENT_TIMEOUT=${SEARCH_STATEMENT_TIMEOUT:-12s} SEARCH_QUEUE_WAIT=${SEARCH_QUEUE_WAIT:-10s} \
		REQUESTS_QUEUE_WAIT=${REQUESTS_QUEUE_WAIT:-10s}
	# two gateways and two scheduling instances: the scale-out tests use both, every other
	# test goes through the first gateway, which balances over both scheduling instances
	scripts/stack.sh start --detach --replicas scheduling-service=2,gateway=2
fi
./mvnw -B -ntp verify -pl e2e-tests -De2e

# Browser tests: one worker (Keycloak locks a user signed in twice at once); screenshots
# of each main screen land in web/target/screenshots/. They run on a stack holding a
# practice's worth of records (500 therapists, 2,000 patients: scripts/seed_volume.py,
# which adds nothing when they are there; PTP_SEED_VOLUME=0 skips it).
[ "${PTP_SEED_VOLUME:-1}" = 0 ] || python3 scripts/seed_volume.py
(cd web && npm ci --no-audit --no-fund --loglevel=error && npx playwright test)

# The benchmark harness, short: every step a few requests, on the stack that runs (the
# e2e databases when this script started it); it fails only when the harness cannot run.
scripts/bench.sh --short
