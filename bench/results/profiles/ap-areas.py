#!/usr/bin/env python3
"""Areas of an async-profiler collapsed-stack file (issue 15, third pass): each sample goes to the
JIT's or the GC's threads, or else to the package of its innermost non-JDK frame.
  python3 ap-areas.py FILE.collapsed ..."""
import collections,re,sys
for p in sys.argv[1:]:
    rows=[]
    for line in open(p):
        st,n=line.rsplit(' ',1); rows.append((st.split(';'),int(n)))
    total=sum(n for _,n in rows)
    cat=collections.Counter()
    for st,n in rows:
        s=';'.join(st)
        if re.search(r'CompileBroker|C2Compiler|Compilation::|C1_', s): cat['JIT compiler threads']+=n; continue
        if re.search(r'VM_Thread|GenCollect|DefNew|Serial|GCTaskThread|VMThread', s): cat['GC/VM thread']+=n; continue
        # deepest java frame (has '/')
        java=[f for f in st if '/' in f and not f.startswith('java/') and not f.startswith('jdk/') and not f.startswith('sun/')]
        leaf=st[-1]
        if not java:
            cat['JDK/native only: '+re.sub(r'\.[^.]*$','',leaf)[:60]]+=n; continue
        f=java[-1]
        parts=f.split('/')
        key='/'.join(parts[:3]) if parts[0] in ('org','io','com','reactor','ch') else '/'.join(parts[:2])
        if parts[0]=='reactor': key='/'.join(parts[:3])
        if parts[:3]==['org','springframework','cloud']: key='/'.join(parts[:6])
        if parts[:3]==['org','springframework','security']: key='org/springframework/security'
        if parts[:2]==['io','netty']: key='io/netty'
        if parts[:2]==['io','micrometer']: key='/'.join(parts[:3])
        cat[key]+=n
    print('==',p,total)
    for k,n in cat.most_common(30): print(f"{100*n/total:5.1f}% {k}")
