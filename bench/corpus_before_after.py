#!/usr/bin/env python3
# The corpus figures for any build of the CLI (e.g. an older one, for before/after), from its
# `nianbao show` output compared with the transcriptions:  python3 bench/corpus_before_after.py NIANBAO
import subprocess, pathlib, re, sys
binp=sys.argv[1]
real=pathlib.Path('tests/data/real')
tot={}
for tsv in sorted(real.glob('*.cells.tsv')):
    stem=tsv.name[:-10]
    want={}
    for l in tsv.read_text(encoding='utf-8').splitlines():
        if not l or l.startswith('#'): continue
        f=l.split('\t')+['']
        want[(f[0],f[1],f[2])]=f[3]
    docs=[p for p in [real/(stem+e) for e in ('.html','.txt','.md')] if p.exists()]
    docs+=[p for p in [real/'variants'/(stem+e) for e in ('.browser.txt','.pdftotext.txt')] if p.exists()]
    for d in docs:
        out=subprocess.run([binp,'show',str(d)],capture_output=True,text=True).stdout
        got={}; table=None
        for line in out.splitlines():
            if line.startswith('表二（'): table='disclosure'
            elif line.startswith('表三（'): table='requests'
            elif line.startswith('表四（'): table='disputes'
            m=re.match(r'  (\S+) / (\S+) = “(.*)”  （第', line)
            if m and table: got[(table,m.group(1),m.group(2))]=m.group(3)
        read=sum(1 for k,v in want.items() if k in got and got[k]==v)
        wrong=sum(1 for k,v in want.items() if k in got and got[k]!=v)
        kind='browser' if d.name.endswith('.browser.txt') else 'pdf' if d.name.endswith('.pdftotext.txt') else 'found'
        t=tot.setdefault(kind,[0,0,0,0]); t[0]+=1; t[1]+=len(want); t[2]+=read; t[3]+=wrong
for k,v in tot.items(): print(k, 'docs',v[0],'present',v[1],'read',v[2],'wrong',v[3])
