/**
 * The staff's worklist for the event day: one printable A4 page, big type, one line per enterprise in
 * the order to see them (`rankReports`), a box to tick, its best prospects with the possible amount
 * and the planner's first questions — the same questions the kiosk chat will ask. Kiosk links are not
 * drawn here: a QR code big enough to scan on every line pushed ten lines onto a second sheet, and the
 * code is on the enterprise's own page, which staff hand out; the intro says so when there are links.
 *
 * Pure.
 */
import type { Locale } from '../dialogs/types.ts';
import { documentShell } from './enterprise-page.ts';
import { html, trusted } from './html.ts';
import { PROSPECTS_ON_WORKLIST, rowCells } from './prospect-words.ts';
import { type ReportDigest, rankReports } from './report-model.ts';
import { reportWord } from './report-words.ts';

/** The worklist's file name, beside the index. */
export const WORKLIST_FILE = 'worklist.html';

/** What the worklist shows. */
export interface WorklistInput {
  readonly sheetName: string;
  readonly reports: readonly ReportDigest[];
  /** The page file of a report, relative to the worklist. */
  readonly pageOf: (report: ReportDigest) => string;
  /** The index, relative to the worklist. */
  readonly index: string;
}

/** Big type and A4 for the worklist: a tick box, the rows kept whole across pages. */
const WORKLIST_STYLE = `
body.worklist { font-size: 19px; }
.worklist table { font-size: 1em; table-layout: fixed; }
.worklist col.tick { width: 1.8em; }
.worklist col.rank { width: 1.9em; }
.worklist col.name { width: 19%; }
.worklist col.prospect { width: 29%; }
.worklist .box { display: inline-block; width: 1.1em; height: 1.1em; border: 2px solid var(--ink); }
.worklist ul.prospects { margin: 0; padding: 0; list-style: none; }
.worklist ol.questions { margin: 0; padding: 0; list-style: none; counter-reset: q; font-size: .92em; }
.worklist ol.questions li { display: inline; }
.worklist ol.questions li::before { counter-increment: q; content: counter(q) ". "; font-weight: bold; }
.worklist ol.questions li + li::before { content: "  " counter(q) ". "; white-space: pre; }
.worklist td.name { font-weight: bold; }
.worklist td.name .note { font-weight: normal; }
@media print {
  body.worklist { font-size: 13pt; line-height: 1.3; }
  .worklist th, .worklist td { padding: .1rem .25rem; }
  .worklist h1 { font-size: 1.25em; }
  .worklist table { margin: .2rem 0 0; }
  .worklist header p { margin: .2rem 0; }
  .worklist tr { break-inside: avoid; }
}
@page { size: A4; margin: 8mm 8mm; }
`;

/** A complete HTML document: the worklist. */
export function renderWorklistPage(input: WorklistInput, locale: Locale): string {
  const w = (id: string, view?: Record<string, unknown>) => reportWord(locale, id, view);
  const title = w('worklist.title');
  const body = html`<style>${trusted(WORKLIST_STYLE)}</style>
<div class="worklist">
<header><h1>${title}</h1>
<p class="note">${w('index.source', { sheet: input.sheetName })}</p>
<p>${w('worklist.intro')}${input.reports.some((r) => r.enterprise.kioskLink) ? w('worklist.kiosk_note') : ''}</p>
<p class="no-print"><a href="${input.index}">${w('worklist.back')}</a></p></header>
<table><colgroup><col class="tick"><col class="rank"><col class="name"><col class="prospect"><col></colgroup>
<thead><tr><th>${w('worklist.col_done')}</th><th class="num">${w('index.col_rank')}</th><th>${w('worklist.col_enterprise')}</th><th>${w('worklist.col_prospect')}</th><th>${w('worklist.col_questions')}</th></tr></thead>
<tbody>${rankReports(input.reports).map((r, i) => {
    const cells = rowCells(r, locale, PROSPECTS_ON_WORKLIST);
    const e = r.enterprise;
    return html`<tr data-row="${e.rowNumber ?? ''}"><td class="tick"><span class="box"></span></td><td class="num">${i + 1}</td><td class="name"><a href="${input.pageOf(r)}">${e.name}</a>${
      e.rowNumber === null
        ? null
        : html`<div class="note">${w('label_value', { label: w('field.row'), value: String(e.rowNumber) })}</div>`
    }</td><td>${cells.prospects}</td><td>${cells.questions}</td></tr>`;
  })}</tbody></table>
</div>`;
  return documentShell(locale, title, body, 'worklist');
}
