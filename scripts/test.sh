#!/usr/bin/env bash
# Runs every test (see README "Run the tests"):
#   1. format check, unit, slice and integration tests of all modules against a real
#      PostgreSQL (./mvnw verify; this also builds the service jars);
#   2. validation of docker-compose.yml without a Docker engine;
#   3. end-to-end tests with real Keycloak tokens against the whole stack, which this
#      script starts with scripts/stack.sh and stops again (a stack that is already
#      running is reused as it is).
# Arguments go to the first Maven run, e.g. scripts/test.sh -pl gateway -am.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
echo "Using JDK at $JAVA_HOME"

./mvnw -B -ntp verify "$@"

scripts/check-compose.sh

if scripts/stack.sh status | grep -q 'running (pid'; then
	echo "A stack is already running: the end-to-end tests use it as it is."
else
	trap 'scripts/stack.sh stop' EXIT
	scripts/stack.sh start --detach
fi
./mvnw -B -ntp verify -pl e2e-tests -De2e
