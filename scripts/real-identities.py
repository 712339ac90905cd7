#!/usr/bin/env python3
"""Checks the sum identities of a hand-made expectation file (tests/data/real/*.cells.tsv).

Independent of nianbao's code on purpose: the .review.md files quote its output as the reviewer's
arithmetic. Blank cells count as 0 in a sum but are listed; a cell that is not a number is listed
and left out of every sum that needs it.
Usage: scripts/real-identities.py FILE.cells.tsv
"""
import re
import sys

C6 = ['natural', 'commercial', 'research', 'public_interest', 'legal_service', 'other']
C7 = C6 + ['total']
GROUPS = ['review', 'direct_suit', 'suit_after_review']


def load(path):
    fmt, cells = None, {}
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('# format'):
            fmt = line.split('\t')[1]
        if not line or line.startswith('#'):
            continue
        table, row, col, text = (line.split('\t') + [''])[:4]
        cells[(table, row, col)] = text
    return fmt, cells


def number(text):
    t = text.replace(',', '').strip()
    return int(t) if re.fullmatch(r'\d+', t) else None


def main(path):
    fmt, cells = load(path)
    out = []
    blanks = [k for k, v in cells.items() if v == '']
    odd = [(k, v) for k, v in cells.items() if v != '' and number(v) is None
           and not (k[0] == 'disclosure' and re.fullmatch(r'\d+(\.\d+)?', v))]
    req = {(r, c): v for (t, r, c), v in cells.items() if t == 'requests'}

    def val(r, c):
        v = req.get((r, c))
        if v is None:
            return None
        return 0 if v == '' else number(v)

    rows = sorted({r for r, _ in req}, key=lambda r: [int(x) for x in r.split('.')])
    for r in rows:
        parts = [val(r, c) for c in C6]
        tot = val(r, 'total')
        if None in parts or tot is None:
            continue
        if sum(parts) != tot:
            out.append(f'row total broken: requests {r}: 总计 {req[(r, "total")]!r} but the six columns add up to {sum(parts)}')
    result_rows = [r for r in rows if r.startswith('3.') and r != '3.7']
    if '3.7' in rows:
        for c in C7:
            parts = [val(r, c) for r in result_rows]
            tot = val('3.7', c)
            if None in parts or tot is None:
                continue
            if sum(parts) != tot:
                out.append(f'results total broken: requests 3.7/{c} is {req[("3.7", c)]!r} but rows 3.1…3.6 add up to {sum(parts)}')
    if all(r in rows for r in ('1', '2', '3.7', '4')):
        for c in C7:
            a, b, t, d = (val(r, c) for r in ('1', '2', '3.7', '4'))
            if None in (a, b, t, d):
                continue
            if a + b != t + d:
                out.append(f'balance broken: {c}: 一 {a} + 二 {b} = {a + b} but （七）总计 {t} + 四 {d} = {t + d}')
    for g in GROUPS:
        ks = [('disputes', 'cases', f'{g}.{x}') for x in ('upheld', 'corrected', 'other', 'pending', 'total')]
        if not all(k in cells for k in ks):
            continue
        v = [0 if cells[k] == '' else number(cells[k]) for k in ks]
        if None in v:
            continue
        if sum(v[:4]) != v[4]:
            out.append(f'table 4 total broken: {g}: 总计 {cells[ks[4]]!r} but 维持+纠正+其他+尚未审结 = {sum(v[:4])}')
    print(f'{path}: format {fmt}, {len(cells)} value cells, {len(blanks)} blank, {len(odd)} not a plain number')
    for k, v in odd:
        print(f'  not a number: {"/".join(k)} = {v!r}')
    if blanks:
        by_table = {}
        for t, r, c in blanks:
            by_table.setdefault(t, []).append(f'{r}/{c}')
        for t, ks in by_table.items():
            print(f'  blank in {t} ({len(ks)}): ' + ', '.join(ks))
    for line in out:
        print('  ' + line)
    if not out:
        print('  every identity that can be checked holds')


if __name__ == '__main__':
    for p in sys.argv[1:]:
        main(p)
