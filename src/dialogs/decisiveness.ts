/**
 * How likely one answer is to settle a program: the share of probe answers to a fact (yes and no; each
 * option; none or every recognition; a zero and a very large figure; a date long before, inside and
 * long after the guide's windows) after which the rules core no longer says `needs_info` for that
 * program. A gate question (`2021年是否完成过兼并重组？`) settles its program with a no, so it scores
 * where a detail question that only settles together with others does not. Pure; the planner weighs
 * each open program's chance by its possible subsidy.
 */
import type { ProgramId } from '../knowledge/program-catalogue.ts';
import { evaluateProgram, makeView } from '../rules/evaluate.ts';
import { CERTIFICATIONS, FACT_BY_KEY, type FactKey } from '../rules/facts.ts';
import { DEFAULT_GUIDE, RULESETS } from '../rules/index.ts';
import type { FactValue, Profile } from '../rules/types.ts';

const DATE_PROBES = ['2015-01-01', '2021-06-30', '2035-12-31'];

/** The answers tried for a fact. */
function probes(fact: FactKey): readonly FactValue[] {
  const def = FACT_BY_KEY.get(fact);
  switch (def?.type) {
    case 'boolean':
      return [true, false];
    case 'enum':
      return def.values ?? [];
    case 'certs':
      return [[], [...CERTIFICATIONS]];
    case 'date':
      return DATE_PROBES;
    case 'percent':
      return [0, def.max ?? 100];
    case 'amount':
    case 'count':
    case 'number':
      return [0, 1e7];
    default:
      return [];
  }
}

/** A settle-chance function for one profile, memoised for the turn. */
export function settleChances(profile: Profile): (fact: FactKey, program: ProgramId) => number {
  const rules = new Map((RULESETS[DEFAULT_GUIDE] ?? []).map((p) => [p.id, p] as const));
  const memo = new Map<string, number>();
  return (fact, program) => {
    const key = `${fact}\u0000${program}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const p = rules.get(program);
    const tries = probes(fact);
    let settled = 0;
    if (p) {
      for (const v of tries) {
        const probed = { ...profile, [fact]: v } as Profile;
        if (evaluateProgram(p, probed, makeView(probed), { trace: false }).status !== 'needs_info') settled++;
      }
    }
    const chance = tries.length === 0 ? 0 : settled / tries.length;
    memo.set(key, chance);
    return chance;
  };
}
