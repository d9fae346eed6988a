/**
 * The kiosk and the report pages in a real browser: headless Debian Chromium. Screenshots and the
 * printed PDF are kept under test-artifacts/ (gitignored) for a person to look at.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../../src/bot/store/sqlite-store.ts';
import { type RunningKiosk, serveKiosk } from '../../../src/bot/web/serve-kiosk.ts';
import { createDialogService } from '../../../src/dialogs/service.ts';
import { openBrowser, RUN_BROWSER_TESTS } from '../../support/browser.ts';
import { answerFor } from '../../support/kiosk-answers.ts';
import { TEST_SOURCES } from '../../support/report-sources.ts';
import { reportSheet } from '../../support/sheet-report.ts';
import { TECH_LOAN_HEADERS, techLoanRow } from '../../support/sheets.ts';

const ARTIFACTS = join(import.meta.dirname, '..', '..', '..', 'test-artifacts');

describe.runIf(RUN_BROWSER_TESTS)('kiosk and reports in Chromium', () => {
  let kiosk: RunningKiosk;
  let browser: Awaited<ReturnType<typeof openBrowser>>;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    // The real dialog service and store, as `npm start` builds them.
    const dialog = createDialogService({ store: createSqliteStore({ path: ':memory:' }) });
    kiosk = await serveKiosk({ dialog, sources: TEST_SOURCES }, 0, '127.0.0.1');
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await kiosk?.stop();
  });

  it('a visitor answers by typing and by clicking, reaches the verdict, and prints the report to PDF', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`http://127.0.0.1:${kiosk.port}/`);
    await expect.poll(() => page.locator('.qr svg').count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'kiosk-start-phone.png'), fullPage: true });

    await page.click('#begin');
    // The optional name and contact come first; this visitor skips them.
    await page.click('#skip');
    // Answer every question as a visitor would: click a button where the question offers the
    // answer as one, type it otherwise, until the verdict shows.
    const typed: string[] = [];
    const clicked: string[] = [];
    for (let turn = 0; turn < 40 && (await page.locator('.bubble.verdict').count()) === 0; turn++) {
      const asked = page.locator('.bubble[data-slot]').last();
      await asked.waitFor();
      const slot = (await asked.getAttribute('data-slot')) as string;
      const answer = answerFor(slot);
      const buttons = page.locator('button.choice');
      const button = answer === null ? buttons.first() : buttons.filter({ hasText: new RegExp(`^${answer}$`) });
      const before = await page.locator('.bubble').count();
      if ((await button.count()) > 0) {
        clicked.push((await button.first().textContent()) ?? '');
        await button.first().click();
      } else {
        typed.push(answer ?? '');
        await page.fill('#text', answer ?? '');
        await page.press('#text', 'Enter');
      }
      await expect.poll(() => page.locator('.bubble').count()).toBeGreaterThan(before + 1);
    }
    await page.locator('.bubble.verdict').waitFor();
    expect(clicked.length).toBeGreaterThan(0);
    expect(typed).toContain('6500万元');
    expect(await page.locator('.bubble.user').allTextContents()).toEqual(expect.arrayContaining(['企业', '6500万元']));
    await expect.poll(() => page.locator('#print').isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'kiosk-verdict-phone.png'), fullPage: true });

    const [report] = await Promise.all([browser.context.waitForEvent('page'), page.click('#print')]);
    await report.waitForLoadState();
    await report.locator('[data-program="tech-loan"].qualified').waitFor();
    const pdf = await report.pdf({ format: 'A4', printBackground: true });
    await writeFile(join(ARTIFACTS, 'kiosk-report.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
  });

  it('a report page renders its form table and the index renders its chart', async () => {
    const out = await reportSheet('browser-report-', TECH_LOAN_HEADERS, [
      techLoanRow('甲公司'),
      techLoanRow('乙公司'),
      techLoanRow('丙公司', { 6: 2800 }),
    ]);

    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 1400 });
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    const bar = page.locator('svg rect.bar-count').first();
    const box = await bar.boundingBox();
    expect(box?.width).toBeGreaterThan(50);
    expect(box?.height).toBeGreaterThan(5);
    await page.screenshot({ path: join(ARTIFACTS, 'report-index.png'), fullPage: true });

    await page.click('a[href="pages/row-0002.html"]');
    await page.waitForURL(/row-0002\.html$/);
    const rows = page.locator('table.form-indicators tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    const cell = await page.locator('table.form-indicators td.fill').first().boundingBox();
    expect(cell?.height).toBeGreaterThan(10);
    await page.screenshot({ path: join(ARTIFACTS, 'report-enterprise.png'), fullPage: true });
    expect((await readFile(join(ARTIFACTS, 'report-enterprise.png'))).length).toBeGreaterThan(10_000);
  });
});
