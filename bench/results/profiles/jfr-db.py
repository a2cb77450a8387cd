#!/usr/bin/env python3
"""Waits on PostgreSQL in a JFR recording: the jdk.SocketRead events on port 5432 (those
over the recording's threshold), grouped by the innermost three application frames, with
their count and summed duration. Shows which statements a request path waits on.
  python3 jfr-db.py recording.jfr [prefix]   (prefix of the application's packages, default com.ptpractice)"""
import collections
import re
import subprocess
import sys

recording = sys.argv[1]
prefix = sys.argv[2] if len(sys.argv) > 2 else 'com.ptpractice'
out = subprocess.run(['jfr', 'print', '--events', 'jdk.SocketRead', '--stack-depth', '80', recording],
                     capture_output=True, text=True).stdout
count, total = collections.Counter(), collections.Counter()
for block in out.split('jdk.SocketRead')[1:]:
    if 'port = 5432' not in block:
        continue
    duration = re.search(r'duration = ([\d.]+) (ms|s)', block)
    ms = float(duration.group(1)) * (1000 if duration.group(2) == 's' else 1)
    frames = re.findall(r'^\s+([\w$.<>]+)\(', block, re.M)
    app = [f.replace('$$SpringCGLIB$$0', '') for f in frames if f.startswith(prefix)]
    key = ' < '.join(app[:3]) if app else '(no application frame)'
    count[key] += 1
    total[key] += ms
print(f'{recording}: {sum(count.values())} reads from PostgreSQL over the threshold, {sum(total.values()):.0f} ms')
for key, n in sorted(count.items(), key=lambda kv: -total[kv[0]])[:15]:
    print(f'  {n:5d} reads {total[key]:7.0f} ms  {key[:200]}')
