/** The kiosk offers the pre-filled forms as downloads after the verdict, built from the session's own answers. */
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../../src/bot/store/sqlite-store.ts';
import { type RunningKiosk, serveKiosk } from '../../../src/bot/web/serve-kiosk.ts';
import { PACK_SLOT } from '../../../src/dialogs/pack-offer.ts';
import { createDialogService } from '../../../src/dialogs/service.ts';
import { answerFor } from '../../support/kiosk-answers.ts';
import { TEST_SOURCES } from '../../support/report-sources.ts';
import { valueBeside } from '../../support/workbook-html.ts';
import { TECH_LOAN_EXAMPLE } from '../../support/worked-examples.ts';

type View = {
  kind: string;
  slot: string | null;
  choices: { label: string; value: string }[];
  downloads?: { program: string; links: { label: string; href: string }[] }[];
};

let kiosk: RunningKiosk | null = null;
afterEach(async () => {
  await kiosk?.stop();
  kiosk = null;
});

async function visitor() {
  const dialog = createDialogService({ store: createSqliteStore({ path: ':memory:' }) });
  kiosk = await serveKiosk({ dialog, sources: TEST_SOURCES }, 0, '127.0.0.1');
  const base = `http://127.0.0.1:${kiosk.port}`;
  let cookie = '';
  const chat = async (text: string): Promise<View[]> => {
    const res = await fetch(`${base}/kiosk/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ text }),
    });
    cookie = res.headers.get('set-cookie')?.split(';')[0] ?? cookie;
    return ((await res.json()) as { replies: View[] }).replies;
  };
  const get = (path: string, withCookie = true) => fetch(`${base}${path}`, { headers: withCookie ? { cookie } : {} });
  return { chat, get };
}

describe('kiosk downloads of the application pack', () => {
  it('after 需要, links each pre-filled form; the link serves the .xlsx built from this visitor’s answers', async () => {
    const { chat, get } = await visitor();
    let replies = await chat('/start');
    for (let turn = 0; turn < 40; turn++) {
      const asked = replies.findLast((r) => r.slot !== null);
      if (!asked?.slot || asked.slot === PACK_SLOT) break;
      replies = await chat(answerFor(asked.slot) ?? (asked.choices[0]?.value as string));
    }
    expect(replies.at(-1)?.slot).toBe(PACK_SLOT);
    // Nothing to download until asked.
    expect(replies.some((r) => r.downloads)).toBe(false);

    const answer = (await chat('yes')).find((r) => r.downloads);
    const link = answer?.downloads?.find((d) => d.program === 'tech-loan')?.links[0];
    expect(link?.href).toBe('/kiosk/pack?program=tech-loan&form=A1-1&lang=zh-CN');

    const res = await get(link?.href ?? '');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain('A1-1-tech-loan.xlsx');
    expect(await valueBeside(await res.arrayBuffer(), '附件1-1', '项目总投资')).toBe(
      TECH_LOAN_EXAMPLE.total_investment,
    );

    // The printable report links the same downloads.
    expect(await (await get('/kiosk/report')).text()).toContain(
      'href="/kiosk/pack?program=tech-loan&amp;form=A1-1&amp;lang=zh-CN"',
    );
  });

  it('serves nothing to a visitor without a finished dialog, nor a form the verdict does not offer', async () => {
    const { chat, get } = await visitor();
    expect((await get('/kiosk/pack?program=tech-loan&form=A1-1', false)).status).toBe(404);
    await chat('/start');
    expect((await get('/kiosk/pack?program=tech-loan&form=A1-2')).status).toBe(404);
  });
});
