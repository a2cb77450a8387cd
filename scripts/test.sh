#!/usr/bin/env bash
# Runs every test: format check, unit, slice and integration tests of all modules
# against a real PostgreSQL (see README "Testing").
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
echo "Using JDK at $JAVA_HOME"
./mvnw -B -ntp verify "$@"
