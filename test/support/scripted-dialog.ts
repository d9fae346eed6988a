/**
 * A small scripted dialog for kiosk tests while the dialog engine is not on main: it asks two
 * questions (one typed, one with buttons) and then gives a verdict from the real evaluator.
 * It has the dialog service's `handle` shape, so the kiosk cannot tell it from the real one.
 */

import type { KioskDialog } from '../../src/bot/web/kiosk.ts';
import type { Inbound, Reply } from '../../src/dialogs/types.ts';
import { evaluate, toContract } from '../../src/rules/index.ts';
import type { Profile } from '../../src/rules/types.ts';

const BASE: Profile = {
  in_jiangsu: true,
  applicant_kind: 'enterprise',
  industrial: true,
  revenue_last_year: 30000,
  approvals_complete: true,
  fixed_asset_loan: 4000,
  loan_from_jiangsu_bank: true,
  equipment_bought_with_loan: true,
  loan_interest_paid_2021: 160,
  loan_rate_pct: 4.0,
  loan_term_years: 3,
  other_interest_subsidy_2021: 0,
  equipment_invoice_2021: 2000,
};

/** The scripted dialog; `sessions` is its store, so tests can see what it holds. */
export function scriptedDialog(): KioskDialog & { sessions: Map<string, Profile> } {
  const sessions = new Map<string, Profile>();
  const verdict = (profile: Profile): Reply => {
    const evaluation = evaluate(profile);
    return {
      kind: 'verdict',
      text: `结论：符合 ${evaluation.filter((r) => r.status === 'eligible').length} 项`,
      results: toContract(evaluation),
      evaluation,
    };
  };
  return {
    sessions,
    async handle(inbound: Inbound): Promise<Reply[]> {
      const key = `${inbound.channel}:${inbound.userId}`;
      const text = inbound.text.trim();
      if (text === '/reset') {
        sessions.delete(key);
        return [{ kind: 'clarify', text: '已清除', slot: null, choices: [] }];
      }
      if (text === '/start') {
        sessions.set(key, { ...BASE });
        return [{ kind: 'ask', text: '项目总投资是多少？（万元）', slot: 'total_investment', choices: [] }];
      }
      const profile = sessions.get(key);
      if (!profile) return [{ kind: 'clarify', text: '请先开始', slot: null, choices: [] }];
      if (text === '/result')
        return profile.stage ? [verdict(profile)] : [{ kind: 'clarify', text: '还没有结论', slot: null, choices: [] }];
      if (profile.total_investment === undefined) {
        const n = Number(text.replace(/万元?$/, ''));
        if (!Number.isFinite(n))
          return [{ kind: 'clarify', text: '请输入金额，如 6500万', slot: 'total_investment', choices: [] }];
        profile.total_investment = n;
        return [
          { kind: 'clarify', text: `已记录：总投资 ${n}万元`, slot: null, choices: [] },
          {
            kind: 'ask',
            text: '项目目前处于哪个阶段？',
            slot: 'stage',
            choices: [
              { label: '已完工', value: 'completed' },
              { label: '在建', value: 'under_construction' },
            ],
          },
        ];
      }
      profile.stage = text === 'completed' ? 'completed' : 'under_construction';
      return [verdict(profile)];
    },
  };
}
