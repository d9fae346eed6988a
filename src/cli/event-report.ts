/**
 * Sign-up sheet file in, report files out: the work of `npm run report`, shared with the benchmark
 * so the figures measure exactly what staff run. Writes `index.html`, the staff `worklist.html`, one `pages/row-NNNN.html` per
 * enterprise with its application pack beside it in `pages/row-NNNN/` (a pre-filled form and a
 * checklist for each program the page shows as qualified or still open, linked from the page) and,
 * when asked, `summary.json`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Locale } from '../dialogs/types.ts';
import type { ProgramId } from '../knowledge/program-catalogue.ts';
import { renderEnterprisePage } from '../outreach/enterprise-page.ts';
import { renderIndexPage } from '../outreach/index-page.ts';
import type { EnterpriseInfo, EnterpriseReport } from '../outreach/report-model.ts';
import {
  buildEnterpriseReport,
  digestReport,
  type EventSummary,
  type ReportDigest,
  summarizeEvent,
} from '../outreach/report-model.ts';
import type { SheetProblem, SheetReading } from '../outreach/sheet-rows.ts';
import { readSheetRows } from '../outreach/sheet-rows.ts';
import type { ReportSources } from '../outreach/sources.ts';
import { renderWorklistPage, WORKLIST_FILE } from '../outreach/worklist-page.ts';
import { programPack } from '../pack/pack.ts';
import { type ProgramDownloads, packLinks } from '../pack/pack-links.ts';
import type { Profile } from '../rules/types.ts';
import type { KioskLinks } from './kiosk-links.ts';
import { readSheetFile } from './read-sheet.ts';
import { CSV_FILE, csvRow, csvText } from './report-csv.ts';

/** What to write, whatever the entries come from. */
export interface ReportWriteOptions {
  readonly outDir: string;
  readonly locale: Locale;
  readonly sources: ReportSources;
  readonly writeSummary: boolean;
  /** Write each page's application pack beside it (default); `--no-pack` leaves it out for speed. */
  readonly writePack?: boolean;
  /** Called after each page is written. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Also write `report.csv` (one row per enterprise: facts and statuses, `report-csv.ts`). */
  readonly writeCsv?: boolean;
}

/** What to run for a sign-up sheet. */
export interface EventReportOptions extends ReportWriteOptions {
  readonly sheetPath: string;
  /** The one-time kiosk links to put on each page (`kiosk-links.ts`); none when absent. */
  readonly kioskLinks?: KioskLinks;
}

/** One enterprise to report on: who (as its page shows it) and what is known of it. */
export type ReportEntry = EnterpriseInfo & { readonly profile: Profile };

/** What a run produced. */
export interface EventReportOutcome {
  readonly reading: SheetReading;
  readonly reports: readonly ReportDigest[];
  readonly indexPath: string;
  readonly summary: EventSummary;
  /** The CSV written (`--csv`), or null. */
  readonly csvPath: string | null;
}

/** Page writes overlapped at once (libuv's pool has 4 threads; more only queues). */
const WRITES_IN_FLIGHT = 16;

/** What names a page: the sheet row, or the kiosk dialog's number. */
type PageOwner = { readonly enterprise: Pick<EnterpriseInfo, 'rowNumber' | 'visit'> };

/**
 * The page file of a report, relative to the index: by sheet row, which staff can find again; a kiosk
 * dialog (no row) by its number in the kiosk report.
 */
export function pageFile(report: PageOwner): string {
  const { rowNumber, visit } = report.enterprise;
  if (rowNumber === null && visit) return `pages/kiosk-${String(visit.number).padStart(4, '0')}.html`;
  return `pages/row-${String(rowNumber ?? 0).padStart(4, '0')}.html`;
}

/** The folder of a page's pack, beside the page: "pages/row-0007". */
export function packDir(report: PageOwner): string {
  return pageFile(report).replace(/\.html$/u, '');
}

/**
 * The programs of a page's pack: every one it qualifies for, and every still-open one it is a prospect
 * for without an unanswered family question (not `gated`, not folded as unlikely: see
 * `src/outreach/prospects.ts`). A pre-filled 并购 form for a plant nobody asked about 并购 is paper
 * nobody reads, and on a sparse sheet such forms were most of the run's files; the kiosk offers the
 * forms of whatever the chat settles.
 */
export function pagePackPrograms(report: EnterpriseReport): ProgramId[] {
  const open = new Set(
    report.prospects.ranked.filter((p) => p.kind === 'open' && p.tier === 'open').map((p) => p.program),
  );
  return [
    ...report.qualified.map((q) => q.result.program),
    ...report.stillOpen.map((o) => o.result.program).filter((p) => open.has(p)),
  ];
}

/**
 * Starts writing a page's pack into its folder; returns the page's links to it (relative to the page)
 * and the write, overlapped with the page writes. Once a 2,000-row sheet made some 33,000 pack files and
 * writing them synchronously saved CPU; with the pack kept to a page's likely programs (about 2,500
 * files) the disk is what costs — on the shared machine's disk an empty file takes 1–2 ms, so files
 * written one after another held up the whole run (bench/report-bench.ts, sparse sheet: 13 s → see docs).
 */
function writePagePack(
  report: EnterpriseReport,
  outDir: string,
  locale: Locale,
): { downloads: ProgramDownloads[]; written: Promise<unknown> } {
  const programs = pagePackPrograms(report);
  if (programs.length === 0) return { downloads: [], written: Promise.resolve() };
  const dir = packDir(report);
  const enterprise = {
    name: report.enterprise.name,
    projectName: null,
    recommendingUnit: report.enterprise.recommendingUnit,
  };
  const files = programs.flatMap((program) => programPack(program, report.profile, enterprise, locale));
  const written = mkdir(join(outDir, dir), { recursive: true }).then(() =>
    Promise.all(files.map((f) => writeFile(join(outDir, dir, f.fileName), f.bytes))),
  );
  const folder = dir.replace(/^pages\//u, '');
  return { downloads: packLinks(programs, report.profile, locale, (fileName) => `${folder}/${fileName}`), written };
}

/** Reads the sheet, evaluates every readable row, and writes the pages, the index and the summary. */
export async function writeEventReport(options: EventReportOptions): Promise<EventReportOutcome> {
  const reading = readSheetRows(await readSheetFile(options.sheetPath));
  const links = options.kioskLinks;
  const missing = links?.missing ? { kioskLinkMissing: links.missing } : {};
  // A sheet entry is the enterprise info the page shows, plus its profile; with links, plus its kiosk link.
  const entries = links
    ? withLinks(reading.entries, async (entry) => {
        const kioskLink = await links.linkFor(entry);
        return { ...entry, ...missing, ...(kioskLink ? { kioskLink } : {}) };
      })
    : reading.entries;
  const written = await writeReports(
    entries,
    reading.entries.length,
    reading.problems,
    basename(options.sheetPath),
    options,
  );
  return { reading, ...written };
}

/** The entries with their links, made one at a time as the pages are written. */
async function* withLinks<T>(entries: readonly T[], link: (entry: T) => Promise<T>): AsyncIterable<T> {
  for (const entry of entries) yield link(entry);
}

/**
 * Evaluates each entry and writes its page (and pack), then the index, and when asked the summary and the
 * CSV: the part shared by a sheet and the kiosk's dialogs (`kiosk-report.ts`).
 */
export async function writeReports(
  entries: Iterable<ReportEntry> | AsyncIterable<ReportEntry>,
  total: number,
  problems: readonly SheetProblem[],
  sourceName: string,
  options: ReportWriteOptions,
): Promise<Omit<EventReportOutcome, 'reading'>> {
  const { sources, locale, outDir } = options;
  await mkdir(join(outDir, 'pages'), { recursive: true });
  // Row by row: evaluate, render, start the write, keep only the digest the index needs. Writes
  // overlap WRITES_IN_FLIGHT at a time: on a busy disk one write waits milliseconds, and holding
  // one evaluation at a time keeps the garbage collector out of the way (bench/report-bench.ts).
  const reports: ReportDigest[] = [];
  const inFlight = new Set<Promise<void>>();
  const csvRows: string[][] = [];
  let done = 0;
  for await (const entry of entries) {
    const report = buildEnterpriseReport(entry, entry.profile, sources.evaluate(entry.profile));
    const digest = digestReport(report, sources.toContract);
    reports.push(digest);
    if (options.writeCsv) csvRows.push(csvRow(digest, entry.profile, pageFile(report)));
    const pack =
      options.writePack === false
        ? { downloads: [], written: Promise.resolve() }
        : writePagePack(report, outDir, locale);
    if (inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(inFlight);
    const write: Promise<void> = Promise.all([
      writeFile(join(outDir, pageFile(report)), renderEnterprisePage(report, locale, sources, pack.downloads)),
      pack.written,
    ]).then(() => {
      inFlight.delete(write);
      options.onProgress?.(++done, total);
    });
    inFlight.add(write);
  }
  await Promise.all(inFlight);
  const indexPath = join(outDir, 'index.html');
  await writeFile(
    indexPath,
    renderIndexPage({ sheetName: sourceName, reports, problems, pageOf: pageFile, worklist: WORKLIST_FILE }, locale),
  );
  await writeFile(
    join(outDir, WORKLIST_FILE),
    renderWorklistPage({ sheetName: sourceName, reports, pageOf: pageFile, index: 'index.html' }, locale),
  );
  const summary = summarizeEvent(reports, problems, pageFile);
  if (options.writeSummary) await writeFile(join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const csvPath = options.writeCsv ? join(outDir, CSV_FILE) : null;
  if (csvPath) await writeFile(csvPath, csvText(csvRows));
  return { reports, indexPath, summary, csvPath };
}
