/**
 * The application forms sent as files after "需要申报表吗？" → yes, on each channel's real adapter
 * against its local fake: the checklist text first, then the .xlsx (WeCom media/upload + a file
 * message, Slack files.uploadV2, Telegram sendDocument). A failed upload leaves the text as sent
 * and says the file could not be sent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/bot/log.ts';
import { sendPackFiles } from '../../src/bot/pack-files.ts';
import { createSqliteStore } from '../../src/bot/store/sqlite-store.ts';
import type { DialogPort } from '../../src/bot/turns.ts';
import { createDialogService } from '../../src/dialogs/service.ts';
import type { Reply } from '../../src/dialogs/types.ts';
import { checklistText } from '../../src/rules/documents.ts';
import type { Profile } from '../../src/rules/types.ts';
import { valueBeside } from '../support/workbook-html.ts';
import { type ChannelBot, startSlackBot, startTelegramBot, startWecomBot } from './fakes/channel-bots.ts';
import { driveToVerdict, moveFor, spyOn, type UserMove } from './fakes/dialog-driver.ts';
import { waitUntil } from './fakes/fake-server.ts';
import { dmEvent, postSigned } from './fakes/slack-fake.ts';
import { clickUpdate, postUpdate, textUpdate } from './fakes/telegram-fake.ts';
import { postToBot, sealForCallback, textXml } from './fakes/wecom-fake.ts';

const PROFILE: Profile = { total_investment: 5000, revenue_last_year: 12000, approvals_complete: true };
const CHECKLIST = checklistText('tech-loan', PROFILE, 'zh-CN');

/** Answers every message as the engine answers "需要": the checklist, and the form to send. */
const packDialog: DialogPort = {
  async handle(): Promise<Reply[]> {
    return [
      {
        kind: 'answer',
        text: CHECKLIST,
        clauses: ['A1-1', '1.1.1.1'],
        pack: { programs: ['tech-loan'], profile: PROFILE, locale: 'zh-CN' },
      },
    ];
  },
};

/** The form as the enterprise opens it: the filled investment. */
const investmentIn = (bytes: Buffer) => valueBeside(bytes, '附件1-1', '项目总投资');

let running: ChannelBot<unknown, unknown> | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('WeCom: media/upload, then a file message', () => {
  it('sends the checklist as text, uploads the form as type=file with its length, and sends it by media_id', async () => {
    const bot = await startWecomBot(packDialog);
    running = bot;
    const res = await postToBot(bot.url, sealForCallback(textXml('zhangsan', '需要', 'm1')));
    expect(res.status).toBe(200);
    const sent = await bot.fake.waitForSent(2);
    expect(sent[0]).toMatchObject({ touser: 'zhangsan', msgtype: 'text' });
    expect(sent[0]?.text?.content).toContain('申报材料清单');
    expect(sent[1]).toEqual(expect.objectContaining({ msgtype: 'file', file: { media_id: 'media-1' } }));
    const upload = bot.fake.uploads.get('media-1');
    expect(upload?.type).toBe('file');
    expect(upload?.filename).toBe('A1-1-tech-loan.xlsx');
    expect(upload?.disposition).toContain(`filelength=${upload?.bytes.length}`);
    expect(await investmentIn(upload?.bytes as Buffer)).toBe(5000);
  });

  it('keeps the text and says the file could not be sent when the upload fails', async () => {
    const bot = await startWecomBot(packDialog);
    running = bot;
    bot.fake.failNextUploadWith(45009);
    await postToBot(bot.url, sealForCallback(textXml('lisi', '需要', 'm2')));
    const sent = await bot.fake.waitForSent(2);
    await bot.adapter.idle();
    expect(sent.map((m) => m.msgtype)).toEqual(['text', 'text']);
    expect(sent[0]?.text?.content).toBe(CHECKLIST);
    expect(sent[1]?.text?.content).toMatch(/A1-1-tech-loan\.xlsx.*未能发送|未能发送/u);
    expect(sent[1]?.text?.content).toContain('附件1-1');
  });
});

describe('Slack: files.uploadV2', () => {
  it('posts the checklist, then uploads the form to the conversation with its caption', async () => {
    const bot = await startSlackBot(packDialog);
    running = bot;
    const { status } = await postSigned(bot.url, JSON.stringify(dmEvent('U1', '需要')), 'application/json');
    expect(status).toBe(200);
    await bot.fake.waitForPosted(1);
    await waitUntil(() => bot.fake.shared.length >= 1, 10_000, 'a shared file');
    expect(bot.fake.posted[0]?.text).toContain('申报材料清单');
    const file = bot.fake.shared[0];
    expect(file).toMatchObject({ channel_id: 'DU1', filename: 'A1-1-tech-loan.xlsx' });
    expect(file?.initial_comment).toContain('附件1-1');
    expect(file?.bytes.length).toBe(file?.length);
    expect(await investmentIn(file?.bytes as Buffer)).toBe(5000);
  });

  it('keeps the text and says the file could not be sent when Slack refuses the upload', async () => {
    const bot = await startSlackBot(packDialog);
    running = bot;
    bot.fake.failNextUpload('not_allowed_token_type');
    await postSigned(bot.url, JSON.stringify(dmEvent('U2', '需要')), 'application/json');
    const posted = await bot.fake.waitForPosted(2);
    await bot.adapter.idle();
    expect(posted[0]?.text).toContain('申报材料清单');
    expect(posted[1]?.text).toContain('未能发送');
    expect(bot.fake.shared).toEqual([]);
  });
});

describe('Telegram: sendDocument', () => {
  it('sends the checklist, then the form as a document with its caption', async () => {
    const bot = await startTelegramBot(packDialog, { webhookSecret: 's3cret' });
    running = bot;
    expect(await postUpdate(bot.url, textUpdate(42, '需要'), 's3cret')).toBe(200);
    await bot.fake.waitForSent(1);
    await waitUntil(() => bot.fake.documents.length >= 1, 10_000, 'a document');
    expect(bot.fake.sent[0]?.text).toContain('申报材料清单');
    const doc = bot.fake.documents[0];
    expect(doc).toMatchObject({ chat_id: '42', fileName: 'A1-1-tech-loan.xlsx' });
    expect(doc?.caption).toContain('附件1-1');
    expect(await investmentIn(doc?.bytes as Buffer)).toBe(5000);
  });

  it('keeps the text and says the file could not be sent when Telegram refuses the document', async () => {
    const bot = await startTelegramBot(packDialog, { webhookSecret: 's3cret' });
    running = bot;
    bot.fake.failNextDocument();
    await postUpdate(bot.url, textUpdate(43, '需要'), 's3cret');
    const sent = await bot.fake.waitForSent(2);
    await bot.adapter.idle();
    expect(sent[0]?.text).toContain('申报材料清单');
    expect(sent[1]?.text).toContain('未能发送');
    expect(bot.fake.documents).toEqual([]);
  });
});

describe('the whole way, with the real dialog service', () => {
  it('offers the forms after the verdict, sends nothing until asked, then the checklist and the file on 需要', async () => {
    const store = createSqliteStore({ path: ':memory:' });
    const spy = spyOn(createDialogService({ store }));
    const bot = await startTelegramBot(spy, { store, webhookSecret: 's' });
    running = bot;
    const uid = 5151;
    const press = async (label: string) => {
      const last = bot.fake.sent.findLast((m) => m.reply_markup);
      const button = last?.reply_markup?.inline_keyboard.flat().find((b) => b.text === label);
      expect(button, `a button for ${label}`).toBeDefined();
      expect(await postUpdate(bot.url, clickUpdate(uid, button?.callback_data ?? ''), 's')).toBe(200);
    };
    const deliver = async (move: UserMove) => {
      if (move.kind === 'type') expect(await postUpdate(bot.url, textUpdate(uid, move.text), 's')).toBe(200);
      else await press(move.choice.label);
      await bot.adapter.idle();
    };
    await driveToVerdict(spy, deliver, '/start');
    // The amount questions after a first verdict, up to the offer.
    for (let i = 0; i < 20; i++) {
      const ask = spy.lastAsk();
      if (!ask || ask.slot === 'pack_offer') break;
      await deliver(moveFor(ask));
    }
    const offer = bot.fake.sent.at(-1);
    expect(offer?.text).toContain('需要申报表吗');
    expect(bot.fake.documents).toEqual([]);
    await press('需要');
    await waitUntil(() => bot.fake.documents.length >= 1, 10_000, 'the form');
    await bot.adapter.idle();
    const answer = spy.replies.findLast((r) => r.kind === 'answer');
    expect(answer?.kind === 'answer' ? answer.pack?.programs.length : 0).toBeGreaterThan(0);
    expect(bot.fake.sent.some((m) => m.text.includes('申报材料清单'))).toBe(true);
    expect(bot.fake.documents.every((d) => /^A1-\d+-[a-z0-9-]+\.xlsx$/u.test(d.fileName))).toBe(true);
    await store.close();
  });
});

describe('a pack the platform never took (found by a review)', () => {
  it('throws when neither a file nor the failure notice reached the user, so the outbox sends it again', async () => {
    const down = async () => {
      throw new Error('platform down');
    };
    const pack = {
      programs: ['tech-loan' as const],
      profile: { applicant_kind: 'enterprise' as const },
      locale: 'zh-CN' as const,
    };
    await expect(
      sendPackFiles(pack, { upload: down, say: down, log: silentLogger, channel: 'test' }),
    ).rejects.toThrow();
    const said: string[] = [];
    const sent = await sendPackFiles(pack, {
      upload: down,
      say: async (x) => void said.push(x),
      log: silentLogger,
      channel: 'test',
    });
    expect(sent).toBe(0);
    expect(said.length).toBeGreaterThan(0);
  });
});
