/**
 * A plain SVG bar chart for the event index: one row per program, two stacked bars — enterprises
 * (qualified, near miss, still open) and the summed possible amounts of the same three — each scaled
 * to its own largest total. Drawn here rather than by a charting package so the page needs no script
 * and no network; labels go through `html` (escaped).
 *
 * Pure.
 */
import { html, type SafeHtml } from './html.ts';

/** The three stacked parts of a bar, in the order drawn (left to right). */
export const SERIES = ['qualified', 'near_miss', 'open'] as const;

/** One stack: a value per series. */
export type Stack = Readonly<Record<(typeof SERIES)[number], number>>;

/** One row of the chart. */
export interface BarRow {
  readonly label: string;
  readonly counts: Stack;
  readonly amounts: Stack;
}

/** Captions of the two bars and the three series, and how to print an amount. */
export interface BarChartText {
  readonly title: string;
  readonly countCaption: string;
  readonly amountCaption: string;
  readonly series: Readonly<Record<(typeof SERIES)[number], string>>;
  readonly formatAmount: (n: number) => string;
}

const COLOURS: Readonly<Record<(typeof SERIES)[number], string>> = {
  qualified: '#1d6b3a',
  near_miss: '#c08a1e',
  open: '#8fa9d6',
};

const ROW = 26;
const LABEL_W = 300;
const BAR_W = 220;
const GAP = 80;
const TOP = 70;

const total = (s: Stack) => s.qualified + s.near_miss + s.open;

/** One stacked bar at x: a rect per non-zero part (class `bar-<series>`, its value in `data-value`), then the total. */
function stack(s: Stack, x: number, y: number, scale: number, kind: string, label: (n: number) => string): SafeHtml {
  let at = x;
  const parts = SERIES.filter((k) => s[k] > 0).map((k) => {
    const w = s[k] * scale;
    const part = html`<rect class="bar-${kind} bar-${k}" data-value="${s[k]}" x="${at.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="16" fill="${COLOURS[k]}"/>`;
    at += w;
    return part;
  });
  return html`${parts}<text x="${(at + 4).toFixed(1)}" y="${y + 16}" font-size="12">${label(total(s))}</text>`;
}

/** The chart as an inline `<svg>` with a `<title>` for screen readers and a legend of the three series. */
export function barChart(rows: readonly BarRow[], text: BarChartText): SafeHtml {
  const width = LABEL_W + 2 * BAR_W + 2 * GAP;
  const height = TOP + rows.length * ROW + 10;
  const countScale = BAR_W / Math.max(1, ...rows.map((r) => total(r.counts)));
  const amountScale = BAR_W / Math.max(1, ...rows.map((r) => total(r.amounts)));
  const countX = LABEL_W;
  const amountX = LABEL_W + BAR_W + GAP;
  const legend = SERIES.map(
    (k, i) => html`<rect x="${countX + i * 150}" y="6" width="14" height="14" fill="${COLOURS[k]}"/>
<text x="${countX + i * 150 + 20}" y="18" font-size="12">${text.series[k]}</text>`,
  );
  const bars = rows.map((r, i) => {
    const y = TOP + i * ROW;
    return html`<g class="bar-row">
<text x="${LABEL_W - 8}" y="${y + 16}" text-anchor="end" font-size="13">${r.label}</text>
${stack(r.counts, countX, y, countScale, 'count', String)}
${stack(r.amounts, amountX, y, amountScale, 'amount', text.formatAmount)}
</g>`;
  });
  return html`<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="sans-serif">
<title>${text.title}</title>
${legend}
<text x="${countX}" y="${TOP - 14}" font-size="13" font-weight="bold">${text.countCaption}</text>
<text x="${amountX}" y="${TOP - 14}" font-size="13" font-weight="bold">${text.amountCaption}</text>
<line x1="${countX}" y1="${TOP}" x2="${countX}" y2="${height - 6}" stroke="#888"/>
<line x1="${amountX}" y1="${TOP}" x2="${amountX}" y2="${height - 6}" stroke="#888"/>
${bars}
</svg>`;
}
