#!/usr/bin/env python3
"""Top frames of a JFR recording: self (top of stack) and inclusive share of CPU samples
per method and per area (tracing/observation, security/JWT, logging, ...)."""
import sys, subprocess, re, collections
f = sys.argv[1]
out = subprocess.run(['jfr', 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '200', f],
                     capture_output=True, text=True).stdout
samples = []
for block in out.split('jdk.ExecutionSample')[1:]:
    frames = re.findall(r'^\s+([\w$.<>/\[\]-]+\.[\w$<>-]+)\(', block, re.M)
    if frames:
        samples.append(frames)
n = len(samples)
areas = collections.OrderedDict([
    ('tracing/observation (micrometer, opentelemetry)', r'io\.micrometer\.(tracing|observation)|io\.opentelemetry|ObservationWebFilter|ObservedRequestHttpHandler|ServerHttpObservation|ObservationFilter|Observation'),
    ('security filter chain (incl. JWT)', r'org\.springframework\.security'),
    ('JWT decode/verify (nimbus)', r'com\.nimbusds|NimbusJwtDecoder|NimbusReactiveJwtDecoder'),
    ('session (spring-session/WebSession)', r'WebSession|springframework\.session'),
    ('logging (logback/slf4j)', r'ch\.qos\.logback|org\.slf4j'),
    ('resilience4j / circuit breaker', r'resilience4j|circuitbreaker'),
    ('JSON (jackson)', r'tools\.jackson|com\.fasterxml\.jackson'),
    ('metrics (micrometer core)', r'io\.micrometer\.core'),
    ('JDBC/Hikari/postgres', r'org\.postgresql|com\.zaxxer|springframework\.jdbc'),
    ('netty I/O', r'io\.netty'),
])
print(f'{f}: {n} CPU samples')
print('\nshare of samples with a frame of ... (inclusive):')
for name, pat in areas.items():
    rx = re.compile(pat)
    k = sum(1 for s in samples if any(rx.search(fr) for fr in s))
    print(f'  {100*k/max(n,1):5.1f}%  {name}')
selfc = collections.Counter(s[0] for s in samples)
print('\ntop 15 self (top frame):')
for m, c in selfc.most_common(15):
    print(f'  {100*c/n:5.1f}%  {m}')
inc = collections.Counter()
for s in samples:
    for m in set(s):
        inc[m] += 1
print('\ntop 25 inclusive (project/framework methods, not the thread roots):')
shown = 0
for m, c in inc.most_common(400):
    if re.search(r'^java\.|^jdk\.|^sun\.|Thread\.run|reactor\.core|io\.netty\.util\.concurrent|io\.netty\.channel\.nio|EventLoop|Runnable\.run', m):
        continue
    print(f'  {100*c/n:5.1f}%  {m}')
    shown += 1
    if shown >= 25:
        break
