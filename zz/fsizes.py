import sys, re, collections
def leb(b,i):
    r=0;s=0
    while True:
        x=b[i];i+=1;r|=(x&0x7f)<<s;s+=7
        if x<0x80: return r,i
def parse(path):
    b=open(path,'rb').read(); i=8; nimp=0; bodies=[]; names={}
    while i<len(b):
        sid=b[i]; i+=1; size,i=leb(b,i); end=i+size
        if sid==2:
            n,j=leb(b,i)
            for _ in range(n):
                l,j=leb(b,j); j+=l; l,j=leb(b,j); j+=l; kind=b[j]; j+=1
                if kind==0: _,j=leb(b,j); nimp+=1
                elif kind==1: j+=1; fl,j=leb(b,j); _,j=leb(b,j); j = leb(b,j)[1] if fl&1 else j
                elif kind==2: fl,j=leb(b,j); _,j=leb(b,j); j = leb(b,j)[1] if fl&1 else j
                elif kind==3: j+=2
                else: j+=2
        elif sid==10:
            n,j=leb(b,i)
            for _ in range(n):
                l,j=leb(b,j); bodies.append((j,l)); j+=l
        elif sid==0:
            l,j=leb(b,i); nm=b[j:j+l].decode(); j+=l
            if nm=='name':
                while j<end:
                    sub=b[j]; j+=1; sl,j=leb(b,j); se=j+sl
                    if sub==1:
                        n,k=leb(b,j)
                        for _ in range(n):
                            idx,k=leb(b,k); l,k=leb(b,k); names[idx]=b[k:k+l].decode('utf8','replace'); k+=l
                    j=se
        i=end
    return b,nimp,bodies,names
b,nimp,bodies,names=parse(sys.argv[1])
import zlib
rows=[]
for k,(off,l) in enumerate(bodies):
    nm=names.get(nimp+k,'?')
    rows.append((l,nm,off))
pat=sys.argv[2] if len(sys.argv)>2 else None
tot=sum(r[0] for r in rows)
print('functions',len(rows),'code bytes',tot, 'names',len(names))
if pat:
    sel=[r for r in rows if re.search(pat,r[1])]
    data=b''.join(b[o:o+l] for l,_,o in sel)
    print('match',len(sel),'bytes',sum(r[0] for r in sel),'gz~',len(zlib.compress(data,9)))
    for r in sorted(sel,reverse=True)[:int(sys.argv[3]) if len(sys.argv)>3 else 30]: print(r[0], r[1][:160])
else:
    for r in sorted(rows,reverse=True)[:40]: print(r[0], r[1][:160])
