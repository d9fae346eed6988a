/**
 * The event index: how many enterprises qualify for each program, nearly qualify or may, the total
 * estimated and possible subsidy, a stacked chart of both, every enterprise in the order to see them
 * (with its best prospects and the planner's first questions) linked to its page, the staff worklist
 * linked, and the sheet cells that could not be read.
 *
 * Pure.
 */
import type { Locale } from '../dialogs/types.ts';
import { programName } from '../rules/explain.ts';
import { barChart } from './bar-chart.ts';
import { documentShell } from './enterprise-page.ts';
import { html } from './html.ts';
import { unfinishedMark } from './kiosk-notes.ts';
import { PROSPECTS_ON_INDEX, rowCells } from './prospect-words.ts';
import { possibleOf, type ReportDigest, rankReports, tallyPrograms } from './report-model.ts';
import { formatNumber, reportWord } from './report-words.ts';
import type { SheetProblem } from './sheet-rows.ts';

/** What the index shows besides the reports. */
export interface IndexInput {
  /** The sheet's file name, as staff named it. */
  readonly sheetName: string;
  readonly reports: readonly ReportDigest[];
  readonly problems: readonly SheetProblem[];
  /** The page file of a report, relative to the index. */
  readonly pageOf: (report: ReportDigest) => string;
  /** The staff worklist beside the index (`worklist.html`), linked when given. */
  readonly worklist?: string;
}

/** A complete HTML document for the event index. */
export function renderIndexPage(input: IndexInput, locale: Locale): string {
  const w = (id: string, view?: Record<string, unknown>) => reportWord(locale, id, view);
  const tallies = tallyPrograms(input.reports);
  const total = tallies.reduce((s, x) => s + x.totalMaxWan, 0);
  const qualifying = input.reports.filter((r) => r.qualified.length > 0).length;
  const withProspects = input.reports.filter((r) => r.prospects.ranked.length > 0).length;
  const possible = input.reports.reduce((s, r) => s + r.prospects.possibleWan, 0);
  // Every program with any prospect: qualified, near miss, or still open and not folded as unlikely.
  const charted = tallies.filter((x) => x.qualified + x.nearMiss + x.openProspects > 0);
  const listed = tallies.filter((x) => x.qualified + x.nearMiss + x.stillOpen > 0);
  const ranked = rankReports(input.reports);
  const title = w('index.title');
  const body = html`<header>
<h1>${title}</h1>
<p class="guide">${w('guide_name')}</p>
<p>${w('index.source', { sheet: input.sheetName })}</p>
</header>
<p class="summary">${w('index.summary', {
    enterprises: input.reports.length,
    qualifying,
    amount: formatNumber(total),
  })}${withProspects > 0 ? w('index.summary_prospects', { prospects: withProspects, possible: formatNumber(possible) }) : ''}</p>
${input.worklist ? html`<p class="no-print"><a class="worklist-link" href="${input.worklist}">${w('index.worklist_link')}</a></p>` : null}
${input.problems.length > 0 ? html`<p class="note"><a href="#problems">${w('index.problems_count', { count: input.problems.length })}</a></p>` : null}
<figure class="chart">
${
  charted.length === 0
    ? html`<p>${w('chart.empty')}</p>`
    : barChart(
        charted.map((x) => ({
          label: programName(x.program, locale),
          counts: { qualified: x.qualified, near_miss: x.nearMiss, open: x.openProspects },
          amounts: { qualified: x.totalMaxWan, near_miss: x.nearMissPossibleWan, open: x.openPossibleWan },
        })),
        {
          title: w('chart.title'),
          countCaption: w('chart.count'),
          amountCaption: w('chart.amount'),
          series: { qualified: w('chart.qualified'), near_miss: w('chart.near_miss'), open: w('chart.open') },
          formatAmount: formatNumber,
        },
      )
}
<figcaption class="note">${w('chart.title')}</figcaption>
</figure>

<section id="programs"><h2>${w('index.programs')}</h2>
<table><thead><tr><th>${w('index.col_program')}</th><th class="num">${w('index.col_qualified')}</th><th class="num">${w('index.col_near_miss')}</th><th class="num">${w('index.col_still_open')}</th><th class="num">${w('index.col_open_prospects')}</th><th class="num">${w('index.col_amount')}</th><th class="num">${w('index.col_possible')}</th></tr></thead>
<tbody>${listed.map(
    (x) =>
      html`<tr data-program="${x.program}"><td>${programName(x.program, locale)}</td><td class="num">${x.qualified}</td><td class="num">${x.nearMiss}</td><td class="num">${x.stillOpen}</td><td class="num">${x.openProspects}</td><td class="num">${formatNumber(x.totalMaxWan)}</td><td class="num">${formatNumber(possibleOf(x))}</td></tr>`,
  )}</tbody></table>
</section>

<section id="enterprises"><h2>${w('index.enterprises')}</h2>
<table><thead><tr><th class="num">${w('index.col_rank')}</th><th class="num">${w('index.col_row')}</th><th>${w('index.col_name')}</th><th>${w('index.col_programs')}</th><th class="num">${w('index.col_amount')}</th><th>${w('index.col_prospects')}</th><th>${w('index.col_questions')}</th><th class="num">${w('index.col_possible')}</th></tr></thead>
<tbody>${ranked.map((r, i) => {
    const cells = rowCells(r, locale, PROSPECTS_ON_INDEX);
    return html`<tr data-row="${r.enterprise.rowNumber ?? ''}"><td class="num">${i + 1}</td><td class="num">${r.enterprise.rowNumber ?? ''}</td><td class="name"><a href="${input.pageOf(r)}">${r.enterprise.name}</a>${unfinishedMark(r.enterprise, locale)}${r.enterprise.location ? html`<div class="note">${r.enterprise.location}</div>` : null}</td><td>${r.qualified
      .map((q) => programName(q.program, locale))
      .join(
        w('list_separator'),
      )}</td><td class="num">${formatNumber(r.totalMaxWan)}</td><td>${cells.prospects}</td><td>${cells.questions}</td><td class="num">${formatNumber(r.prospects.possibleWan)}</td></tr>`;
  })}</tbody></table>
</section>
${
  input.problems.length > 0
    ? html`<section id="problems"><h2>${w('index.problems')}</h2>
<table><thead><tr><th class="num">${w('index.col_row')}</th><th>${w('index.col_column')}</th><th>${w('index.col_value')}</th><th>${w('index.col_reason')}</th></tr></thead>
<tbody>${input.problems.map(
        (p) =>
          html`<tr data-code="${p.code}"><td class="num">${p.rowNumber}</td><td>${p.column}</td><td>${p.value}</td><td>${w(`problem.${p.code}`)}</td></tr>`,
      )}</tbody></table></section>`
    : null
}
<footer>${w('footer')}</footer>`;
  return documentShell(locale, title, body);
}
