#!/usr/bin/env python3
"""A/B of one hop: the same GET alternately to instance A and B (one kept-alive connection each)."""
import http.client, json, statistics, subprocess, sys, time, urllib.parse, urllib.request, datetime
N = int(sys.argv[1]); sfx = '_e2e'
def q(db, sql):
    return subprocess.run(['psql', '-h', '127.0.0.1', '-U', 'postgres', '-XtAc', sql, '-d', db + sfx], capture_output=True, text=True).stdout.strip()
form = urllib.parse.urlencode({'grant_type': 'password', 'client_id': 'clinic-cli', 'username': 'frontdesk', 'password': 'frontdesk-demo'}).encode()
tok = json.load(urllib.request.urlopen('http://127.0.0.1:8180/realms/clinic/protocol/openid-connect/token', form))['access_token']
patient = q('patients', 'SELECT id FROM patient LIMIT 1')
at = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=10)).replace(microsecond=0).isoformat().replace('+00:00', 'Z')
pairs = [('patients readiness', 8198, 8199, f'/patients/{patient}/dry-needling-readiness?at={at}'),
         ('scheduling appointment-types', 8196, 8197, '/appointment-types')]
for name, pa, pb, path in pairs:
    ca, cb = http.client.HTTPConnection('127.0.0.1', pa), http.client.HTTPConnection('127.0.0.1', pb)
    ra, rb = [], []
    for i in range(N):
        for c, r in ((ca, ra), (cb, rb)) if i % 2 == 0 else ((cb, rb), (ca, ra)):
            t = time.perf_counter(); c.request('GET', path, headers={'Authorization': 'Bearer ' + tok})
            resp = c.getresponse(); resp.read()
            assert resp.status == 200, (name, resp.status)
            r.append((time.perf_counter() - t) * 1000)
    ra, rb = ra[N // 4:], rb[N // 4:]
    blocks = [(statistics.median(rb[k:k+50]) / statistics.median(ra[k:k+50])) for k in range(0, len(ra) - 49, 50)]
    print(f'{name:30s} A p50 {statistics.median(ra):6.2f} ms  B p50 {statistics.median(rb):6.2f} ms  B/A {statistics.median(rb)/statistics.median(ra):.2f}  per-50 blocks B/A {" ".join("%.2f" % b for b in blocks)}')
