#!/usr/bin/env python3
"""Share of CPU samples whose innermost non-JDK frame is in each area (where the CPU is
spent, not what wraps it)."""
import sys, subprocess, re, collections
areas = [
    ('tracing/observation/context propagation', r'io\.micrometer\.(tracing|observation|context)|io\.opentelemetry|Observation|ContextPropagation|RestoringThreadLocals'),
    ('JWT parse/verify (nimbus)', r'com\.nimbusds|oauth2\.jwt'),
    ('Spring Security (other)', r'org\.springframework\.security'),
    ('Resilience4j', r'resilience4j'),
    ('logging', r'ch\.qos\.logback|org\.slf4j'),
    ('metrics', r'io\.micrometer\.core|prometheus'),
    ('JSON', r'jackson'),
    ('JDBC/postgres/Hikari', r'org\.postgresql|com\.zaxxer|springframework\.jdbc'),
    ('netty/reactor-netty I/O', r'io\.netty|reactor\.netty'),
    ('Tomcat', r'org\.apache\.(tomcat|coyote|catalina)'),
    ('reactor operators', r'reactor\.core'),
    ('Spring web/gateway', r'org\.springframework\.(web|http|cloud)'),
]
for f in sys.argv[1:]:
    out = subprocess.run(['jfr', 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '200', f], capture_output=True, text=True).stdout
    samples = [re.findall(r'^\s+([\w$.<>/\[\]-]+\.[\w$<>-]+)\(', b, re.M) for b in out.split('jdk.ExecutionSample')[1:]]
    samples = [s for s in samples if s]
    n = len(samples)
    c = collections.Counter()
    for s in samples:
        frame = next((x for x in s if not re.match(r'(java|jdk|sun)\.', x)), 'JDK only')
        area = next((name for name, pat in areas if re.search(pat, frame)), 'other: ' + frame.rsplit('.', 2)[0])
        c[area] += 1
    print(f'{f}: {n} CPU samples; innermost non-JDK frame by area')
    for a, v in c.most_common(12):
        print(f'  {100*v/n:5.1f}%  {a}')
    print()
