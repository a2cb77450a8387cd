#!/usr/bin/env bash
# Creates, when missing, each service's database and its two PostgreSQL roles (README,
# "Database roles"):
#   <service>_owner owns the database and runs the migrations (spring.flyway.user);
#   <service>_app   is the role the service runs as; it owns nothing and gets only what the
#                   migrations grant it;
# for the services scheduling, patients and credentialing. The database has the service's
# name plus PTP_DATABASE_SUFFIX, empty by default: scripts/test.sh runs the end-to-end tests
# on databases of their own with the suffix _e2e, which it drops first with --drop.
# Passwords come from SCHEDULING_DB_OWNER_PASSWORD and SCHEDULING_DB_PASSWORD (the service's
# role), likewise PATIENTS_* and CREDENTIALING_*; the demo defaults are the roles' names.
# A database made before the split (owned by the old single role named like the service)
# is handed to the owner role, so its next migration grants the service role its rights.
# Connects as an admin user given by the usual PG* variables, defaulting to postgres on
# 127.0.0.1:5432.
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

ensure_role() {
	psql -d postgres -v ON_ERROR_STOP=1 -q -v role="$1" -v password="$2" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD %L', :'role', :'password') \gexec
SQL
}

ensure_database() {
	local service=$1 owner_password=$2 app_password=$3 database="$1$SUFFIX"
	local owner="${service}_owner" app="${service}_app"
	if [ "$DROP_FIRST" = yes ]; then
		psql -d postgres -v ON_ERROR_STOP=1 -q -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)"
	fi
	ensure_role "$owner" "$owner_password"
	ensure_role "$app" "$app_password"
	psql -d postgres -v ON_ERROR_STOP=1 -q -v owner="$owner" -v database="$database" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I', :'database', :'owner')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'database') \gexec
SQL
	# before the split, the role named like the service owned the database and everything
	# in it: hand that database's objects to the owner role (REASSIGN OWNED would also hand
	# over every other database the old role owns, so this names the objects one by one)
	psql -d "$database" -v ON_ERROR_STOP=1 -q -v owner="$owner" -v legacy="$service" -v database="$database" <<'SQL'
SELECT datdba AS legacy_oid, datdba = (SELECT oid FROM pg_roles WHERE rolname = :'legacy') IS TRUE AS from_legacy
FROM pg_database WHERE datname = :'database' \gset
\if :from_legacy
SELECT format('ALTER %s %s OWNER TO %I', CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
        WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, c.oid::regclass, :'owner')
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relowner = :legacy_oid AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
    AND NOT (c.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
        AND d.objid = c.oid AND d.deptype IN ('a', 'i'))) \gexec
SELECT format('ALTER FUNCTION %s OWNER TO %I', p.oid::regprocedure, :'owner')
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = 'public' AND p.proowner = :legacy_oid
    AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') \gexec
SELECT format('ALTER DOMAIN %s OWNER TO %I', t.oid::regtype, :'owner')
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = 'public' AND t.typowner = :legacy_oid AND t.typtype = 'd' \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'database', :'owner') \gexec
\echo database :database: handed from the old role :legacy to :owner
\endif
SQL
	echo "database $database ready (owner $owner, service role $app)"
}

ensure_database scheduling "${SCHEDULING_DB_OWNER_PASSWORD:-scheduling_owner}" "${SCHEDULING_DB_PASSWORD:-scheduling_app}"
ensure_database patients "${PATIENTS_DB_OWNER_PASSWORD:-patients_owner}" "${PATIENTS_DB_PASSWORD:-patients_app}"
ensure_database credentialing "${CREDENTIALING_DB_OWNER_PASSWORD:-credentialing_owner}" \
	"${CREDENTIALING_DB_PASSWORD:-credentialing_app}"
