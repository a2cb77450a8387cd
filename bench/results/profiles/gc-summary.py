#!/usr/bin/env python3
"""Pauses per cause in GC logs written with -Xlog:gc:file=...:uptime,pid (gzipped or not):
python3 gc-summary.py DIR ... prints, per log, the young pauses and each cause of full ones."""
import collections, gzip, pathlib, re, sys

PAUSE = re.compile(r'\[([\d.]+)s\].*Pause (Full|Young) \(([^)]*)\).* ([\d.]+)ms')
for folder in sys.argv[1:]:
    for log in sorted(pathlib.Path(folder).glob('*.log*')):
        opener = gzip.open if log.suffix == '.gz' else open
        young, full = [], collections.defaultdict(list)
        with opener(log, 'rt') as lines:
            for line in lines:
                match = PAUSE.search(line)
                if match:
                    ms = float(match.group(4))
                    (young if match.group(2) == 'Young' else full[match.group(3)]).append(ms)
        young.sort()
        parts = [f'young {len(young)}, p50 {young[len(young) // 2]:.1f} ms, max {young[-1]:.0f} ms' if young else 'no young']
        parts += [f'full ({cause}) {len(v)}: {min(v):.0f}-{max(v):.0f} ms, {sum(v) / 1000:.2f} s' for cause, v in full.items()]
        print(f'{folder}/{log.name}: ' + '; '.join(parts))
