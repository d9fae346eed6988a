/**
 * A prefill link end to end in headless Chromium (issue 11): `npm run report` on a sparse sign-up sheet, with
 * KIOSK_PUBLIC_URL pointing at a kiosk this test runs, puts a QR code on the enterprise's page; the browser
 * follows that link, and the kiosk asks only what the sheet did not say. Screenshots go to test-artifacts/.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqlitePrefillTokens } from '../../../src/bot/store/prefill-tokens.ts';
import { createSqliteStore } from '../../../src/bot/store/sqlite-store.ts';
import { type RunningKiosk, serveKiosk } from '../../../src/bot/web/serve-kiosk.ts';
import { createDialogService } from '../../../src/dialogs/service.ts';
import { openBrowser, RUN_BROWSER_TESTS } from '../../support/browser.ts';
import { answerFor } from '../../support/kiosk-answers.ts';
import { TEST_SOURCES } from '../../support/report-sources.ts';
import { csvText } from '../../support/sheets.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const run = promisify(execFile);

/** The facts the sparse sheet's row states (with 所在地 a Jiangsu city, so in_jiangsu is only assumed). */
const SHEET_FACTS = ['industrial', 'revenue_last_year', 'total_investment', 'above_scale'];

describe.runIf(RUN_BROWSER_TESTS)('a prefill link in Chromium', () => {
  let dir: string;
  let kiosk: RunningKiosk;
  let close: () => Promise<void>;
  let store: ReturnType<typeof createSqliteStore>;
  let browser: Awaited<ReturnType<typeof openBrowser>>;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    dir = await mkdtemp(join(tmpdir(), 'prefill-browser-'));
    const db = join(dir, 'sessions.sqlite');
    // The kiosk as `npm start` runs it: sessions and prefill tokens in one SQLite file.
    store = createSqliteStore({ path: db });
    const prefillTokens = createSqlitePrefillTokens({ path: db });
    kiosk = await serveKiosk(
      { dialog: createDialogService({ store }), store, prefillTokens, sources: TEST_SOURCES },
      0,
      '127.0.0.1',
    );
    close = async () => {
      await kiosk.stop();
      await prefillTokens.close();
      await store.close();
    };
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it('the report QR code opens the kiosk with the sheet facts in, and only missing facts are asked', async () => {
    const sheet = join(dir, '报名表.csv');
    await writeFile(
      sheet,
      csvText(
        ['企业名称', '所在地', '是否工业企业', '是否规上', '主营业务收入（万元）', '项目总投资（万元）'],
        [
          ['泰州阀门有限公司', '泰州', '是', '是', '30000', '6500'],
          ['南京软件有限公司', '南京', '否', '否', '800', '1200'],
        ],
      ),
    );
    const out = join(dir, 'out');
    const kioskUrl = `http://127.0.0.1:${kiosk.port}/`;
    await run(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/report.ts', sheet, '--out', out, '--no-pack'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', KIOSK_PUBLIC_URL: kioskUrl, SESSION_DB: join(dir, 'sessions.sqlite') },
    });

    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 1400 });
    await page.goto(pathToFileURL(join(out, 'pages', 'row-0002.html')).href);
    const box = page.locator('aside.kiosk-link');
    const link = (await box.getAttribute('data-kiosk-link')) as string;
    expect(link.startsWith(`${kioskUrl}kiosk/start?t=`)).toBe(true);
    // The QR code drawn on the page is exactly the QR code of that link.
    const drawn = await box.locator('.qr').innerHTML();
    const expected = await QRCode.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    const modules = (svg: string) => /stroke="#000000" d="([^"]+)"/.exec(svg)?.[1];
    expect(modules(drawn)).toBeDefined();
    expect(modules(drawn)).toBe(modules(expected));
    const qr = await box.locator('svg').boundingBox();
    expect(qr?.width).toBeGreaterThan(80);
    await page.screenshot({ path: join(ARTIFACTS, 'report-enterprise-kiosk-link.png'), fullPage: true });

    // The visitor scans it: a phone opens the link.
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(link);
    await phone.locator('p.prefill').waitFor();
    expect(await phone.locator('p.prefill').textContent()).toContain('已从报名表填入 4 项信息');
    // The token is not left in the address bar.
    expect(new URL(phone.url()).search).not.toContain('t=');
    await phone.click('#begin');
    expect(await phone.inputValue('#name')).toBe('泰州阀门有限公司');
    await phone.fill('#contact', '13800000000');
    await phone.click('#visitor button[type=submit]');
    const first = phone.locator('.bubble.bot').first();
    await first.waitFor();
    expect(await first.textContent()).toMatch(/^已从报名表填入：.*项目总投资：6500万元/);

    const asked: string[] = [];
    for (let turn = 0; turn < 40 && (await phone.locator('.bubble.verdict').count()) === 0; turn++) {
      if (turn === 2) {
        // The visitor reloads the page mid-dialog: it comes straight back to the chat, the sheet's facts kept
        // (a reset here would ask them again, and the link is spent).
        await phone.reload();
        await phone.locator('#chat').waitFor({ timeout: 10_000 });
        expect(await phone.locator('#start').isHidden()).toBe(true);
      }
      const question = phone.locator('.bubble[data-slot]').last();
      await question.waitFor();
      const slot = (await question.getAttribute('data-slot')) as string;
      asked.push(slot);
      const answer = answerFor(slot);
      const buttons = phone.locator('button.choice');
      const button = answer === null ? buttons.first() : buttons.filter({ hasText: new RegExp(`^${answer}$`) });
      const before = await phone.locator('.bubble').count();
      if ((await button.count()) > 0) await button.first().click();
      else {
        await phone.fill('#text', answer ?? '');
        await phone.press('#text', 'Enter');
      }
      await expect.poll(() => phone.locator('.bubble').count()).toBeGreaterThan(before + 1);
    }
    await phone.locator('.bubble.verdict').waitFor();
    for (const fact of SHEET_FACTS) expect(asked).not.toContain(fact);
    expect(asked.length).toBeGreaterThan(3);
    // What the sheet lacked is asked: the loan, and where the project is (only assumed from 所在地).
    expect(asked).toEqual(expect.arrayContaining(['fixed_asset_loan']));
    await phone.screenshot({ path: join(ARTIFACTS, 'kiosk-prefilled-phone.png'), fullPage: true });
    expect((await readFile(join(ARTIFACTS, 'kiosk-prefilled-phone.png'))).length).toBeGreaterThan(10_000);

    // 重新开始 erases the visit: facts, name and contact alike.
    const sid = (await browser.context.cookies()).find((c) => c.name === 'kiosk_sid')?.value.split('.')[0] ?? '';
    const before = (await store.read({ channel: 'web', userId: sid })) as { kiosk?: { name: string; contact: string } };
    expect(before.kiosk).toMatchObject({ name: '泰州阀门有限公司', contact: '13800000000' });
    await phone.click('#restart');
    await phone.locator('#visitor').waitFor();
    await expect.poll(() => store.read({ channel: 'web', userId: sid })).toBeUndefined();
    expect(await phone.inputValue('#name')).toBe('');

    // The link works once: opened again it says so and starts afresh.
    const again = await browser.context.newPage();
    await again.goto(link);
    await again.locator('[data-notice="used"]').waitFor();
    await again.screenshot({ path: join(ARTIFACTS, 'kiosk-link-used.png') });
  });
});
