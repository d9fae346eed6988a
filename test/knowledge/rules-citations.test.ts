import { describe, expect, it } from 'vitest';
import { clauseById, isAttachmentId, isClauseId } from '../../src/knowledge/guide.ts';
import { RULESETS } from '../../src/rules/index.ts';

/** Every string a rules record holds under a `clause` or `applicantClause` key, however deep. */
function citedClauses(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) citedClauses(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'clause' || k === 'applicantClause') && typeof v === 'string') out.push(v);
      else citedClauses(v, out);
    }
  }
  return out;
}

describe('the rules cite the guide as parsed', () => {
  const programs = RULESETS['jiangsu-2022'] ?? [];

  it('cites only clauses and attachments that exist', () => {
    expect(programs.length).toBe(24);
    for (const p of programs) {
      for (const id of citedClauses(p)) expect(isClauseId(id) || isAttachmentId(id), `${p.id} cites ${id}`).toBe(true);
      for (const form of p.forms) expect(isAttachmentId(form), `${p.id} form ${form}`).toBe(true);
    }
  });

  it("cites, for each program, clauses that belong to that program's part of the guide", () => {
    for (const p of programs) {
      for (const id of citedClauses(p).filter(isClauseId)) {
        expect(clauseById(id)?.programs, `${p.id} cites ${id}`).toContain(p.id);
      }
    }
  });
});
