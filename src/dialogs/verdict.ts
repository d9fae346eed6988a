/**
 * The verdict as readable text, grouped for a conversation: eligible programs (maximum subsidy,
 * how it is computed, payment schedule, the 附件 form, the clauses), near misses with their
 * shortfall ("总投资差200万"), programs still needing information with the facts missing, the
 * rest. Each program's sentences come from the rules core's `explainProgram`, so the dialog and
 * `screen` word every reason, shortfall and note the same way, always with the clause number.
 */

import { t } from '../i18n.ts';
import type { ProgramId } from '../knowledge/program-catalogue.ts';
import { type ClauseFormatter, explainProgram, programName, unmetReason } from '../rules/explain.ts';
import type { ProgramResult } from '../rules/types.ts';
import type { Locale } from './types.ts';

// The facts that say what a project is about: the grouped gates and the lab's breakthrough direction.
const DIRECTION =
  /_direction$|^data_product_tech$|_capability$|^training_licensed$|^cluster_focus$|^sme_service_center$|^merger_completed_2021$/u;

/** Clause references as the dialog prints them; clause 0 is the guide's preamble (a Jiangsu fund), with no printed number. */
export function clauseRef(locale: Locale): ClauseFormatter {
  return (id) => (id === '0' ? t(locale, 'dialog.clause_preamble') : t(locale, 'dialog.clause_ref', { id }));
}

/** A near miss: ineligible on exactly one condition, a figure or date with a measurable shortfall. */
export function isNearMiss(r: ProgramResult): boolean {
  const unmet = r.trace.filter((c) => c.outcome === 'unmet');
  const only = unmet[0];
  // 验收 before the application deadline, not done yet: it can still be, in time.
  if (r.status === 'ineligible' && unmet.length === 1 && only?.byDeadline) return true;
  if (r.status !== 'ineligible' || unmet.length !== 1 || !only?.shortfall) return false;
  // 原则上: the recommending unit may allow an exception, whatever the gap.
  if (only.soft) return true;
  // A date outside a fixed window (completed in 2021, done by 2023) cannot be made up; a figure below its floor can,
  // when close — one over a ceiling (progress 100 % where the project must still be unbuilt, 4.1.1.4) cannot.
  const { gap, need, direction } = only.shortfall;
  return (
    direction === 'atLeast' &&
    typeof gap === 'number' &&
    typeof need === 'number' &&
    need > 0 &&
    gap <= need * NEAR_MISS_SHARE
  );
}

/** How close a figure must be to its threshold to count as "差一点": within a fifth of it (2800 of 3000 is; 60 of 5000 is not). */
export const NEAR_MISS_SHARE = 0.2;

/**
 * The verdict text for the programs in focus (all when `inFocus` is null). Programs outside the
 * focus are summarised in one line so the user knows they were not screened.
 */
export function renderVerdict(
  results: readonly ProgramResult[],
  inFocus: ReadonlySet<ProgramId> | null,
  locale: Locale,
  options: {
    final: boolean;
    compact?: boolean;
    /** Notes under an eligible program whose verdict rests on an estimate near a line (差不多2000万). */
    estimates?: ReadonlyMap<ProgramId, readonly string[]>;
  },
): string {
  const clause = clauseRef(locale);
  const shown = results.filter((r) => inFocus === null || inFocus.has(r.program));
  // (Asked for mid-dialog, with programs still open, the verdict is no settled one: it says so, not "已可判断".)
  const title = options.final
    ? 'dialog.verdict.title'
    : shown.some((r) => r.status === 'needs_info')
      ? 'dialog.verdict.title_interim'
      : 'dialog.verdict.title_preliminary';
  const lines: string[] = [t(locale, title)];
  const section = (heading: string, group: readonly ProgramResult[], body: (r: ProgramResult) => string[]) => {
    if (group.length === 0) return;
    lines.push('', t(locale, heading));
    for (const r of group) lines.push(...body(r));
  };
  const indent = (xs: readonly string[]) => xs.map((x) => `    ${x}`);
  // A program that does not apply, with its first reasons.
  const ineligible = (reasons: number) => (r: ProgramResult) => {
    const e = explainProgram(r, locale, clause);
    return [`  ${e.headline}`, ...indent(e.reasons.slice(0, reasons).map((x) => `· ${x}`))];
  };

  section(
    'dialog.verdict.eligible_heading',
    shown.filter((r) => r.status === 'eligible'),
    (r) => {
      // The explanation's notes already cite every met condition and the amount's clause.
      const e = explainProgram(r, locale, clause);
      return [
        `  ${e.headline}`,
        ...indent(e.notes),
        ...indent((options.estimates?.get(r.program) ?? []).map((x) => `⚠️ ${x}`)),
      ];
    },
  );
  section('dialog.verdict.near_heading', shown.filter(isNearMiss), (r) => {
    const unmet = r.trace.find((c) => c.outcome === 'unmet');
    const unchecked = r.trace.some((c) => c.outcome === 'unknown') ? t(locale, 'dialog.verdict.unchecked') : '';
    const reason = unmet ? unmetReason(unmet, locale, clause) : '';
    // A firm floor (no 原则上) missed by a little still fails: said so, not left to the ⚠️ to imply.
    const firm = unmet && !unmet.soft && !unmet.byDeadline ? t(locale, 'dialog.verdict.near_firm') : '';
    return [t(locale, 'dialog.verdict.near_item', { name: programName(r.program, locale), reason, unchecked, firm })];
  });
  section(
    'dialog.verdict.needs_heading',
    shown.filter((r) => r.status === 'needs_info'),
    (r) => {
      const e = explainProgram(r, locale, clause);
      return options.compact ? [`  ${e.headline}`] : [`  ${e.headline}`, ...indent(e.reasons.map((x) => `· ${x}`))];
    },
  );
  if (options.compact) {
    // A program the user said the project is about (its direction answered yes: 余热回收 for 绿色化改造) and
    // that fails is shown with its reason, not folded away with the programs it never pointed at.
    const pointed = (r: ProgramResult) =>
      r.status === 'ineligible' &&
      !isNearMiss(r) &&
      r.trace.some(
        (c) => c.outcome === 'met' && Object.entries(c.seen).some(([k, v]) => v === true && DIRECTION.test(k)),
      );
    section('dialog.verdict.ineligible_heading', shown.filter(pointed), ineligible(2));
    // Everything else that does not apply, in one line: a phone screen holds the programs that do.
    const rest = shown.filter(
      (r) => ((r.status === 'ineligible' && !isNearMiss(r)) || r.status === 'info_only') && !pointed(r),
    );
    if (rest.length > 0) {
      const names = rest.map((r) => programName(r.program, locale)).join(t(locale, 'dialog.format.list_separator'));
      lines.push('', t(locale, 'dialog.verdict.folded', { count: rest.length, names }));
    }
    lines.push('', t(locale, 'dialog.verdict.footer'));
    return lines.join('\n');
  }
  section(
    'dialog.verdict.ineligible_heading',
    shown.filter((r) => r.status === 'ineligible' && !isNearMiss(r)),
    ineligible(3),
  );
  section(
    'dialog.verdict.info_heading',
    shown.filter((r) => r.status === 'info_only'),
    (r) => {
      const e = explainProgram(r, locale, clause);
      return [`  ${e.headline}：${e.reasons.join('；')}`];
    },
  );

  if (shown.length === 0) lines.push('', t(locale, 'dialog.verdict.nothing'));
  const hidden = results.length - shown.length;
  if (hidden > 0) lines.push('', t(locale, 'dialog.verdict.others_not_screened', { count: hidden }));
  lines.push('', t(locale, 'dialog.verdict.footer'));
  return lines.join('\n');
}
