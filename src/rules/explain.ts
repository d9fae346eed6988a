/**
 * Readable explanations of evaluation results, derived from the trace only: the headline per
 * program, the reasons with clause numbers and shortfalls, what is still unknown, how the
 * amount was computed, how it is paid and which form to fill. Words come from the locales.
 */
import type { Locale } from '../dialogs/types.ts';
import { t } from '../i18n.ts';
import { programEntry } from '../knowledge/program-catalogue.ts';
import { FACT_BY_KEY } from './facts.ts';
import { PROGRAMS_2022 } from './programs/jiangsu-2022.ts';
import type { ConditionTrace, FactValue, ProgramResult, Status, SubsidyBasis, Test } from './types.ts';

/** How a clause id is shown to a user (the guide's own numbering once the knowledge base provides it). */
export type ClauseFormatter = (id: string) => string;

const plainId: ClauseFormatter = (id) => id;

/** A program's explanation, as lines ready to show. */
export interface ProgramExplanation {
  readonly program: ProgramResult['program'];
  readonly status: Status;
  readonly headline: string;
  /** Why not (unmet conditions with shortfalls), or what is still unknown. */
  readonly reasons: readonly string[];
  /** Amount basis, payment, form, priorities, readings that matter. */
  readonly notes: readonly string[];
}

/** The program's name in a locale. */
export function programName(id: ProgramResult['program'], locale: Locale): string {
  const entry = programEntry(id);
  return locale === 'en' ? entry.nameEn : entry.nameZh;
}

/** A fact's label in a locale. */
export function factLabel(key: string, locale: Locale): string {
  return t(locale, `facts.${key}.label`);
}

function label(key: string, locale: Locale): string {
  // (started, derived from the stage, is a yes/no of its own: 项目已开工：否, never 项目当前状态：否 — play-test 54.)
  if (key === 'progress_2021_pct' || key === 'project_duration_years' || key === 'started')
    return t(locale, `rules.derived_label.${key}`);
  return factLabel(key, locale);
}

function unitOf(key: string): string {
  if (key === 'progress_2021_pct') return '%';
  if (key === 'project_duration_years') return '年';
  return FACT_BY_KEY.get(key)?.unit ?? '';
}

function showValue(key: string, value: FactValue | undefined, locale: Locale): string {
  if (value === undefined) return '?';
  if (typeof value === 'boolean') return t(locale, value ? 'rules.yes' : 'rules.no');
  if (typeof value === 'number') return String(Math.round(value * 100) / 100);
  if (Array.isArray(value)) return value.map((c) => t(locale, `facts.cert.${c}`)).join(t(locale, 'rules.list_sep'));
  const def = FACT_BY_KEY.get(key);
  if (def?.type === 'enum') return t(locale, `facts.enum.${key}.${value}`);
  return String(value);
}

/** The recognitions a test asks for, however nested (3.3 asks for any of four). */
function certsOf(test: Test): string[] {
  if (test.op === 'holds') return [test.cert];
  if (test.op === 'holdsAny') return [...test.certs];
  if (test.op === 'any' || test.op === 'all') return test.tests.flatMap(certsOf);
  return [];
}

function certNames(test: Test, locale: Locale): string {
  return certsOf(test)
    .map((c) => t(locale, `facts.cert.${c}`))
    .join(` ${t(locale, 'rules.or')} `);
}

/**
 * What an unknown condition still needs, in the user's terms: a recognition the condition names is
 * named ("是否已列入或获得省工信厅云计算、大数据、区块链企业库"), not the whole list's label ("已获认定").
 */
export function missingLabel(trace: ConditionTrace, fact: string, locale: Locale): string {
  if (fact === 'certifications' && certsOf(trace.test).length > 0)
    return t(locale, 'rules.unknown.cert', { certs: certNames(trace.test, locale) });
  return factLabel(fact, locale);
}

/** Every fact a program still needs, labelled as `missingLabel` does, once each. */
export function missingLabels(r: ProgramResult, locale: Locale): string[] {
  // Evaluated without a trace (batch screening): the facts' own labels.
  if (r.trace.length === 0) return r.missing.map((m) => factLabel(m, locale));
  const out: string[] = [];
  for (const tr of r.trace) {
    if (tr.outcome !== 'unknown') continue;
    for (const m of tr.missing) {
      const label = missingLabel(tr, m, locale);
      if (!out.includes(label)) out.push(label);
    }
  }
  return out;
}

/** The clause a program's reading note is about (5.3.1.1 for the service centre's), from the program's rules. */
function readingClause(program: string, id: string): string | undefined {
  return PROGRAMS_2022.find((p) => p.id === program)?.readingNotes?.find((n) => n.id === id)?.clause;
}

/** One unmet condition as a sentence with its shortfall and clause. */
export function unmetReason(trace: ConditionTrace, locale: Locale, clause: ClauseFormatter = plainId): string {
  const c = clause(trace.clause);
  const test = trace.test;
  const s = trace.shortfall;
  let line: string;
  if (
    s &&
    typeof s.have === 'number' &&
    (test.op === 'gte' ||
      test.op === 'gt' ||
      test.op === 'lte' ||
      test.op === 'lt' ||
      test.op === 'any' ||
      test.op === 'all')
  ) {
    const key =
      s.direction === 'atLeast'
        ? test.op === 'gt'
          ? 'more_than'
          : 'at_least'
        : test.op === 'lt'
          ? 'less_than'
          : 'at_most';
    line = t(locale, `rules.reason.${key}`, {
      label: label(s.fact, locale),
      have: s.have,
      need: s.need,
      gap: s.gap,
      unit: unitOf(s.fact),
      // A gap against a percentage threshold (8 %以上, 20 %以上) is in percentage points.
      gapUnit: unitOf(s.fact) === '%' ? t(locale, 'rules.unit.points') : unitOf(s.fact),
      clause: c,
    });
  } else if (s && test.op === 'dateWithin') {
    const key = test.from && test.to ? 'date_within' : test.to ? 'date_by' : 'date_from';
    line = t(locale, `rules.reason.${key}`, {
      label: label(test.fact, locale),
      have: s.have,
      from: test.from,
      to: test.to,
      clause: c,
    });
  } else if (test.op === 'is') {
    line = t(locale, 'rules.reason.boolean', {
      label: label(test.fact, locale),
      have: showValue(test.fact, trace.seen[test.fact], locale),
      need: t(locale, test.value ? 'rules.yes' : 'rules.no'),
      clause: c,
    });
  } else if (certsOf(test).length > 0) {
    line = t(locale, 'rules.reason.cert', { certs: certNames(test, locale), clause: c });
  } else if (test.op === 'oneOf') {
    line = t(locale, 'rules.reason.one_of', {
      label: label(test.fact, locale),
      have: showValue(test.fact, trace.seen[test.fact], locale),
      need: test.values.map((v) => showValue(test.fact, v, locale)).join(` ${t(locale, 'rules.or')} `),
      clause: c,
    });
  } else {
    line = t(locale, 'rules.reason.compound', { clause: c });
  }
  if (trace.byDeadline) return `${line}；${t(locale, 'rules.reason.by_deadline')}`;
  return trace.soft ? `${line}；${t(locale, 'rules.reason.soft')}` : line;
}

function amountNotes(r: ProgramResult, locale: Locale, clause: ClauseFormatter): string[] {
  const b = r.subsidyBasis;
  const f = b.figures;
  const c = clause(b.clause);
  switch (b.kind) {
    case 'share':
      return f.base === null
        ? [t(locale, 'rules.basis.share_unknown', { cap: f.cap, clause: c })]
        : [
            t(locale, 'rules.basis.share', {
              base: f.base,
              pct: Math.round(Number(f.rate) * 100),
              cap: f.cap,
              clause: c,
            }),
          ];
    case 'techLoan': {
      const notes =
        f.interestPart === null || f.equipmentPart === null
          ? [t(locale, 'rules.basis.techLoan_unknown', { cap: f.cap, clause: c })]
          : [techLoanLine(f, locale, c)];
      notes.push(t(locale, 'rules.lpr.note'));
      // The reading used while the term is unknown changes the figure: say so.
      if (f.term === null && f.lprTerm === 'five_year_plus')
        notes.push(t(locale, 'rules.lpr.term_unknown', { lpr: f.lpr }));
      return notes;
    }
    case 'deals': {
      if (f.base === null && f.told !== undefined)
        return [
          t(locale, 'rules.basis.deals_told', { base: f.toldBase, told: f.told, cap: f.cap, clause: c }),
          ...(f.cashUnknown ? [t(locale, 'rules.basis.cash_unknown')] : []),
        ];
      if (f.base === null) return [t(locale, 'rules.basis.share_unknown', { cap: f.cap, clause: c })];
      const lines = [
        t(locale, 'rules.basis.share', { base: f.base, pct: Math.round(Number(f.rate) * 100), cap: f.cap, clause: c }),
      ];
      if (Number(f.deals) > 1) lines.push(t(locale, 'rules.basis.deals_combined', { count: f.deals }));
      if (f.cashUnknown) lines.push(t(locale, 'rules.basis.cash_unknown'));
      return lines;
    }
    case 'twoPhase':
      return [t(locale, 'rules.basis.twoPhase', { ...f, clause: c })];
    case 'fixed':
      return [t(locale, 'rules.basis.fixed', { ...f, clause: c })];
    case 'upTo':
      return [t(locale, 'rules.basis.upTo', { ...f, clause: c })];
    case 'actualSpending':
      return [t(locale, 'rules.basis.actualSpending', { clause: c })];
    default:
      return [];
  }
}

/** 1.1.2's computation, each part saying what it was computed from: no figure left blank when unknown. */
function techLoanLine(f: SubsidyBasis['figures'], locale: Locale, clause: string): string {
  const interest =
    f.interest === null
      ? t(locale, 'rules.basis.techLoan_interest_unknown', f)
      : t(locale, 'rules.basis.techLoan_interest', { ...f, steps: interestSteps(f, locale) });
  const equipment = t(
    locale,
    f.invoices === null ? 'rules.basis.techLoan_equipment_unknown' : 'rules.basis.techLoan_equipment',
    f,
  );
  return t(locale, 'rules.basis.techLoan_parts', { interest, equipment, cap: f.cap, clause });
}

/**
 * How 1.1.2's interest part came from the interest paid: scaled to the LPR only where the rate is above it, and less
 * what the city or county already granted where that is what binds (省、设区市、县(市)贴息金额累计不得超过企业实际支付的利息).
 */
function interestSteps(f: SubsidyBasis['figures'], locale: Locale): string {
  const { lpr, rate } = f;
  const steps = [
    rate === null
      ? t(locale, 'rules.basis.techLoan_rate_unknown', { lpr })
      : Number(rate) > Number(lpr)
        ? t(locale, 'rules.basis.techLoan_rate_above', { rate, lpr, scaled: f.interestScaled })
        : t(locale, 'rules.basis.techLoan_rate_within', { rate, lpr }),
  ];
  // (Only where it is what bound the part: with the rate unknown the loan × LPR may bind instead.)
  if (f.interestBound === 'other') steps.push(t(locale, 'rules.basis.techLoan_other', { other: f.otherSubsidy }));
  return steps.join(t(locale, 'rules.basis.techLoan_step_separator'));
}

function paymentNote(r: ProgramResult, locale: Locale, clause: ClauseFormatter): string[] {
  const p = r.payment;
  switch (p.kind) {
    case 'firstShare':
      return [
        t(locale, p.of === 'approved_budget' ? 'rules.payment.firstShare_budget' : 'rules.payment.firstShare', {
          pct: Math.round(p.share * 100),
          clause: clause(p.clause),
        }),
      ];
    case 'firstAmount':
      return [t(locale, 'rules.payment.firstAmount', { amount: p.amount, clause: clause(p.clause) })];
    case 'twoPhase':
    case 'once':
      return [t(locale, `rules.payment.${p.kind}`, { clause: clause(p.clause) })];
    default:
      return [];
  }
}

function applicantWho(r: ProgramResult, locale: Locale): string {
  const kinds = r.applicantKinds === 'any' ? [] : r.applicantKinds;
  return kinds.map((k) => t(locale, `facts.enum.applicant_kind.${k}`)).join(t(locale, 'rules.list_sep'));
}

/** Explains one program result. */
export function explainProgram(
  r: ProgramResult,
  locale: Locale,
  clause: ClauseFormatter = plainId,
): ProgramExplanation {
  const name = programName(r.program, locale);
  const reasons: string[] = [];
  const notes: string[] = [];
  let headline: string;
  switch (r.status) {
    case 'eligible':
      headline =
        r.maxSubsidyWan === null
          ? t(locale, 'rules.headline.eligible_no_amount', { name })
          : t(locale, 'rules.headline.eligible', { name, amount: r.maxSubsidyWan });
      break;
    case 'needs_info':
      headline =
        r.maxSubsidyWan === null
          ? t(locale, 'rules.headline.needs_info_no_amount', { name })
          : t(locale, 'rules.headline.needs_info', { name, amount: r.maxSubsidyWan });
      break;
    case 'ineligible':
      headline = t(locale, 'rules.headline.ineligible', { name });
      break;
    default:
      headline = t(locale, 'rules.headline.info_only', { name });
      reasons.push(
        t(locale, `rules.info_only.${r.infoOnlyReason ?? 'announced_separately'}`, {
          clause: clause(r.citations[0] ?? ''),
          who: applicantWho(r, locale),
        }),
      );
  }
  // What an unmet condition rests on is said in its own line (a verdict shows a ❌'s first reasons only, and no notes):
  // a 规上 read from revenue by the national threshold, a debatable reading of the clause it fails.
  const saidInline = new Set<string>();
  const sep = locale === 'en' ? '; ' : '；';
  for (const tr of r.trace) {
    if (tr.outcome !== 'unmet') continue;
    const because = [
      ...(tr.derived ?? [])
        .filter((d) => d.key === 'above_scale' && (d.source === 'national_threshold' || d.source === 'not_industrial'))
        .map((d) => t(locale, `rules.derived.${d.source}`)),
      ...(r.readings ?? [])
        .filter((id) => readingClause(r.program, id) === tr.clause)
        .map((id) => t(locale, `rules.reading.${r.program}.${id}`)),
    ].filter((line) => !saidInline.has(line));
    for (const line of because) saidInline.add(line);
    reasons.push([unmetReason(tr, locale, clause), ...because].join(sep));
  }
  // A debatable reading that decides what this applicant is told: said where it is used.
  for (const id of r.readings ?? []) {
    const line = t(locale, `rules.reading.${r.program}.${id}`);
    if (saidInline.has(line)) continue;
    if (r.status === 'info_only') reasons.push(line);
    else notes.push(line);
  }
  if (r.status === 'needs_info') {
    // One line per set of facts still needed, citing every clause it settles (the question about another
    // merger settles 3.1.1.1, 3.1.1.3 and 3.1.1.4 at once).
    const lines = new Map<string, string[]>();
    for (const tr of r.trace.filter((x) => x.outcome === 'unknown')) {
      // Failing on what is known, yet open (every deal listed so far fails; another may follow).
      if (tr.shortfall) reasons.push(unmetReason(tr, locale, clause));
      const labels = tr.missing.map((m) => missingLabel(tr, m, locale)).join(t(locale, 'rules.list_sep'));
      const clauses = lines.get(labels) ?? [];
      if (!clauses.includes(tr.clause)) clauses.push(tr.clause);
      lines.set(labels, clauses);
    }
    for (const [labels, clauses] of lines)
      reasons.push(
        t(locale, 'rules.unknown.line', { labels, clause: clauses.map(clause).join(t(locale, 'rules.list_sep')) }),
      );
  }
  for (const tr of r.trace) {
    for (const d of tr.derived ?? []) {
      if (d.key === 'above_scale' && (d.source === 'national_threshold' || d.source === 'not_industrial')) {
        // (Said in the ❌'s own line above when the condition is unmet.)
        const note = t(locale, `rules.derived.${d.source}`);
        if (!saidInline.has(note) && !notes.includes(note)) notes.push(note);
      }
    }
  }
  if (r.status === 'eligible') {
    // Every statement with its clause: the conditions an eligible program meets.
    const met = [...new Set(r.trace.filter((x) => x.outcome === 'met').map((x) => x.clause))];
    if (met.length > 0)
      notes.push(t(locale, 'rules.basis.met', { clauses: met.map(clause).join(t(locale, 'rules.list_sep')) }));
  }
  if (r.status === 'eligible' || r.status === 'needs_info') {
    notes.push(...amountNotes(r, locale, clause), ...paymentNote(r, locale, clause));
    if (r.amountMissing.length > 0 && r.status === 'eligible') {
      notes.push(
        t(locale, 'rules.report.missing_for_amount', {
          labels: r.amountMissing.map((m) => factLabel(m, locale)).join(t(locale, 'rules.list_sep')),
        }),
      );
    }
    for (const p of r.priorities) notes.push(t(locale, `rules.priority.${p}`, { clause: clause('1.2.2.1') }));
    if (r.forms.length > 0)
      notes.push(
        t(locale, 'rules.form', {
          forms: r.forms.map((f) => f.replace('A', '附件')).join(t(locale, 'rules.list_sep')),
        }),
      );
  }
  return { program: r.program, status: r.status, headline, reasons, notes };
}

const ORDER: readonly Status[] = ['eligible', 'needs_info', 'ineligible', 'info_only'];

/** A readable report of all programs for one profile, grouped by status (eligible first). */
export function explainResults(
  results: readonly ProgramResult[],
  locale: Locale,
  clause: ClauseFormatter = plainId,
): string {
  const lines: string[] = [];
  for (const status of ORDER) {
    const group = results.filter((r) => r.status === status);
    if (group.length === 0) continue;
    lines.push(`${t(locale, `rules.status.${status}`)}（${group.length}）`);
    for (const r of group) {
      const e = explainProgram(r, locale, clause);
      lines.push(`  ${e.headline}`);
      // Info-only programs need one line; the others list every reason and note.
      for (const reason of e.reasons) lines.push(`    · ${reason}`);
      if (status !== 'info_only') for (const note of e.notes) lines.push(`    ${note}`);
    }
  }
  return lines.join('\n');
}
