/**
 * The staff worklist, the index's chart and an enterprise page from a realistic sparse sign-up sheet,
 * in headless Debian Chromium. Screenshots and the printed worklist are kept under test-artifacts/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqlitePrefillTokens } from '../../src/bot/store/prefill-tokens.ts';
import { openKioskLinks } from '../../src/cli/kiosk-links.ts';
import { t } from '../../src/i18n.ts';
import { openBrowser, RUN_BROWSER_TESTS } from '../support/browser.ts';
import { reportSheet } from '../support/sheet-report.ts';
import { SPARSE_HEADERS, SPARSE_ROWS } from '../support/sparse-sheet.ts';

const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');

/** Ten enterprises, the most a 免费诊断 session signs up: the worklist must still be one page. */
const ROWS = [
  ...SPARSE_ROWS,
  ['连云港港城机械制造有限公司', null, '是', 45000, 6000, '2021-08-01'],
  ['宿迁宏达食品有限公司', '宿迁市', '是', 18000, 3500, '2021-12-01'],
];

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

describe.runIf(RUN_BROWSER_TESTS)('the worklist and prospects in Chromium', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let out: string;
  let linked: string;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    out = await reportSheet('browser-worklist-', SPARSE_HEADERS, ROWS);
    // As the docs recommend for events: KIOSK_PUBLIC_URL set, so every page gets a one-time link.
    const links = await openKioskLinks({
      baseUrl: 'http://192.168.1.20:3000/',
      expiresAt: Date.now() + 3_600_000,
      tokens: createSqlitePrefillTokens({ path: ':memory:' }),
    });
    linked = await reportSheet('browser-worklist-links-', SPARSE_HEADERS, ROWS, links);
    await links.close();
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['without kiosk links', () => out, 'report-worklist'],
    ['with kiosk links', () => linked, 'report-worklist-links'],
  ])(
    'the worklist of ten enterprises is one A4 page in big type (%s): a line each with a tick box, its best prospect and questions',
    async (_, dir, artifact) => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 900, height: 1300 });
      await page.goto(pathToFileURL(join(dir(), 'index.html')).href);
      await page.click('a.worklist-link');
      await page.waitForURL(/worklist\.html$/);
      const rows = page.locator('tbody tr');
      expect(await rows.count()).toBe(ROWS.length);
      const tick = await page.locator('tbody tr .box').first().boundingBox();
      expect(tick?.width).toBeGreaterThan(10);
      expect(await rows.first().locator('ul.prospects li').first().textContent()).toContain('如符合');
      expect(await rows.first().locator('ol.questions li').count()).toBe(3);
      await page.screenshot({ path: join(ARTIFACTS, `${artifact}.png`), fullPage: true });
      await page.emulateMedia({ media: 'print' });
      // Big type as printed: at least 13 pt (CSS px are 0.75 pt) for the lines staff read at arm's length.
      const px = await rows.first().evaluate((tr) => {
        const view = globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } };
        return Number.parseFloat(view.getComputedStyle(tr).fontSize);
      });
      expect(px * 0.75).toBeGreaterThan(12.9);
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      await writeFile(join(ARTIFACTS, `${artifact}.pdf`), pdf);
      expect(pdfPages(pdf)).toBe(1);
    },
  );

  it('the index draws stacked bars although nobody qualifies yet, and an enterprise page leads with its best prospect', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 1400 });
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    const open = page.locator('svg rect.bar-count.bar-open').first();
    expect((await open.boundingBox())?.width).toBeGreaterThan(5);
    expect(await page.locator('svg rect.bar-count.bar-near_miss').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'report-index-sparse.png'), fullPage: true });

    await page.click('#enterprises tbody tr:first-child a');
    await page.waitForURL(/row-\d{4}\.html$/);
    const best = await page.locator('#best').boundingBox();
    const qualified = await page.locator('#qualified').boundingBox();
    expect(best && qualified && best.y < qualified.y).toBe(true);
    expect(await page.locator('#best ol.prospects li').first().textContent()).toContain(
      '技术改造贷款贴息和设备补助项目',
    );
    expect(await page.locator('p.unlikely').textContent()).toContain('数据产品化');
    expect(await page.locator('#best').textContent()).toContain(t('zh-CN', 'facts.certifications.question'));
    await page.screenshot({ path: join(ARTIFACTS, 'report-enterprise-sparse.png'), fullPage: true });
  });
});
