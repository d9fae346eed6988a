/**
 * One enterprise's printable report page: who it is, the programs it qualifies for (estimated
 * maximum, payment schedule), the near misses and exactly what is short, what is still unknown and
 * who to ask, and the 绩效目标申报表 to prepare as empty tables. Every statement carries its clause
 * number and quotes the clause text from the knowledge base. The page is one self-contained HTML
 * file; the kiosk serves the same page for a finished dialog.
 *
 * Pure.
 */
import type { Locale } from '../dialogs/types.ts';
import { formatValue } from '../dialogs/vocabulary.ts';
import { t } from '../i18n.ts';
import type { AttachmentForm } from '../knowledge/types.ts';
import type { ProgramDownloads } from '../pack/pack-links.ts';
import {
  explainProgram,
  factLabel,
  missingLabels,
  type ProgramExplanation,
  programName,
  unmetReason,
} from '../rules/explain.ts';
import type { ProgramResult } from '../rules/types.ts';
import { html, type SafeHtml, trusted } from './html.ts';
import { kioskLinkBox } from './kiosk-link-box.ts';
import { kioskLinkMissingNote, visitNote } from './kiosk-notes.ts';
import { PAGE_STYLE } from './page-style.ts';
import { prospectLine, questionText } from './prospect-words.ts';
import type { EnterpriseReport } from './report-model.ts';
import { formatNumber, reportWord } from './report-words.ts';
import type { ReportSources } from './sources.ts';

/** How many still-open programs get a full section; the rest are listed by name (a page stays printable). */
export const STILL_OPEN_IN_DETAIL = 5;

/**
 * A complete HTML document for one enterprise. `downloads`, when given, are the pre-filled forms
 * and checklists written beside the page (or served by the kiosk), linked in their own section.
 */
export function renderEnterprisePage(
  report: EnterpriseReport,
  locale: Locale,
  sources: ReportSources,
  downloads: readonly ProgramDownloads[] = [],
): string {
  const e = report.enterprise;
  const w = (id: string, view?: Record<string, unknown>) => reportWord(locale, id, view);
  const title = w('page_title', { name: e.name });
  const meta: [string, string | null][] = [
    [w('field.credit_code'), e.creditCode],
    [w('field.location'), e.location],
    [w('field.recommending_unit'), e.recommendingUnit],
    [w('field.row'), e.rowNumber === null ? null : String(e.rowNumber)],
  ];
  const formIds = [...new Set(report.qualified.flatMap((q) => q.result.forms))];
  // Programs its kind and answers make implausible are folded into one line (program-families.ts).
  const unlikely = new Set(report.prospects.unlikely);
  // Still-open programs in the order of the prospects: the best detailed first.
  const rank = new Map(report.prospects.ranked.map((p, i) => [p.program, i] as const));
  const stillOpen = report.stillOpen
    .filter((o) => !unlikely.has(o.result.program))
    .sort((a, b) => (rank.get(a.result.program) ?? 0) - (rank.get(b.result.program) ?? 0));
  const detailedOpen = stillOpen.slice(0, STILL_OPEN_IN_DETAIL);
  const moreOpen = stillOpen.slice(STILL_OPEN_IN_DETAIL);
  const cite = (ids: readonly string[]) => clauseQuotes(locale, sources, ids);
  // Clause references inside sentences read like the CLI's: the printed number, then the id.
  const clauseRef = (id: string) => {
    const clause = sources.clauseById(id);
    return clause ? `${clause.label} [${id}]` : id;
  };

  const body = html`<header>
<h1>${title}</h1>
<p class="guide">${w('guide_name')}</p>
<dl class="meta">${meta.filter(([, v]) => v !== null).map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
${e.assumed.map((a) => html`<p class="note" data-assumed="${a}">${w(`assumed.${a}`)}</p>`)}
</header>
${kioskLinkBox(e.kioskLink, locale)}${kioskLinkMissingNote(e, locale)}${visitNote(e, locale)}
<p class="summary">${
    report.qualified.length > 0
      ? w('summary.qualified', { count: report.qualified.length, amount: formatNumber(report.totalMaxWan) })
      : w('summary.none')
  }</p>
<p class="note">${w('summary.estimate_note')}</p>
${bestProspects(report, locale)}

<section id="qualified"><h2>${w('section.qualified')}</h2>
${
  report.qualified.length === 0
    ? html`<p>${w('none.qualified')}</p>`
    : report.qualified.map(({ result }) =>
        qualifiedProgram(locale, result, explainProgram(result, locale, clauseRef), cite),
      )
}
</section>

<section id="near-miss"><h2>${w('section.near_miss')}</h2>
${
  report.nearMisses.length === 0
    ? html`<p>${w('none.near_miss')}</p>`
    : report.nearMisses.map(
        ({ result, unmet }) => html`<div class="program near-miss" data-program="${result.program}">
<h3>${programName(result.program, locale)}</h3>
${unmet.map((c) => html`<p>${unmetReason(c, locale, clauseRef)}</p>${cite([c.clause])}`)}
${
  // Short on one figure, but other conditions not yet known: "差一点" says nothing of them, so they are named.
  missingLabels(result, locale).length > 0
    ? html`<p class="also-unknown">${w('near_miss.also_unknown', {
        facts: missingLabels(result, locale).join(w('list_separator')),
      })}</p>`
    : null
}
</div>`,
      )
}
</section>

<section id="still-open"><h2>${w('section.still_open')}</h2>
${
  stillOpen.length === 0
    ? html`<p>${w('none.still_open')}</p>`
    : detailedOpen.map(
        ({ result, unknown }) => html`<div class="program open" data-program="${result.program}">
<h3>${programName(result.program, locale)}</h3>
<ul>${explainProgram(result, locale, clauseRef).reasons.map((r) => html`<li>${r}</li>`)}</ul>
<p>${e.recommendingUnit ? w('open.ask_unit', { unit: e.recommendingUnit }) : w('open.ask')}</p>
${cite(unknown.map((c) => c.clause))}
</div>`,
      )
}
${
  moreOpen.length > 0
    ? html`<h3>${w('section.still_open_more')}</h3><ul>${moreOpen.map(
        (o) =>
          html`<li data-program="${o.result.program}">${w('label_value', {
            label: programName(o.result.program, locale),
            value: w('open.missing', { facts: missingLabels(o.result, locale).join(w('list_separator')) }),
          })}</li>`,
      )}</ul>`
    : null
}
${
  unlikely.size > 0
    ? html`<p class="unlikely note">${w('unlikely.line', {
        programs: report.prospects.unlikely.map((p) => programName(p, locale)).join(w('list_separator')),
      })}</p>`
    : null
}
</section>

<section id="forms"><h2>${w('section.forms')}</h2>
${formIds.length === 0 ? html`<p>${w('none.forms')}</p>` : formIds.map((id) => formTable(locale, id, sources.formById(id)))}
</section>

${
  downloads.length > 0
    ? html`<section id="pack"><h2>${t(locale, 'pack.report.heading')}</h2><ul>${downloads.map(
        (d) =>
          html`<li data-program="${d.program}">${programName(d.program, locale)}：${d.links.map(
            (l) => html` <a href="${l.href}" download>${l.label}</a>`,
          )}</li>`,
      )}</ul></section>`
    : null
}

<section id="facts"><h2>${w('section.facts')}</h2>
<table><tbody>${Object.entries(report.profile).map(
    ([k, v]) =>
      html`<tr><th>${factLabel(k, locale)}</th><td>${v === undefined ? '' : formatValue(k, v, locale)}</td></tr>`,
  )}</tbody></table>
</section>
<footer>${w('footer')}</footer>`;
  return documentShell(locale, title, body);
}

/** The document around a page body: charset, viewport, the inlined stylesheet. Shared with the index and the worklist. */
export function documentShell(locale: Locale, title: string, body: SafeHtml, bodyClass?: string): string {
  return html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${trusted(PAGE_STYLE)}</style>
</head>
<body${bodyClass ? html` class="${bodyClass}"` : null}>
${body}
</body>
</html>
`.value;
}

type Quotes = (ids: readonly string[]) => SafeHtml;

/** How many prospects the page's first section lists. */
export const BEST_SHOWN = 3;

/**
 * The best prospects first: each with its possible amount ("如符合" when an upper bound), then the
 * planner's first questions in the dialog's own words, which would settle them.
 */
function bestProspects(report: EnterpriseReport, locale: Locale): SafeHtml {
  const w = (id: string) => reportWord(locale, id);
  const best = report.prospects.ranked.slice(0, BEST_SHOWN);
  const questions = report.prospects.questions;
  return html`<section id="best"><h2>${w('best.heading')}</h2>
${
  best.length === 0
    ? html`<p>${w('prospect.none')}</p>`
    : html`<ol class="prospects">${best.map(
        (p) =>
          html`<li data-program="${p.program}" data-kind="${p.kind}"><strong>${prospectLine(p, locale)}</strong></li>`,
      )}</ol>`
}
${
  questions.length > 0
    ? html`<p>${w('best.settle')}</p><ol class="questions">${questions.map(
        (q) =>
          html`<li data-question="${q.kind === 'fact' ? q.fact : 'gates'}">${questionText(q, locale)}<br><span class="note">${reportWord(
            locale,
            'prospect.question_settles',
            { programs: q.programs.map((p) => programName(p, locale)).join(w('list_separator')) },
          )}</span></li>`,
      )}</ol>`
    : null
}
${best.some((p) => p.kind === 'open') ? html`<p class="note">${w('best.upper_note')}</p>` : null}
${best.some((p) => p.kind === 'near_miss') ? html`<p class="note">${w('best.near_miss_note')}</p>` : null}
</section>`;
}

/** A qualifying program: the rules core's headline (amount), how it was computed and paid, then the clauses quoted. */
function qualifiedProgram(
  locale: Locale,
  result: ProgramResult,
  explained: ProgramExplanation,
  cite: Quotes,
): SafeHtml {
  const conditionClauses = result.trace.filter((c) => c.outcome === 'met').map((c) => c.clause);
  const paymentClause = 'clause' in result.payment ? result.payment.clause : null;
  return html`<div class="program qualified" data-program="${result.program}">
<h3>${programName(result.program, locale)}</h3>
<p class="amount">${withoutStatusMark(explained.headline)}</p>
<ul>${explained.notes.map((n) => html`<li>${n}</li>`)}</ul>
${cite([result.subsidyBasis.clause, ...(paymentClause ? [paymentClause] : [])])}
${conditionClauses.length > 0 ? html`<h4>${t(locale, 'report.program.conditions_met')}</h4>${cite(conditionClauses)}` : null}
</div>`;
}

/**
 * The headline without its leading status emoji: the page's section already says the status, and a
 * printer without an emoji font draws ✅ as a crossed box, which reads as the opposite.
 */
function withoutStatusMark(headline: string): string {
  return headline.replace(/^\p{Extended_Pictographic}\uFE0F?\s*/u, '');
}

/** A quoted clause longer than this is quoted without its sub-clauses: a heading's whole subtree is not one statement. */
const QUOTE_WITH_CHILDREN_MAX = 600;

/**
 * Each clause once, in order: its number as printed and its exact text. A clause with sub-points
 * (1.3.2.1 with ①–④) is quoted with them, since the condition is the whole list.
 */
function clauseQuotes(locale: Locale, sources: ReportSources, ids: readonly string[]): SafeHtml {
  return html`${[...new Set(ids)].map((id) => {
    const clause = sources.clauseById(id);
    if (!clause)
      return html`<div class="clause" data-clause="${id}"><span class="cite">${t(locale, 'report.clause.missing', { id })}</span></div>`;
    const full = clause.childIds.length > 0 ? sources.fullText(id) : undefined;
    const text = full !== undefined && full.length <= QUOTE_WITH_CHILDREN_MAX ? full : clause.text;
    return html`<div class="clause" data-clause="${id}"><span class="cite">${t(locale, 'report.clause.cite', {
      id,
      label: clause.label,
    })}</span><blockquote lang="zh-CN">${text}</blockquote></div>`;
  })}`;
}

/** "附件1-1" for "A1-1". */
function formNumber(locale: Locale, id: string): string {
  return t(locale, 'report.form.number', { number: id.replace(/^A/, '') });
}

/** A 绩效目标申报表 as an empty table: the header fields, then every indicator with an empty value cell. */
function formTable(locale: Locale, id: string, form: AttachmentForm | undefined): SafeHtml {
  const w = (key: string, view?: Record<string, unknown>) => reportWord(locale, key, view);
  if (!form)
    return html`<div class="form" data-form="${id}"><h3>${w('form.unavailable', { id: formNumber(locale, id) })}</h3></div>`;
  // Some forms (附件1-8, 1-17) split indicators by project type in an extra column.
  const typed = form.indicators.some((i) => i.projectType !== '');
  return html`<div class="form" data-form="${id}">
<h3>${formNumber(locale, id)} ${form.title}</h3>
<table class="form-header"><caption>${w('form.header_fields')}</caption><tbody>${form.headerFields.map(
    (f) => html`<tr><th>${f}</th><td class="fill"></td></tr>`,
  )}</tbody></table>
<table class="form-indicators"><caption>${form.indicatorsCaption}</caption><thead><tr>${typed ? html`<th>${w('form.project_type')}</th>` : null}<th>${w('form.level1')}</th><th>${w('form.level2')}</th><th>${w('form.level3')}</th><th>${form.valueCaption}</th></tr></thead>
<tbody>${form.indicators.map(
    (i) =>
      html`<tr>${typed ? html`<td>${i.projectType}</td>` : null}<td>${i.level1}</td><td>${i.level2}</td><td>${i.level3}</td><td class="fill">${i.valueHint}</td></tr>`,
  )}</tbody></table>
${form.notes.length > 0 ? html`<p class="note">${w('form.notes')}</p><ol class="note">${form.notes.map((n) => html`<li>${n}</li>`)}</ol>` : null}
</div>`;
}
