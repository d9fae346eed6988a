/**
 * Two bot instances behind one load balancer share a Redis: one user's messages, spread over
 * both and sent at once, must each be applied — none lost to an interleaved read-modify-write.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openRedisStore } from '../../../src/bot/store/redis-store.ts';
import { createDialogService } from '../../../src/dialogs/service.ts';
import { t } from '../../../src/i18n.ts';
import { dropTestKeys, requireRedis, TEST_REDIS_URL, uniquePrefix } from './redis-test-env.ts';

const available = await requireRedis();
afterAll(dropTestKeys);

const CORRECTIONS: Record<string, number> = {
  total_investment: 5001,
  software_investment: 802,
  invested_by_2021_end: 2003,
  fixed_asset_loan: 1504,
  loan_interest_paid_2021: 65,
  rd_investment: 306,
  revenue_last_year: 9007,
  equipment_invoice_2021: 1208,
};

describe.runIf(available)('two dialog service instances on one Redis', () => {
  it("apply every one of a user's concurrent corrections, whichever instance takes it", async () => {
    const prefix = uniquePrefix('two');
    const storeA = await openRedisStore({ url: TEST_REDIS_URL, prefix });
    const storeB = await openRedisStore({ url: TEST_REDIS_URL, prefix });
    const instanceA = { dialog: createDialogService({ store: storeA }) };
    const instanceB = { dialog: createDialogService({ store: storeB }) };
    const user = { channel: 'wecom' as const, chatId: 'u', userId: 'u' };
    await instanceA.dialog.handle({ ...user, text: '你好' });

    const messages = Object.entries(CORRECTIONS).map(([fact, v]) => `${t('zh-CN', `facts.${fact}.label`)}其实是${v}万`);
    await Promise.all(messages.map((text, i) => (i % 2 ? instanceA : instanceB).dialog.handle({ ...user, text })));

    const state = (await storeA.read(user)) as { profile: Record<string, unknown> };
    expect(state.profile).toMatchObject(CORRECTIONS);
    await storeA.close();
    await storeB.close();
  });
});
