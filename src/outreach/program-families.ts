/**
 * Which program families a sign-up sheet makes implausible for an enterprise, so its page folds them
 * into one line instead of a section each. The families are the guide's own groups as the dialog's
 * focus question divides them (`FOCUS_GROUPS`). Some are for an enterprise's own project (技术改造,
 * 智改数转 demonstration, 核心技术攻关, 并购, 专精特新, 荣誉, 绿色化改造); the others are for
 * whoever provides a service, platform or training to others:
 *
 * - 1.3 工业互联网: identifier-resolution nodes, platforms and security, built and run for other enterprises;
 * - 1.4 信创: parks (城市 / 园区) and labs run with universities;
 * - 1.5 数据产品化: data products sold to others;
 * - 5 公共服务平台: innovation centres, cluster promotion organisations, SME service platforms,
 *   information-consumption platforms;
 * - 5.5 人才培训: licensed training organisations.
 *
 * The rule (written down in docs/outreach.md): a still-open program is unlikely when its family is a
 * provider family, the sheet says the enterprise is industrial (是否工业企业 = 是, or 规上 = 是: a
 * 规模以上工业企业), and the program still waits on the question that says whether the applicant is in
 * that family at all (one of the planner's gate facts: 能建设运营标识解析节点, 提供工业互联网安全服务,
 * 形成数据产品, a recognition such as 重点工业互联网平台 …). An answer "yes" to that gate, or no
 * statement that the enterprise is industrial, keeps the program listed. A qualified program or a near
 * miss is never folded: only a program nothing has ruled in.
 *
 * Pure.
 */
import { FOCUS_GROUPS } from '../dialogs/focus.ts';
import { GATE_FACTS } from '../dialogs/planner.ts';
import type { ProgramId } from '../knowledge/program-catalogue.ts';
import type { Profile, ProgramResult } from '../rules/types.ts';

/** The focus groups (families) whose programs are for providers of services, platforms or training. */
export const PROVIDER_FAMILIES: ReadonlySet<string> = new Set([
  'iiot',
  'xinchuang',
  'data-product',
  'platforms',
  'talent-training',
]);

const PROVIDER_PROGRAMS: ReadonlySet<ProgramId> = new Set(
  FOCUS_GROUPS.filter((g) => PROVIDER_FAMILIES.has(g.id)).flatMap((g) => g.programs),
);

/** Whether the sheet says the enterprise is industrial: 是否工业企业 = 是, or a 规模以上工业企业. */
export function statedIndustrial(profile: Profile): boolean {
  return profile.industrial === true || profile.above_scale === true;
}

/** Whether a program is one this enterprise is very unlikely to be in (see the rule above). */
export function isUnlikely(result: ProgramResult, profile: Profile): boolean {
  return (
    result.status === 'needs_info' &&
    PROVIDER_PROGRAMS.has(result.program) &&
    statedIndustrial(profile) &&
    result.missing.some((f) => GATE_FACTS.has(f))
  );
}
