/**
 * Runs the case files in test/rules/cases: one file per program, each case a plain sentence,
 * a profile (the file's base profile with `set` applied and `unset` removed) and what the
 * guide says should come out. A coverage check then demands that every condition of every
 * program is seen both met and unmet across that program's cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROGRAM_IDS } from '../../src/knowledge/program-catalogue.ts';
import { evaluate, programRules, validateProfile } from '../../src/rules/index.ts';
import type { Outcome, ProgramResult } from '../../src/rules/types.ts';

interface Case {
  name: string;
  set?: Record<string, unknown>;
  unset?: string[];
  status: ProgramResult['status'];
  /** Expected max_subsidy_wan (number within 0.01, or null). */
  max?: number | null;
  /** Clauses that must be cited (exact ids). */
  cites?: string[];
  /** Exactly these facts missing (order-free). */
  missing?: string[];
  /** Exactly these facts would narrow the estimate (order-free). */
  amountMissing?: string[];
  /** Expected shortfall of one unmet condition. */
  shortfall?: { condition: string; gap?: number; have?: number | string };
  /** A soft (原则上) condition is what fails. */
  soft?: boolean;
}

interface CaseFile {
  program: ProgramResult['program'];
  base: Record<string, unknown>;
  cases: Case[];
}

const dir = join(import.meta.dirname, 'cases');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const caseFiles: CaseFile[] = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CaseFile);

function profileOf(file: CaseFile, c: Case) {
  const raw: Record<string, unknown> = { ...file.base, ...(c.set ?? {}) };
  for (const k of c.unset ?? []) delete raw[k];
  const v = validateProfile(raw);
  if (!v.ok) throw new Error(`case "${c.name}" has an invalid profile: ${JSON.stringify(v.errors)}`);
  return v.profile;
}

const resultOf = (file: CaseFile, c: Case) => {
  const r = evaluate(profileOf(file, c)).find((x) => x.program === file.program);
  if (!r) throw new Error(`no result for ${file.program}`);
  return r;
};

describe('program case files', () => {
  it('exist for every program of the contract, one each', () => {
    expect(caseFiles.map((f) => f.program).sort()).toEqual([...PROGRAM_IDS].sort());
  });

  for (const file of caseFiles) {
    describe(file.program, () => {
      for (const c of file.cases) {
        it(c.name, () => {
          const r = resultOf(file, c);
          expect(r.status).toBe(c.status);
          if (c.max !== undefined) {
            if (c.max === null) expect(r.maxSubsidyWan).toBeNull();
            else expect(r.maxSubsidyWan).toBeCloseTo(c.max, 2);
          }
          for (const clause of c.cites ?? []) expect(r.citations).toContain(clause);
          if (c.missing) expect([...r.missing].sort()).toEqual([...c.missing].sort());
          if (c.amountMissing) expect([...r.amountMissing].sort()).toEqual([...c.amountMissing].sort());
          if (c.shortfall) {
            const tr = r.trace.find((x) => x.condition === c.shortfall?.condition);
            expect(tr?.outcome).toBe('unmet');
            if (c.shortfall.gap !== undefined) expect(tr?.shortfall?.gap).toBeCloseTo(c.shortfall.gap, 2);
            if (c.shortfall.have !== undefined) expect(tr?.shortfall?.have).toBe(c.shortfall.have);
          }
          if (c.soft !== undefined) {
            const unmet = r.trace.filter((x) => x.outcome === 'unmet');
            expect(unmet.length).toBeGreaterThan(0);
            expect(unmet.every((x) => x.soft === c.soft)).toBe(true);
          }
        });
      }

      it('sees every condition both met and unmet', () => {
        const rules = programRules(file.program);
        if (rules.infoOnly) return;
        const seen = new Map<string, Set<Outcome>>();
        for (const c of file.cases) {
          for (const tr of resultOf(file, c).trace) {
            const s = seen.get(tr.condition) ?? new Set<Outcome>();
            s.add(tr.outcome);
            seen.set(tr.condition, s);
          }
        }
        const ids = [
          ...(rules.applicantKinds === 'any' ? [] : ['applicant-kind']),
          ...rules.conditions.map((c) => c.id),
        ];
        for (const id of ids) {
          expect(seen.get(id)?.has('met'), `${file.program}: ${id} never met`).toBe(true);
          if (id !== 'applicant-kind')
            expect(seen.get(id)?.has('unmet'), `${file.program}: ${id} never unmet`).toBe(true);
        }
      });
    });
  }
});
