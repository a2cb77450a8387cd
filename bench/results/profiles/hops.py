#!/usr/bin/env python3
"""p50/p90 of each hop of a needling booking on one kept-alive connection, frontdesk token."""
import http.client, json, statistics, subprocess, sys, time, urllib.parse, urllib.request, datetime
N = int(sys.argv[1]) if len(sys.argv) > 1 else 300
sfx = sys.argv[2] if len(sys.argv) > 2 else '_e2e'
def q(db, sql):
    return subprocess.run(['psql', '-h', '127.0.0.1', '-U', 'postgres', '-XtAc', sql, '-d', db + sfx], capture_output=True, text=True).stdout.strip()
form = urllib.parse.urlencode({'grant_type': 'password', 'client_id': 'clinic-cli', 'username': 'frontdesk', 'password': 'frontdesk-demo'}).encode()
tok = json.load(urllib.request.urlopen('http://127.0.0.1:8180/realms/clinic/protocol/openid-connect/token', form))['access_token']
therapist = q('credentialing', 'SELECT id FROM therapist LIMIT 1')
patient = q('patients', 'SELECT id FROM patient LIMIT 1')
state = 'UT'
at = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=10)).replace(microsecond=0).isoformat().replace('+00:00', 'Z')
hops = {
    'credentialing eligibility (8083)': (8083, f'/eligibility/dry-needling?therapistId={therapist}&state={state}&at={at}&zone=America/Denver'),
    'patients readiness (8082)': (8082, f'/patients/{patient}/dry-needling-readiness?at={at}'),
    'scheduling prior-evaluation (8081)': (8081, f'/patients/{patient}/prior-evaluation?before={at}'),
    'scheduling appointment-types (8081)': (8081, '/appointment-types'),
    'credentialing therapist (8083)': (8083, f'/therapists/{therapist}'),
}
conns = {p: http.client.HTTPConnection('127.0.0.1', p) for p in (8081, 8082, 8083)}
res = {k: [] for k in hops}
sizes = {}
for i in range(N):
    for name, (port, path) in hops.items():
        c = conns[port]
        t = time.perf_counter()
        c.request('GET', path, headers={'Authorization': 'Bearer ' + tok})
        r = c.getresponse(); body = r.read()
        res[name].append((time.perf_counter() - t) * 1000)
        sizes[name] = (r.status, len(body))
for name, v in res.items():
    v = v[N // 5:]
    v.sort()
    print(f'{name:40s} status {sizes[name][0]} body {sizes[name][1]:5d} B  p50 {statistics.median(v):6.2f} ms  p90 {v[int(len(v)*0.9)]:6.2f} ms')
