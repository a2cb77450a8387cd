import re,glob,statistics as st,sys
N=int(sys.argv[1]) if len(sys.argv)>1 else 400
def lines(svc,pat):
    return [l for l in open('/work/main/.run/logs/%s.log'%svc,errors='replace') if pat in l]
b=lines('scheduling-service','TIMING book')[-N:]
a=lines('scheduling-service','TIMING ask')[-N:]
f=lines('scheduling-service','TIMING filter /appointment')[-N:]
def med(ls,key):
    v=[int(re.search(key+r'=(\d+)',l).group(1)) for l in ls]
    return round(st.median(v)/1000,2)
print('book', {k:med(b,k) for k in ['replay','reads','ask','tx']}, 'ask', {k:med(a,k) for k in ['patient','therapistAfter']})
print('sched filter', st.median([int(l.split()[-1]) for l in f])/1000)
for svc in ['patient-service','credentialing-service']:
    v=[int(l.split()[-1]) for l in lines(svc,'TIMING filter')][-N:]
    print(svc, 'filter median', st.median(v)/1000, len(v))
