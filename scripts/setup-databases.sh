#!/usr/bin/env bash
# Creates, when missing, each service's PostgreSQL role and database:
#   scheduling, patients, credentialing (role = owner; the database has the role's name
#   plus PTP_DATABASE_SUFFIX, empty by default: scripts/test.sh runs the end-to-end tests
#   on databases of their own with the suffix _e2e, which it drops first with --drop).
# Passwords come from SCHEDULING_DB_PASSWORD, PATIENTS_DB_PASSWORD and
# CREDENTIALING_DB_PASSWORD (demo defaults: the role's name). Connects as an admin
# user given by the usual PG* variables, defaulting to postgres on 127.0.0.1:5432.
set -euo pipefail

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

if ! psql -d postgres -Atqc 'SELECT 1' >/dev/null 2>&1; then
	echo "Cannot reach PostgreSQL as $PGUSER on $PGHOST:$PGPORT; start it or set PGHOST/PGPORT/PGUSER." >&2
	exit 1
fi

SUFFIX=${PTP_DATABASE_SUFFIX:-}
DROP_FIRST=no
if [ "${1:-}" = --drop ]; then
	[ -n "$SUFFIX" ] || { echo "--drop is only for databases with a PTP_DATABASE_SUFFIX" >&2; exit 2; }
	DROP_FIRST=yes
fi

ensure_database() {
	local role=$1 password=$2 database="$1$SUFFIX"
	if [ "$DROP_FIRST" = yes ]; then
		psql -d postgres -v ON_ERROR_STOP=1 -q -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)"
	fi
	psql -d postgres -v ON_ERROR_STOP=1 -q -v role="$role" -v password="$password" -v database="$database" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'role', :'password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'database', :'role')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'database') \gexec
SQL
	echo "database $database ready (owner $role)"
}

ensure_database scheduling "${SCHEDULING_DB_PASSWORD:-scheduling}"
ensure_database patients "${PATIENTS_DB_PASSWORD:-patients}"
ensure_database credentialing "${CREDENTIALING_DB_PASSWORD:-credentialing}"
