/**
 * Outreach reports: a 2,000-row sign-up sheet (.xlsx, varied enterprises) → every enterprise page,
 * the index, the worklist and the summary, in one process, as `npm run report` does it. Prints the
 * median and worst of several runs, the per-page cost, the ratio to just reading the sheet, and what
 * the disk alone costs for as many files. Then the same for a sparse sheet as events really get them
 * (name, 规上, revenue, investment, completion date), where nearly every program is still open and the
 * prospects and the planner's questions cost the most. Target: each sheet in under 10 s.
 */
// First, as in `npm run report`: sizes libuv's thread pool before any file is read.
import '../src/cli/thread-pool.ts';
import { closeSync, openSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeEventReport } from '../src/cli/event-report.ts';
import { openKioskLinks } from '../src/cli/kiosk-links.ts';
import { readSheetFile } from '../src/cli/read-sheet.ts';
import { LIVE_SOURCES } from '../src/outreach/live-sources.ts';
import { readSheetRows } from '../src/outreach/sheet-rows.ts';

const ROWS = 2000;
const RUNS = Number(process.env.REPORT_BENCH_RUNS ?? 5);
// REPORT_BENCH_PACK=0 measures the pages alone (`npm run report -- --no-pack`).
const WITH_PACK = process.env.REPORT_BENCH_PACK !== '0';
const TARGET_MS = 10_000;
// REPORT_BENCH_LINKS=1 puts a one-time kiosk link (token in a SQLite store + QR code) on every page, as with KIOSK_PUBLIC_URL.
const WITH_LINKS = process.env.REPORT_BENCH_LINKS === '1';

// A small deterministic generator, so every run and every machine sees the same sheet.
let seed = 20220601;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const maybe = <T>(v: T, p = 0.85): T | null => (rand() < p ? v : null);
// Staff type a third of the figures and dates as text ("3,500万", "2021年9月30日"), read by the dialog's parsers.
const asWritten = (n: number): number | string => (rand() < 0.33 ? `${n.toLocaleString('en-US')}万` : n);
const dateWritten = (d: Date): Date | string =>
  rand() < 0.33 ? `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日` : d;

const CITIES = ['南京市', '无锡市', '苏州工业园区', '常州市武进区', '南通市', '扬州市', '泰州市', '宿迁市', '盐城市'];
const CERTS = [
  '无',
  'smart-factory-list',
  'little-giant-2021',
  'industrial-design-center',
  'smart-factory-list;service-manufacturing-demo',
];

async function buildSheet(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('报名表');
  sheet.addRow(['2022年“智改数转”免费诊断活动报名表']);
  sheet.addRow([
    '企业名称',
    '统一社会信用代码',
    '所在地',
    '是否工业企业',
    '主营业务收入（万元）',
    '项目总投资（万元）',
    '软件投入（万元）',
    '截至2021年底已投资（万元）',
    '固定资产贷款（万元）',
    '开工时间',
    '完工时间',
    '项目状态',
    '是否已验收',
    '手续是否完备',
    '已获认定',
    '项目推荐单位',
  ]);
  for (let i = 0; i < ROWS; i++) {
    const total = Math.round(500 + rand() * 9000);
    const start = new Date(Date.UTC(2020, Math.floor(rand() * 18), 1 + Math.floor(rand() * 27)));
    const end = new Date(start.getTime() + (200 + rand() * 900) * 86_400_000);
    sheet.addRow([
      `江苏测试${i + 1}号制造有限公司`,
      `91320${String(100000 + i).padStart(6, '0')}MA1X2Y3W`.slice(0, 18),
      pick(CITIES),
      maybe(rand() < 0.9 ? '是' : '否'),
      maybe(asWritten(Math.round(500 + rand() * 50000))),
      asWritten(total),
      maybe(asWritten(Math.round(total * rand() * 0.3))),
      maybe(asWritten(Math.round(total * rand()))),
      maybe(asWritten(Math.round(total * rand() * 0.8)), 0.6),
      maybe(dateWritten(start)),
      maybe(dateWritten(end)),
      // Not 尚未开工: every start date here is in 2020–2021, and a project not started with a start date before the guide's year is refused as a contradiction.
      maybe(pick(['已完工', '在建', '在建', 'completed'])),
      maybe(pick(['是', '否']), 0.5),
      maybe('是', 0.6),
      maybe(pick(CERTS), 0.7),
      `${pick(CITIES).slice(0, 2)}市工业和信息化局`,
    ]);
  }
  await writeFile(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}

/** The sparse sheet: most rows only name, 规上, revenue, investment and completion date; a tenth with a 所在地 too. */
async function buildSparseSheet(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('报名表');
  sheet.addRow(['企业名称', '所在地', '是否规上', '2021年主营业务收入（万元）', '项目总投资（万元）', '完工时间']);
  for (let i = 0; i < ROWS; i++) {
    const end = new Date(Date.UTC(2021, Math.floor(rand() * 18), 1 + Math.floor(rand() * 27)));
    sheet.addRow([
      `江苏稀疏${i + 1}号机械有限公司`,
      rand() < 0.1 ? pick(CITIES) : null,
      maybe(rand() < 0.8 ? '是' : '否', 0.9),
      maybe(asWritten(Math.round(500 + rand() * 50000))),
      maybe(asWritten(Math.round(500 + rand() * 9000))),
      maybe(dateWritten(end), 0.7),
    ]);
  }
  await writeFile(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

// REPORT_BENCH_DIR=/dev/shm writes to memory: the code's own cost, without the disk's (see below).
const dir = await mkdtemp(join(process.env.REPORT_BENCH_DIR ?? tmpdir(), 'report-bench-'));

/** Runs the report RUNS times on one sheet and prints its figures. */
async function measure(label: string, build: (path: string) => Promise<void>): Promise<void> {
  const sheetPath = join(dir, `${label}-2000.xlsx`);
  await build(sheetPath);

  const readMs: number[] = [];
  const totalMs: number[] = [];
  const cpuMs: number[] = [];
  let pages = 0;
  let packFiles = 0;
  let packForms = 0;
  for (let run = 0; run < RUNS; run++) {
    let t0 = performance.now();
    readSheetRows(await readSheetFile(sheetPath));
    readMs.push(performance.now() - t0);

    const out = join(dir, `out-${run}`);
    t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const kioskLinks = WITH_LINKS
      ? await openKioskLinks({
          baseUrl: 'http://192.168.1.20:3000/',
          expiresAt: Date.now() + 3_600_000,
          location: { kind: 'sqlite', path: join(dir, `tokens-${label}-${run}.sqlite`) },
        })
      : undefined;
    const outcome = await writeEventReport({
      ...(kioskLinks ? { kioskLinks } : {}),
      sheetPath,
      outDir: out,
      locale: 'zh-CN',
      sources: LIVE_SOURCES,
      writeSummary: true,
      writePack: WITH_PACK,
      onProgress: (done, total) => {
        if (done % 500 === 0 || done === total)
          process.stderr.write(`\r  run ${run + 1}/${RUNS}: ${done}/${total} pages`);
      },
    });
    totalMs.push(performance.now() - t0);
    await kioskLinks?.close();
    const cpu = process.cpuUsage(cpu0);
    cpuMs.push((cpu.user + cpu.system) / 1000);
    process.stderr.write('\n');
    pages = outcome.reports.length;
    const written = await readdir(join(out, 'pages'), { recursive: true });
    if (written.filter((f) => /^row-\d+\.html$/u.test(f)).length !== pages) throw new Error('pages missing');
    packForms = written.filter((f) => f.endsWith('.xlsx')).length;
    packFiles = written.filter((f) => /\.(xlsx|txt)$/u.test(f)).length;
    if (outcome.reading.problems.length > 0)
      throw new Error(
        `bench sheet has ${outcome.reading.problems.length} problems: ${JSON.stringify(outcome.reading.problems.slice(0, 3))}`,
      );
    await rm(out, { recursive: true });
  }
  // The disk's share: creating empty files where the report wrote (median of five batches of 400),
  // so a slow or shared disk shows as such rather than as the code's cost.
  const floorDir = join(dir, `floor-${label}`);
  await mkdir(floorDir);
  const perFileUs: number[] = [];
  for (let batch = 0; batch < 5; batch++) {
    const t0 = performance.now();
    for (let i = 0; i < 400; i++) closeSync(openSync(join(floorDir, `${batch}-${i}`), 'w'));
    perFileUs.push(((performance.now() - t0) * 1000) / 400);
  }
  await rm(floorDir, { recursive: true });

  const med = median(totalMs);
  const worst = Math.max(...totalMs);
  console.log(
    `report-bench (${label} sheet): ${ROWS}-row .xlsx → ${pages} enterprise pages + index + worklist + summary, and ${packFiles} pack files (${packForms} forms, the rest checklists) beside the pages, ${RUNS} runs`,
  );
  console.log(
    `  total      median ${(med / 1000).toFixed(2)} s, worst ${(worst / 1000).toFixed(2)} s (target < ${TARGET_MS / 1000} s)`,
  );
  console.log(
    `  cpu        median ${(median(cpuMs) / 1000).toFixed(2)} s (user + system; wall time includes waiting on a shared machine)`,
  );
  console.log(`  per page   median ${((med / pages) * 1000).toFixed(0)} µs`);
  console.log(`  read only  median ${(median(readMs) / 1000).toFixed(2)} s (reading + mapping the sheet)`);
  console.log(`  ratio      ${(med / median(readMs)).toFixed(2)}× the read-only floor`);
  const filesWritten = pages + packFiles + (WITH_PACK ? pages : 0);
  const floorS = (median(perFileUs) * filesWritten) / 1e6;
  console.log(
    `  disk       creating an empty file here: ${median(perFileUs).toFixed(0)} µs median → ${floorS.toFixed(1)} s for the run's ${filesWritten} files and folders, before any byte or any work (REPORT_BENCH_DIR=/dev/shm measures without the disk)`,
  );
  console.log(`  verdict    ${worst < TARGET_MS ? 'within target' : 'OVER TARGET'}`);
}

await measure('varied', buildSheet);
await measure('sparse', buildSparseSheet);
await rm(dir, { recursive: true });
