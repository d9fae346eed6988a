#!/usr/bin/env python3
"""Checks an ask eval set (questions.json) against the clause ids. Usage: python3 ids.py questions.json"""
import json, os, sys, collections
ids = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'clause-ids.json')))
d = json.load(open(sys.argv[1]))
problems = []
for i, q in enumerate(d['questions']):
    for k in ('q', 'ids', 'lang', 'all'):
        if k not in q: problems.append(f'question {i}: missing {k}')
    for c in q.get('ids', []):
        if c not in ids: problems.append(f'question {i}: unknown clause id {c}')
    if q.get('lang') not in ('zh', 'en'): problems.append(f'question {i}: lang {q.get("lang")}')
    if not q.get('ids'): problems.append(f'question {i}: no ids')
nig = d.get('notInGuide', []); nigl = d.get('notInGuideLang', [])
if len(nig) != len(nigl): problems.append('notInGuide and notInGuideLang differ in length')
langs = collections.Counter(q['lang'] for q in d['questions'])
print(f"{len(d['questions'])} questions (zh {langs['zh']}, en {langs['en']}), {len(nig)} notInGuide; {len(problems)} problem(s)")
for p in problems: print(p)
