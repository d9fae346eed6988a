/**
 * What one enterprise's report says, as data: the programs it qualifies for, the near misses and
 * what exactly is short, the programs still open and which facts would settle them. Pages, the
 * event index and the `--json` summary are all drawn from this one model.
 *
 * Pure.
 */
import { isNearMiss } from '../dialogs/verdict.ts';
import type { ProgramId } from '../knowledge/program-catalogue.ts';
import type { FactKey } from '../rules/facts.ts';
import type { ConditionTrace, ContractResult, Profile, ProgramResult } from '../rules/types.ts';
import { compareStakes, type PlannedQuestion, type Prospect, type Prospects, prospectsOf } from './prospects.ts';
import { type AssumedFact, statedProfile } from './sheet-rows.ts';

/** Who the report is about (from the sheet, or the kiosk's anonymous visitor). */
export interface EnterpriseInfo {
  readonly name: string;
  readonly creditCode: string | null;
  readonly location: string | null;
  readonly recommendingUnit: string | null;
  /** The sheet's row number; null for a kiosk dialog. */
  readonly rowNumber: number | null;
  /** Facts assumed rather than stated (shown as notes on the page). */
  readonly assumed: readonly AssumedFact[];
  /**
   * A one-time link into the kiosk chat with this enterprise's sheet facts filled in, and its QR code
   * (made by the kiosk's token store, issue 11 part B). Shown on the page and the worklist row when present.
   */
  readonly kioskLink?: KioskLink;
  /** Why a report that makes kiosk links has none for this page (said on the page); absent otherwise. */
  readonly kioskLinkMissing?: KioskLinkMissing;
  /** A kiosk dialog's own facts (the day's kiosk report, issue 11); absent for a sheet row. */
  readonly visit?: KioskVisitInfo;
}

/** Why no kiosk link could be made: no kiosk address (KIOSK_PUBLIC_URL / --kiosk-url), or its store unreachable. */
export type KioskLinkMissing = 'no_kiosk_url' | 'store_unavailable';

/** What the kiosk report says of a dialog besides its facts. */
export interface KioskVisitInfo {
  /** Its number in the kiosk report (pages are `pages/kiosk-NNNN.html`), by last activity. */
  readonly number: number;
  /** The contact the visitor chose to give, or null. */
  readonly contact: string | null;
  /** Whether the dialog reached its verdict (`verdictShown`); an abandoned one is marked "对话未完成". */
  readonly finished: boolean;
  /** ISO 8601 instant of its last stored turn. */
  readonly lastActive: string;
}

/** A kiosk link for one enterprise: the URL with its one-time token, the URL as an SVG QR code, and when it expires. */
export interface KioskLink {
  readonly url: string;
  /** Trusted markup made by the qrcode package from `url`, inlined as is. */
  readonly qrSvg: string;
  /** ISO 8601 instant after which the token no longer opens the kiosk. */
  readonly expiresAt: string;
}

/** A program whose every condition is met. */
export interface Qualified {
  readonly result: ProgramResult;
}

/** An ineligible program that fails on one figure or date only (the dialog's `isNearMiss`), with that condition. */
export interface NearMiss {
  readonly result: ProgramResult;
  readonly unmet: readonly ConditionTrace[];
}

/** A program that nothing rules out yet: the facts that would settle it. */
export interface StillOpen {
  readonly result: ProgramResult;
  readonly unknown: readonly ConditionTrace[];
  readonly missing: readonly FactKey[];
}

/** One enterprise's report. */
export interface EnterpriseReport {
  readonly enterprise: EnterpriseInfo;
  readonly profile: Profile;
  readonly results: readonly ProgramResult[];
  readonly qualified: readonly Qualified[];
  readonly nearMisses: readonly NearMiss[];
  /** Ordered by how few facts are missing: the cheapest to settle first. */
  readonly stillOpen: readonly StillOpen[];
  /** Sum of the estimated maxima of the qualified programs (万元); programs without an amount add nothing. */
  readonly totalMaxWan: number;
  /** Best prospects with possible amounts, programs folded as unlikely, and the planner's first questions. */
  readonly prospects: Prospects;
}

/** Builds the report model from the evaluator's results. */
export function buildEnterpriseReport(
  enterprise: EnterpriseInfo,
  profile: Profile,
  results: readonly ProgramResult[],
): EnterpriseReport {
  const qualified: Qualified[] = [];
  const nearMisses: NearMiss[] = [];
  const stillOpen: StillOpen[] = [];
  for (const result of results) {
    if (result.status === 'eligible') qualified.push({ result });
    else if (result.status === 'needs_info') {
      stillOpen.push({
        result,
        unknown: result.trace.filter((c) => c.outcome === 'unknown'),
        missing: result.missing,
      });
    } else if (isNearMiss(result)) {
      // The same test as the dialog's verdict, so a kiosk visitor's printed page lists what the chat said.
      nearMisses.push({ result, unmet: result.trace.filter((c) => c.outcome === 'unmet') });
    }
  }
  stillOpen.sort((a, b) => a.missing.length - b.missing.length);
  const totalMaxWan = qualified.reduce((sum, q) => sum + (q.result.maxSubsidyWan ?? 0), 0);
  // The questions are planned on what the row states, the profile its kiosk link pre-fills.
  const asked = statedProfile(profile, enterprise.assumed);
  const prospects = prospectsOf(profile, results, new Set(nearMisses.map((n) => n.result.program)), asked);
  return { enterprise, profile, results, qualified, nearMisses, stillOpen, totalMaxWan, prospects };
}

/**
 * What the event index and the `--json` summary keep of one report: program ids, amounts and the
 * contract results, not the traces. A 2,000-row sheet is then rendered page by page without holding
 * every evaluation in memory.
 */
export interface ReportDigest {
  readonly enterprise: EnterpriseInfo;
  /** Every program evaluated, in the evaluator's order. */
  readonly programs: readonly ProgramId[];
  readonly qualified: readonly { readonly program: ProgramId; readonly maxSubsidyWan: number | null }[];
  readonly nearMiss: readonly ProgramId[];
  readonly stillOpen: readonly ProgramId[];
  readonly totalMaxWan: number;
  readonly contract: readonly ContractResult[];
  readonly prospects: Prospects;
}

/** The digest of a report. */
export function digestReport(
  report: EnterpriseReport,
  toContract: (results: readonly ProgramResult[]) => ContractResult[],
): ReportDigest {
  return {
    enterprise: report.enterprise,
    programs: report.results.map((r) => r.program),
    qualified: report.qualified.map((q) => ({ program: q.result.program, maxSubsidyWan: q.result.maxSubsidyWan })),
    nearMiss: report.nearMisses.map((n) => n.result.program),
    stillOpen: report.stillOpen.map((o) => o.result.program),
    totalMaxWan: report.totalMaxWan,
    contract: toContract(report.results),
    prospects: report.prospects,
  };
}

/**
 * Per program across an event: how many enterprises qualify, nearly qualify or are still open, and the
 * sum of maxima; and among its prospects (unlikely programs left out) the count and possible amounts per tier.
 */
export interface ProgramTally {
  readonly program: ProgramId;
  readonly qualified: number;
  readonly nearMiss: number;
  readonly stillOpen: number;
  readonly totalMaxWan: number;
  /** Enterprises for which it is a prospect still open (not folded as unlikely). */
  readonly openProspects: number;
  /** Possible amounts summed (万元, upper bounds): of near misses, and of the still-open prospects. */
  readonly nearMissPossibleWan: number;
  readonly openPossibleWan: number;
}

/** Counts and amounts per tier, for the stacked chart. */
const emptyTally = () => ({
  qualified: 0,
  nearMiss: 0,
  stillOpen: 0,
  totalMaxWan: 0,
  openProspects: 0,
  nearMissPossibleWan: 0,
  openPossibleWan: 0,
});

/** Tallies the reports per program, in the order the programs appear in the results. */
export function tallyPrograms(digests: readonly ReportDigest[]): ProgramTally[] {
  const tallies = new Map<ProgramId, ReturnType<typeof emptyTally>>();
  const entry = (program: ProgramId) => {
    let t = tallies.get(program);
    if (!t) {
      t = emptyTally();
      tallies.set(program, t);
    }
    return t;
  };
  for (const d of digests) {
    for (const program of d.programs) entry(program);
    for (const q of d.qualified) {
      const t = entry(q.program);
      t.qualified++;
      t.totalMaxWan += q.maxSubsidyWan ?? 0;
    }
    for (const program of d.nearMiss) entry(program).nearMiss++;
    for (const program of d.stillOpen) entry(program).stillOpen++;
    for (const p of d.prospects.ranked) {
      const t = entry(p.program);
      if (p.kind === 'near_miss') t.nearMissPossibleWan += p.possibleWan ?? 0;
      else if (p.kind === 'open') {
        t.openProspects++;
        t.openPossibleWan += p.possibleWan ?? 0;
      }
    }
  }
  return [...tallies].map(([program, t]) => ({ program, ...t }));
}
/** One enterprise in the `--json` summary. */
export interface EnterpriseSummary {
  row: number | null;
  name: string;
  credit_code: string | null;
  location: string | null;
  page: string;
  qualified: ProgramId[];
  near_miss: ProgramId[];
  total_max_subsidy_wan: number;
  results: ContractResult[];
  /** 1 for the enterprise to see first (the index's and the worklist's order). */
  rank: number;
  /** Best first; unlikely programs left out. */
  prospects: {
    program: ProgramId;
    kind: Prospect['kind'];
    tier: Prospect['tier'];
    possible_max_wan: number | null;
    missing: number;
  }[];
  /** Sum of the prospects' possible amounts (万元, upper bounds). */
  possible_max_wan: number;
  /** Still-open programs folded as very unlikely on the page. */
  unlikely: ProgramId[];
  /** The planner's first questions: a fact key, or the family gates asked together. */
  questions: ({ fact: string } | { gates: string[] })[];
  /** A kiosk dialog's (`--kiosk`): the contact given, whether the verdict was reached, its last activity. */
  kiosk?: { contact: string | null; finished: boolean; last_active: string };
}

/** The `--json` summary shape for the bureau's own systems. */
export interface EventSummary {
  enterprises: EnterpriseSummary[];
  programs: {
    program: ProgramId;
    qualified: number;
    near_miss: number;
    needs_info: number;
    total_max_subsidy_wan: number;
    /** Enterprises for which it is a still-open prospect (unlikely ones left out). */
    open_prospects: number;
    /** Possible amounts summed over qualified, near misses and still-open prospects (万元, upper bounds). */
    possible_max_wan: number;
  }[];
  total_max_subsidy_wan: number;
  /** Enterprises with any prospect (qualified, near miss or still open and not unlikely). */
  with_prospects: number;
  /** Sum of every enterprise's possible amounts (万元, upper bounds). */
  possible_max_wan: number;
  problems: { row: number; column: string; value: string; code: string }[];
}

/** Builds the `--json` summary. `pageOf` names each report's page file (relative to the index). */
export function summarizeEvent(
  digests: readonly ReportDigest[],
  problems: readonly { rowNumber: number; column: string; value: string; code: string }[],
  pageOf: (digest: ReportDigest) => string,
): EventSummary {
  const tallies = tallyPrograms(digests);
  const rankOf = new Map(rankReports(digests).map((r, i) => [r, i + 1] as const));
  return {
    enterprises: digests.map((r) => ({
      row: r.enterprise.rowNumber,
      name: r.enterprise.name,
      credit_code: r.enterprise.creditCode,
      location: r.enterprise.location,
      page: pageOf(r),
      qualified: r.qualified.map((q) => q.program),
      near_miss: [...r.nearMiss],
      total_max_subsidy_wan: roundWan(r.totalMaxWan),
      results: [...r.contract],
      rank: rankOf.get(r) ?? 0,
      prospects: r.prospects.ranked.map((p) => ({
        program: p.program,
        kind: p.kind,
        tier: p.tier,
        possible_max_wan: p.possibleWan === null ? null : roundWan(p.possibleWan),
        missing: p.missing,
      })),
      possible_max_wan: roundWan(r.prospects.possibleWan),
      unlikely: [...r.prospects.unlikely],
      questions: r.prospects.questions.map(questionJson),
      ...(r.enterprise.visit
        ? {
            kiosk: {
              contact: r.enterprise.visit.contact,
              finished: r.enterprise.visit.finished,
              last_active: r.enterprise.visit.lastActive,
            },
          }
        : {}),
    })),
    programs: tallies.map((t) => ({
      program: t.program,
      qualified: t.qualified,
      near_miss: t.nearMiss,
      needs_info: t.stillOpen,
      total_max_subsidy_wan: roundWan(t.totalMaxWan),
      open_prospects: t.openProspects,
      possible_max_wan: roundWan(possibleOf(t)),
    })),
    total_max_subsidy_wan: roundWan(tallies.reduce((s, t) => s + t.totalMaxWan, 0)),
    with_prospects: digests.filter((d) => d.prospects.ranked.length > 0).length,
    possible_max_wan: roundWan(digests.reduce((s, d) => s + d.prospects.possibleWan, 0)),
    problems: problems.map((p) => ({ row: p.rowNumber, column: p.column, value: p.value, code: p.code })),
  };
}

/** 万元 to two decimals: the guide's amounts are whole 万, computed ones (10 % of …) need no more. */
export function roundWan(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A program's possible amounts across the event: qualified maxima, near misses and still-open prospects. */
export function possibleOf(t: ProgramTally): number {
  return t.totalMaxWan + t.nearMissPossibleWan + t.openPossibleWan;
}

function questionJson(q: PlannedQuestion): { fact: string } | { gates: string[] } {
  return q.kind === 'fact' ? { fact: q.fact } : { gates: [...q.facts] };
}

/**
 * The enterprises in the order to see them: by what is likely at stake, tier by tier (qualified
 * amounts, then near misses, then still-open prospects by possible amount per answer still needed,
 * those behind a family gate last); then by sheet row, so equal stakes keep the sheet's order.
 */
export function rankReports<T extends { readonly enterprise: EnterpriseInfo; readonly prospects: Prospects }>(
  reports: readonly T[],
): T[] {
  return [...reports].sort(
    (a, b) =>
      compareStakes(a.prospects.stake, b.prospects.stake) ||
      (a.enterprise.rowNumber ?? 0) - (b.enterprise.rowNumber ?? 0),
  );
}
