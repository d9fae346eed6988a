/**
 * One pre-filled form as a person sees it: the .xlsx the pack writes, drawn from its own cells
 * (merges, fills, notes) as HTML and photographed by headless Chromium. The screenshot is kept
 * under test-artifacts/ (gitignored; CI keeps the folder) for a person to look at.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formFile } from '../../src/pack/pack.ts';
import { openBrowser, RUN_BROWSER_TESTS } from '../support/browser.ts';
import { worksheetHtml } from '../support/workbook-html.ts';

const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');

describe.runIf(RUN_BROWSER_TESTS)('a pre-filled form in Chromium', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('附件1-1 renders with its title, merged levels, the filled investment and last year’s revenue beside its target', async () => {
    const file = await formFile(
      'A1-1',
      'tech-loan',
      { total_investment: 5000, revenue_last_year: 12000, taxes_paid_last_year: 650, start_date: '2021-03-01' },
      { name: '无锡某电机有限公司', projectName: '电机智能化改造项目', recommendingUnit: '无锡市工业和信息化局' },
      'zh-CN',
    );
    await writeFile(join(ARTIFACTS, file.fileName), file.bytes);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const htmlPath = join(ARTIFACTS, 'pack-form-A1-1.html');
    await writeFile(htmlPath, worksheetHtml(sheet, file.fileName));

    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(pathToFileURL(htmlPath).href);
    const shot = join(ARTIFACTS, 'pack-form-A1-1.png');
    await page.screenshot({ path: shot, fullPage: true });
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).toContain('技术改造贷款贴息和设备补助项目绩效目标申报表');
    expect(body).toContain('无锡某电机有限公司');
    expect(body).toMatch(/上年度：\s*12,000/u);
    // The 一级 cell spans its rows: 产出指标 appears once, not once per row.
    expect(body.match(/产出指标/gu)).toHaveLength(1);
    expect((await stat(shot)).size).toBeGreaterThan(20_000);
    await page.close();
  });
});
