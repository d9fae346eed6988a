/**
 * How prospects and the planner's questions read on pages and the worklist: the amount with "如符合"
 * when it is an upper bound, and each question in the dialog's own words (`facts.<key>.question`; the
 * grouped gate question with its options as `dialog.gates.<key>` words them).
 *
 * Pure (reads the locale catalogues).
 */
import type { Locale } from '../dialogs/types.ts';
import { t } from '../i18n.ts';
import { programName } from '../rules/explain.ts';
import type { ContractResult } from '../rules/types.ts';
import { html, type SafeHtml } from './html.ts';
import type { PlannedQuestion, Prospect, Prospects } from './prospects.ts';
import { formatNumber, reportWord } from './report-words.ts';

/** "最高约 800 万元，如符合" (not yet qualified), "最高约 354 万元" (qualified), or that the guide sets no amount. */
export function prospectAmount(p: Prospect, locale: Locale): string {
  if (p.possibleWan === null) return reportWord(locale, 'prospect.no_amount');
  const amount = formatNumber(p.possibleWan);
  return reportWord(locale, p.kind === 'qualified' ? 'prospect.qualified_amount' : 'prospect.possible', { amount });
}

/** "技术改造贷款贴息和设备补助项目（尚需核实）：最高约 2,000 万元，如符合". */
export function prospectLine(p: Prospect, locale: Locale): string {
  return reportWord(locale, 'prospect.line', {
    program: programName(p.program, locale),
    kind: reportWord(locale, `prospect.kind.${p.kind}`),
    amount: prospectAmount(p, locale),
  });
}

/** A planned question as the dialog asks it (`facts.<key>.question`; the grouped question with every option). */
export function questionText(q: PlannedQuestion, locale: Locale): string {
  if (q.kind === 'fact') return t(locale, `facts.${q.fact}.question`);
  const names = q.facts.map((f) => t(locale, `dialog.gates.${f}`));
  return reportWord(locale, 'prospect.gates_question', {
    names: names.join(reportWord(locale, 'prospect.gate_separator')),
  });
}

/** A gate option's clause reference at its end: "（三、（一））", " (3.1)". */
const CLAUSE_REF = /\s*(（[一二三四五六七八九十、（）]+）|\([\d.]+\))$/u;

/**
 * A planned question as short as a worklist line needs it: the fact's label as the dialog echoes it
 * ("已获认定"), or the grouped question's size and those of its options that bear on the enterprise's
 * best few prospects (`onlyGates`), without their clause references. The page gives the question in full.
 */
export function questionShort(q: PlannedQuestion, locale: Locale, onlyGates: ReadonlySet<string>): string {
  if (q.kind === 'fact') return t(locale, `facts.${q.fact}.label`);
  const shown = q.facts.filter((f) => onlyGates.has(f));
  const names = (shown.length > 0 ? shown : q.facts).map((f) => t(locale, `dialog.gates.${f}`).replace(CLAUSE_REF, ''));
  return reportWord(locale, 'prospect.gates_short', {
    names: names.join(reportWord(locale, 'prospect.gate_separator')),
    count: q.facts.length,
  });
}

/** The gate facts that bear on an enterprise's best few prospects (from its contract results' missing facts). */
export function prospectGates(digest: {
  readonly prospects: Prospects;
  readonly contract: readonly ContractResult[];
}): ReadonlySet<string> {
  const programs = new Set<string>(digest.prospects.ranked.slice(0, BEST_FEW).map((p) => p.program));
  return new Set(digest.contract.filter((c) => programs.has(c.program)).flatMap((c) => c.missing));
}

/** How many of the best prospects pick the grouped question's options a worklist line names. */
const BEST_FEW = 3;

/** How many prospects a row shows: three on the index, the best one on the worklist (a line stays short). */
export const PROSPECTS_ON_INDEX = 3;
/** See `PROSPECTS_ON_INDEX`. */
export const PROSPECTS_ON_WORKLIST = 1;

/** An index or worklist row's best prospects (one line each) and the planner's questions, as fragments. */
export function rowCells(
  digest: { readonly prospects: Prospects; readonly contract: readonly ContractResult[] },
  locale: Locale,
  shown: number,
): { prospects: SafeHtml; questions: SafeHtml } {
  const best = digest.prospects.ranked.slice(0, shown);
  const gates = prospectGates(digest);
  return {
    prospects:
      best.length === 0
        ? html`<span class="note">${reportWord(locale, 'prospect.none')}</span>`
        : html`<ul class="prospects">${best.map(
            (p) => html`<li data-program="${p.program}" data-kind="${p.kind}">${prospectLine(p, locale)}</li>`,
          )}</ul>`,
    questions:
      digest.prospects.questions.length === 0
        ? html`<span class="note">${reportWord(locale, 'prospect.no_questions')}</span>`
        : html`<ol class="questions">${digest.prospects.questions.map(
            (q) =>
              html`<li data-question="${q.kind === 'fact' ? q.fact : 'gates'}">${questionShort(q, locale, gates)}</li>`,
          )}</ol>`,
  };
}
