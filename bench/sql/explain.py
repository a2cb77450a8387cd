#!/usr/bin/env python3
"""EXPLAIN (ANALYZE, BUFFERS) of the week searches and the booking's reads on the bench seed.

Reads the availability SQL from FreeSlotQueries.java (so it stays the query the service
runs), binds a week of needling slots for one bench clinic and for one bench state (the
'allowed' list that credentialing's decisions give is left NULL: every working therapist,
an upper bound of what the service scans), and prints the plans. Run after
bench/sql/seed-scheduling.sql, from the repository's root, with PGHOST/PGUSER set as for
scripts/bench.sh (then bench/sql/clear-scheduling.sql):
  psql -d scheduling -f bench/sql/seed-scheduling.sql
  python3 bench/sql/explain.py scheduling > bench/results/explain/<date>.txt
"""
import datetime
import re
import subprocess
import sys

database = sys.argv[1] if len(sys.argv) > 1 else 'scheduling'
source = open('scheduling-service/src/main/java/com/ptpractice/scheduling/availability/FreeSlotQueries.java').read()
# each 'private static final String NAME = ...;' is text blocks, "..." literals and earlier
# constants joined with '+' (the formatter may break the lines anywhere between them)
constants = {}
for name, expression in re.findall(r'private static final String (\w+) =((?:\s|\+|"""\n.*?"""|"(?:[^"\\\n]|\\.)*"|\w+)*);', source, re.S):
    parts = re.findall(r'"""\n(.*?)"""|"((?:[^"\\\n]|\\.)*)"|(\w+)', expression, re.S)
    constants[name] = ''.join(block or literal or constants[word] for block, literal, word in parts)
week_sql = constants['FREE_SLOTS']
earliest_sql = constants['EARLIEST_PER_CLINIC']

monday = datetime.date.today() + datetime.timedelta(days=(7 - datetime.date.today().weekday()) % 7 or 7) + datetime.timedelta(days=7)
start = datetime.datetime.combine(monday, datetime.time(), datetime.timezone.utc)
end = start + datetime.timedelta(days=7)


def bind(sql, values):
    def literal(match):
        value = values[match.group(1)]
        if value is None:
            return 'NULL'
        if isinstance(value, int):
            return str(value)
        return "'" + str(value).replace("'", "''") + "'"
    return re.sub(r'(?<!:):(\w+)', literal, sql)


def explain(title, sql):
    print('=' * 100)
    print(title)
    print('=' * 100)
    out = subprocess.run(['psql', '-X', '-q', '-d', database, '-c', 'SET jit = off',
                          '-c', 'EXPLAIN (ANALYZE, BUFFERS) ' + sql], capture_output=True, text=True)
    print(out.stdout or out.stderr)


common = {'clinicIds': None, 'therapistId': None, 'allowed': None, 'duration': 45,
          'from': start.isoformat(), 'to': end.isoformat(),
          'notBefore': datetime.datetime.now(datetime.timezone.utc).isoformat(),
          'windowStart': (start - datetime.timedelta(days=1)).isoformat(),
          'windowEnd': (end + datetime.timedelta(days=1)).isoformat(), 'limit': 100}
clinic = subprocess.run(['psql', '-X', '-qtA', '-d', database, '-c',
                         "SELECT id, state FROM clinic WHERE name LIKE 'Bench %' ORDER BY name LIMIT 1"],
                        capture_output=True, text=True).stdout.strip().split('|')
explain(f'one-clinic week of needling slots (clinic {clinic[0]}, {monday})',
        bind(week_sql, dict(common, clinicId=clinic[0], state=None)))
explain(f'one-state week of needling slots (state {clinic[1]}, {monday})',
        bind(week_sql, dict(common, clinicId=None, state=clinic[1])))
bench_clinics = subprocess.run(['psql', '-X', '-qtA', '-d', database, '-c',
                                "SELECT string_agg(id::text, ',') FROM clinic WHERE name LIKE 'Bench %'"],
                               capture_output=True, text=True).stdout.strip()
explain('clinic finder: the earliest needling slot of each of the 50 bench clinics in the week',
        bind(earliest_sql, dict(common, clinicId=None, state=None, clinicIds=bench_clinics)))
therapist = "md5('bench-therapist-1')::uuid"
explain('booking: the therapist\'s overlapping live appointments (the exclusion constraint\'s question)',
        f"SELECT id FROM appointment WHERE therapist_id = {therapist} AND status NOT IN ('CANCELLED', 'NO_SHOW') "
        f"AND during && tstzrange('{start.isoformat()}', '{(start + datetime.timedelta(hours=1)).isoformat()}')")
explain('booking: the patient\'s prior initial evaluation (PriorEvaluations.existBefore)',
        f"SELECT EXISTS (SELECT 1 FROM appointment e WHERE e.patient_id = md5('bench-patient-1')::uuid "
        f"AND e.type_code = 'INITIAL_EVALUATION' AND e.status NOT IN ('CANCELLED', 'NO_SHOW') "
        f"AND e.starts_at < '{start.isoformat()}')")
