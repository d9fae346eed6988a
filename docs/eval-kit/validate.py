#!/usr/bin/env python3
"""Checks a dialog corpus folder (openings.json, answers.json) against the fact vocabulary.
Usage: python3 validate.py /work/kit/facts-vocabulary.json FOLDER   → prints OK or the problems."""
import json, re, sys

voc = {f['key']: f for f in json.load(open(sys.argv[1]))['facts']}
folder = sys.argv[2]
problems = []

def check_value(where, key, v):
    f = voc.get(key)
    if f is None:
        problems.append(f'{where}: unknown fact {key}'); return
    t = f['type']
    ok = {
        'boolean': lambda: isinstance(v, bool),
        'amount': lambda: isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0,
        'count': lambda: isinstance(v, int) and not isinstance(v, bool) and v >= 0,
        'percent': lambda: isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 100,
        'number': lambda: isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0,
        'date': lambda: isinstance(v, str) and re.fullmatch(r'\d{4}-\d{2}-\d{2}', v) is not None,
        'enum': lambda: v in f.get('values', []),
        'certs': lambda: isinstance(v, list) and all(c in f['values'] for c in v),
    }[t]()
    if not ok:
        problems.append(f'{where}: {key}={v!r} is not a valid {t}')

openings = json.load(open(f'{folder}/openings.json'))
answers = json.load(open(f'{folder}/answers.json'))
ids = set()
for o in openings:
    for k in ('id', 'lang', 'text', 'facts', 'must_not_record'):
        if k not in o: problems.append(f"{o.get('id')}: missing {k}")
    if o['id'] in ids: problems.append(f"{o['id']}: duplicate id")
    ids.add(o['id'])
    if o['lang'] not in ('zh', 'en'): problems.append(f"{o['id']}: lang {o['lang']}")
    for k, v in o['facts'].items():
        if k == 'certifications_include':
            check_value(o['id'], 'certifications', v)
        else:
            check_value(o['id'], k, v)
    for k in o['must_not_record']:
        if k not in voc: problems.append(f"{o['id']}: must_not_record unknown fact {k}")
        if k in o['facts']: problems.append(f"{o['id']}: {k} both required and forbidden")
for a in answers:
    for k in ('id', 'lang', 'slot', 'question', 'text', 'expect'):
        if k not in a: problems.append(f"{a.get('id')}: missing {k}")
    if a['id'] in ids: problems.append(f"{a['id']}: duplicate id")
    ids.add(a['id'])
    slot = voc.get(a['slot'])
    if slot is None:
        problems.append(f"{a['id']}: unknown slot {a['slot']}"); continue
    q = slot['question']['zh-CN' if a['lang'] == 'zh' else 'en']
    if a['question'] != q: problems.append(f"{a['id']}: question text differs from the vocabulary")
    e = a['expect']
    if len(e) != 1 or next(iter(e)) not in ('value', 'unknown', 'ask', 'not_answer'):
        problems.append(f"{a['id']}: expect must hold exactly one of value/unknown/ask/not_answer")
    elif 'value' in e:
        check_value(a['id'], a['slot'], e['value'])
    elif 'not_answer' in e and e['not_answer'] not in ('question', 'correction', 'command'):
        problems.append(f"{a['id']}: not_answer kind {e['not_answer']}")
    for k, v in (a.get('also') or {}).items():
        check_value(a['id'] + ' also', 'certifications' if k == 'certifications_include' else k, v)
print('OK' if not problems else '\n'.join(problems))
print(f'{len(openings)} openings, {len(answers)} answers')
sys.exit(1 if problems else 0)
