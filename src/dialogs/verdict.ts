/**
 * The verdict as readable text: eligible programs with the maximum subsidy, payment schedule
 * and 附件 form; near misses with their shortfall ("总投资差200万"); programs still needing
 * information with the facts missing; every statement with its clause number. Derived from the
 * evaluator's results and trace only, so it can never disagree with `screen`.
 */

import { t } from '../i18n.ts';
import type { ProgramId } from '../knowledge/program-catalogue.ts';
import type { ConditionTrace, ProgramResult, Shortfall, Test } from '../rules/types.ts';
import type { KnowledgePort } from './knowledge-port.ts';
import type { Locale } from './types.ts';
import { factLabel, formatDate, formatFigure, formatValue, programName } from './vocabulary.ts';

const clauses = (locale: Locale, ids: readonly string[]): string =>
  t(locale, 'dialog.verdict.clauses', { ids: ids.join(t(locale, 'dialog.format.list_separator')) });

/** How the money is paid, or "" where the guide does not say. */
function paymentText(r: ProgramResult, locale: Locale): string {
  const p = r.payment;
  switch (p.kind) {
    case 'once':
      return t(locale, 'dialog.payment.once', { clause: p.clause });
    case 'firstShare':
      return t(locale, 'dialog.payment.first_share', { pct: Math.round(p.share * 100), clause: p.clause });
    case 'firstAmount':
      return t(locale, 'dialog.payment.first_amount', { amount: p.amount, clause: p.clause });
    case 'twoPhase':
      return t(locale, 'dialog.payment.two_phase', { clause: p.clause });
    default:
      return '';
  }
}

function formsText(r: ProgramResult, locale: Locale, knowledge: KnowledgePort): string {
  if (r.forms.length === 0) return '';
  const list = r.forms
    .map((id) => {
      const number = id.replace(/^A/, '');
      const title = knowledge.formTitle(id);
      return title ? t(locale, 'dialog.form.titled', { number, title }) : t(locale, 'dialog.form.plain', { number });
    })
    .join(t(locale, 'dialog.format.list_separator'));
  return t(locale, 'dialog.verdict.forms', { forms: list });
}

function amountText(r: ProgramResult, locale: Locale): string {
  if (r.maxSubsidyWan === null) return t(locale, 'dialog.verdict.amount_none', { clause: r.subsidyBasis.clause });
  const key = r.amountMissing.length > 0 ? 'dialog.verdict.amount_upper' : 'dialog.verdict.amount';
  return t(locale, key, {
    amount: formatFigure('total_investment', r.maxSubsidyWan, locale),
    clause: r.subsidyBasis.clause,
  });
}

/** The fact a test reads, for naming an unmet condition that has no numeric shortfall. */
function testFact(test: Test): string | undefined {
  if (test.op === 'holds' || test.op === 'holdsAny') return 'certifications';
  if (test.op === 'all' || test.op === 'any') return test.tests[0] ? testFact(test.tests[0]) : undefined;
  return test.fact;
}

function shortfallText(s: Shortfall, locale: Locale): string {
  const label = factLabel(s.fact, locale);
  if (typeof s.have === 'string' && typeof s.need === 'string') {
    const [from, to] = s.need.split('..');
    const view = {
      label,
      have: formatDate(s.have, locale),
      from: from ? formatDate(from, locale) : '',
      to: to ? formatDate(to, locale) : '',
    };
    return t(locale, `dialog.shortfall.date_${s.direction}`, view);
  }
  const fig = (n: number | string) => (typeof n === 'number' ? formatFigure(s.fact, n, locale) : String(n));
  return t(locale, `dialog.shortfall.${s.direction === 'atMost' ? 'at_most' : 'at_least'}`, {
    label,
    have: fig(s.have),
    need: fig(s.need),
    gap: s.gap !== undefined ? fig(s.gap) : '',
  });
}

/** One unmet condition in words, with its clause. */
export function unmetText(c: ConditionTrace, locale: Locale): string {
  let what: string;
  if (c.shortfall) what = shortfallText(c.shortfall, locale);
  else if (c.test.op === 'holds')
    what = t(locale, 'dialog.unmet.cert', { cert: t(locale, `facts.cert.${c.test.cert}`) });
  else if (c.test.op === 'holdsAny')
    what = t(locale, 'dialog.unmet.cert', {
      cert: c.test.certs.map((x) => t(locale, `facts.cert.${x}`)).join(t(locale, 'dialog.unmet.or')),
    });
  else {
    const fact = testFact(c.test);
    const seen = fact !== undefined ? c.seen[fact] : undefined;
    what = t(locale, 'dialog.unmet.fact', {
      label: fact ? factLabel(fact, locale) : c.condition,
      value: fact && seen !== undefined ? formatValue(fact, seen, locale) : '',
    });
  }
  const soft = c.soft ? t(locale, 'dialog.unmet.soft') : '';
  return t(locale, 'dialog.verdict.reason', { what, soft, clause: c.clause });
}

/** A near miss: ineligible on exactly one condition. */
export function isNearMiss(r: ProgramResult): boolean {
  return r.status === 'ineligible' && r.trace.filter((c) => c.outcome === 'unmet').length === 1;
}

/**
 * The verdict text for the programs in focus (all when `inFocus` is null). Programs outside the
 * focus are summarised in one line so the user knows they were not screened.
 */
export function renderVerdict(
  results: readonly ProgramResult[],
  inFocus: ReadonlySet<ProgramId> | null,
  locale: Locale,
  knowledge: KnowledgePort,
  options: { final: boolean },
): string {
  const shown = results.filter((r) => inFocus === null || inFocus.has(r.program));
  const lines: string[] = [t(locale, options.final ? 'dialog.verdict.title' : 'dialog.verdict.title_preliminary')];
  const name = (r: ProgramResult) => programName(r.program, locale);

  const eligible = shown.filter((r) => r.status === 'eligible');
  if (eligible.length > 0) {
    lines.push('', t(locale, 'dialog.verdict.eligible_heading'));
    for (const r of eligible) {
      lines.push(t(locale, 'dialog.verdict.item', { name: name(r), detail: amountText(r, locale) }));
      const pay = paymentText(r, locale);
      if (pay) lines.push(pay);
      const forms = formsText(r, locale, knowledge);
      if (forms) lines.push(forms);
      const soft = r.trace.filter((c) => c.soft && c.outcome === 'met');
      if (soft.length > 0) lines.push(t(locale, 'dialog.verdict.soft_met'));
      lines.push(clauses(locale, r.citations));
    }
  }

  const near = shown.filter(isNearMiss);
  if (near.length > 0) {
    lines.push('', t(locale, 'dialog.verdict.near_heading'));
    for (const r of near) {
      const c = r.trace.find((x) => x.outcome === 'unmet') as ConditionTrace;
      const unchecked = r.trace.some((x) => x.outcome === 'unknown') ? t(locale, 'dialog.verdict.unchecked') : '';
      lines.push(t(locale, 'dialog.verdict.item', { name: name(r), detail: unmetText(c, locale) + unchecked }));
    }
  }

  const needs = shown.filter((r) => r.status === 'needs_info');
  if (needs.length > 0) {
    lines.push('', t(locale, 'dialog.verdict.needs_heading'));
    for (const r of needs) {
      const facts = r.missing.map((f) => factLabel(f, locale)).join(t(locale, 'dialog.format.list_separator'));
      lines.push(
        t(locale, 'dialog.verdict.item', {
          name: name(r),
          detail: t(locale, 'dialog.verdict.missing', { facts, clauses: r.citations.join(', ') }),
        }),
      );
    }
  }

  const out = shown.filter((r) => r.status === 'ineligible' && !isNearMiss(r));
  if (out.length > 0) {
    lines.push('', t(locale, 'dialog.verdict.ineligible_heading'));
    for (const r of out) {
      const reasons = r.trace.filter((c) => c.outcome === 'unmet').slice(0, 2);
      lines.push(
        t(locale, 'dialog.verdict.item', {
          name: name(r),
          detail: reasons.map((c) => unmetText(c, locale)).join(t(locale, 'dialog.format.clause_separator')),
        }),
      );
    }
  }

  const info = shown.filter((r) => r.status === 'info_only');
  if (info.length > 0) {
    lines.push('', t(locale, 'dialog.verdict.info_heading'));
    for (const r of info) {
      lines.push(
        t(locale, 'dialog.verdict.item', {
          name: name(r),
          detail: t(locale, `dialog.info_only.${r.infoOnlyReason ?? 'applicant_kind'}`, {
            clause: r.citations.join(', '),
          }),
        }),
      );
    }
  }

  if (eligible.length + near.length + needs.length + out.length + info.length === 0) {
    lines.push('', t(locale, 'dialog.verdict.nothing'));
  }
  const hidden = results.length - shown.length;
  if (hidden > 0) lines.push('', t(locale, 'dialog.verdict.others_not_screened', { count: hidden }));
  lines.push('', t(locale, 'dialog.verdict.footer'));
  return lines.join('\n');
}
