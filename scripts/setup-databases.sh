#!/usr/bin/env bash
# Creates, when missing, each service's PostgreSQL role and database:
#   scheduling, patients, credentialing (role = database = owner).
# Passwords come from SCHEDULING_DB_PASSWORD, PATIENTS_DB_PASSWORD and
# CREDENTIALING_DB_PASSWORD (demo defaults: the role's name). Connects as an admin
# user given by the usual PG* variables, defaulting to postgres on 127.0.0.1:5432.
set -euo pipefail

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

if ! psql -d postgres -Atqc 'SELECT 1' >/dev/null 2>&1; then
	echo "Cannot reach PostgreSQL as $PGUSER on $PGHOST:$PGPORT; start it or set PGHOST/PGPORT/PGUSER." >&2
	exit 1
fi

ensure_database() {
	local name=$1 password=$2
	psql -d postgres -v ON_ERROR_STOP=1 -q -v name="$name" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'name', :'password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'name') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'name', :'password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'name', :'name')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'name') \gexec
SQL
	echo "database $name ready (owner $name)"
}

ensure_database scheduling "${SCHEDULING_DB_PASSWORD:-scheduling}"
ensure_database patients "${PATIENTS_DB_PASSWORD:-patients}"
ensure_database credentialing "${CREDENTIALING_DB_PASSWORD:-credentialing}"
