/** A sign-up sheet written as .xlsx into a fresh temporary folder and reported as `npm run report` does (zh-CN, no summary), with kiosk links when given. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeEventReport } from '../../src/cli/event-report.ts';
import type { KioskLinks } from '../../src/cli/kiosk-links.ts';
import { TEST_SOURCES } from './report-sources.ts';
import { type SheetCell, xlsxBytes } from './sheets.ts';

/** Writes the sheet and its report; returns the output folder (index.html, worklist.html, pages/). */
export async function reportSheet(
  prefix: string,
  headers: readonly string[],
  rows: readonly (readonly SheetCell[])[],
  kioskLinks?: KioskLinks,
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const sheet = join(dir, '报名表.xlsx');
  await writeFile(sheet, await xlsxBytes(headers, rows));
  const out = join(dir, 'out');
  await writeEventReport({
    sheetPath: sheet,
    outDir: out,
    locale: 'zh-CN',
    sources: TEST_SOURCES,
    writeSummary: false,
    ...(kioskLinks ? { kioskLinks } : {}),
  });
  return out;
}
