/**
 * How many cases a fast-check property tries: its usual count times `FC_SCALE` (default 1).
 * Seeds are random on every run, so CI keeps searching; to search harder before a push:
 * `FC_SCALE=50 npx vitest run --testTimeout=0 test/dialogs/property.test.ts`. A failure prints its seed and
 * counterexample; add the counterexample to the property's `examples` once it is fixed.
 */
export function propertyRuns(usual: number): number {
  const scale = Number(process.env.FC_SCALE ?? 1);
  return Math.max(1, Math.round(usual * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
