/**
 * A plain SVG bar chart for the event index: one row per program, two bars (enterprises that
 * qualify, and the summed estimated maximum), each scaled to its own largest value. Drawn here
 * rather than by a charting package so the page needs no script and no network; labels are
 * escaped user-independent text (program names) but go through `html` anyway.
 *
 * Pure.
 */
import { html, type SafeHtml } from './html.ts';

/** One row of the chart. */
export interface BarRow {
  readonly label: string;
  readonly count: number;
  readonly amount: number;
}

/** Captions of the two series and how to print an amount. */
export interface BarChartText {
  readonly title: string;
  readonly countCaption: string;
  readonly amountCaption: string;
  readonly formatAmount: (n: number) => string;
}

const ROW = 26;
const LABEL_W = 300;
const BAR_W = 220;
const GAP = 70;
const TOP = 48;

/** The chart as an inline `<svg>` with a `<title>` for screen readers. */
export function barChart(rows: readonly BarRow[], text: BarChartText): SafeHtml {
  const width = LABEL_W + 2 * BAR_W + 2 * GAP;
  const height = TOP + rows.length * ROW + 10;
  const maxCount = Math.max(1, ...rows.map((r) => r.count));
  const maxAmount = Math.max(1, ...rows.map((r) => r.amount));
  const countX = LABEL_W;
  const amountX = LABEL_W + BAR_W + GAP;
  const bars = rows.map((r, i) => {
    const y = TOP + i * ROW;
    const cw = (r.count / maxCount) * BAR_W;
    const aw = (r.amount / maxAmount) * BAR_W;
    return html`<g class="bar-row">
<text x="${LABEL_W - 8}" y="${y + 16}" text-anchor="end" font-size="13">${r.label}</text>
<rect class="bar-count" x="${countX}" y="${y + 4}" width="${cw.toFixed(1)}" height="16" fill="#1d6b3a"/>
<text x="${countX + cw + 4}" y="${y + 16}" font-size="12">${r.count}</text>
<rect class="bar-amount" x="${amountX}" y="${y + 4}" width="${aw.toFixed(1)}" height="16" fill="#2b4f8a"/>
<text x="${amountX + aw + 4}" y="${y + 16}" font-size="12">${text.formatAmount(r.amount)}</text>
</g>`;
  });
  return html`<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="sans-serif">
<title>${text.title}</title>
<text x="${countX}" y="${TOP - 14}" font-size="13" font-weight="bold">${text.countCaption}</text>
<text x="${amountX}" y="${TOP - 14}" font-size="13" font-weight="bold">${text.amountCaption}</text>
<line x1="${countX}" y1="${TOP}" x2="${countX}" y2="${height - 6}" stroke="#888"/>
<line x1="${amountX}" y1="${TOP}" x2="${amountX}" y2="${height - 6}" stroke="#888"/>
${bars}
</svg>`;
}
