/**
 * The one stylesheet of report pages and the event index, inlined into every page so a page is a
 * single self-contained file: no external fonts, scripts or images. Printed on A4, Chinese fonts
 * are whatever the machine has (Noto Sans CJK on Debian, PingFang / YaHei elsewhere).
 *
 * Pure.
 */
export const PAGE_STYLE = `
:root { --ink: #1a1a1a; --muted: #555; --line: #c8c8c8; --ok: #1d6b3a; --warn: #8a5a00; --open: #2b4f8a; }
* { box-sizing: border-box; }
html { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: var(--ink); line-height: 1.6; font-size: 15px; }
body { margin: 0 auto; max-width: 210mm; padding: 12mm; }
h1 { font-size: 1.5rem; margin: 0 0 .2rem; }
h2 { font-size: 1.2rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin: 1.4rem 0 .6rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 .3rem; }
.guide { color: var(--muted); margin: 0 0 .8rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .4rem 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
.summary { font-size: 1.1rem; font-weight: bold; }
.note { color: var(--muted); font-size: .9rem; }
.program { break-inside: avoid-page; border-left: 4px solid var(--line); padding: .1rem 0 .3rem .8rem; margin: .8rem 0; }
.program.qualified { border-color: var(--ok); }
.program.near-miss { border-color: var(--warn); }
.program.open { border-color: var(--open); }
.amount { font-weight: bold; }
.clause { margin: .3rem 0 .5rem; }
.clause .cite { font-size: .85rem; color: var(--muted); }
.clause blockquote { margin: .1rem 0 0; padding: .2rem .6rem; border-left: 2px solid var(--line); font-size: .88rem;
  color: #333; white-space: pre-wrap; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: .92rem; }
th, td { border: 1px solid var(--ink); padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { background: #eee; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.fill { min-width: 8em; height: 1.9em; }
.form { break-before: auto; break-inside: avoid-page; }
figure.chart { margin: .6rem 0; }
figure.chart svg { width: 100%; height: auto; }
footer { margin-top: 1.6rem; border-top: 1px solid var(--line); padding-top: .4rem; color: var(--muted); font-size: .8rem; }
a { color: inherit; }
td.name { min-width: 8em; }
ul.prospects, ol.questions { margin: 0; padding-left: 1.2em; }
.kiosk-link { display: flex; gap: 1rem; align-items: center; border: 2px solid var(--open); padding: .5rem .8rem;
  margin: .6rem 0; break-inside: avoid; }
.kiosk-link .qr svg { width: 32mm; height: 32mm; display: block; }
.kiosk-link-title { font-weight: bold; font-size: 1.1rem; margin: 0; }
.kiosk-link .url { word-break: break-all; margin: 0; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { text-decoration: none; }
  .no-print { display: none !important; }
  h2 { break-after: avoid-page; }
  tr { break-inside: avoid; }
}
`;
