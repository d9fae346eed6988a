import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_WECOM_API_ROOT, hasChannels, loadConfig } from '../../src/bot/config.ts';

const wecom = {
  WECOM_CORP_ID: 'ww1436e0e65a779aee',
  WECOM_AGENT_ID: '1000002',
  WECOM_SECRET: 's',
  WECOM_TOKEN: 'hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo',
  WECOM_ENCODING_AES_KEY: '6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt',
};

function errorOf(env: Record<string, string>): ConfigError | undefined {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  return undefined;
}

describe('channel configuration', () => {
  it('runs no channel when no credentials are set, so npm start opens the terminal chat', () => {
    const cfg = loadConfig({ PATH: '/usr/bin' });
    expect(hasChannels(cfg)).toBe(false);
    expect(cfg.port).toBe(3000);
    expect(cfg.logLevel).toBe('info');
  });

  it('binds the one server (channels and kiosk) to 127.0.0.1 unless HOST says otherwise', () => {
    expect(loadConfig(wecom).host).toBe('127.0.0.1');
    expect(loadConfig({ ...wecom, HOST: '' }).host).toBe('127.0.0.1');
    expect(loadConfig({ ...wecom, HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('reads the WeCom timestamp window and the outbox timers, refusing nonsense', () => {
    expect(loadConfig(wecom).wecom?.timestampToleranceS).toBe(300);
    expect(loadConfig({ ...wecom, WECOM_TIMESTAMP_TOLERANCE_S: '60' }).wecom?.timestampToleranceS).toBe(60);
    expect(errorOf({ ...wecom, WECOM_TIMESTAMP_TOLERANCE_S: '0' })?.variables).toEqual(['WECOM_TIMESTAMP_TOLERANCE_S']);
    expect(loadConfig({ DELIVERY_RETRY_MS: '250' }).deliveryRetryMs).toBe(250);
    expect(errorOf({ DELIVERY_CLAIM_IDLE_MS: 'soon' })?.variables).toEqual(['DELIVERY_CLAIM_IDLE_MS']);
    expect(loadConfig({}).redisLockTtlMs).toBe(15_000);
    expect(loadConfig({ REDIS_LOCK_TTL_MS: '3000' }).redisLockTtlMs).toBe(3000);
    // Under a second, a lock could run out while its holder is merely busy.
    expect(errorOf({ REDIS_LOCK_TTL_MS: '999' })?.variables).toEqual(['REDIS_LOCK_TTL_MS']);
  });

  it('treats empty values from a copied .env.example as unset', () => {
    expect(hasChannels(loadConfig({ WECOM_CORP_ID: '', SLACK_BOT_TOKEN: ' ', TELEGRAM_BOT_TOKEN: '' }))).toBe(false);
  });

  it('runs WeCom with all five variables, on the official host unless WECOM_API_ROOT says otherwise', () => {
    expect(loadConfig(wecom).wecom?.apiRoot).toBe(DEFAULT_WECOM_API_ROOT);
    expect(loadConfig({ ...wecom, WECOM_API_ROOT: 'http://127.0.0.1:9' }).wecom?.apiRoot).toBe('http://127.0.0.1:9');
  });

  it('names the missing WeCom variables, and only their names', () => {
    const { WECOM_TOKEN: _t, WECOM_SECRET: _s, ...partial } = wecom;
    const err = errorOf(partial);
    expect(err?.code).toBe('config_incomplete');
    expect(err?.variables).toEqual(['WECOM_SECRET', 'WECOM_TOKEN']);
    expect(err?.message).not.toContain(wecom.WECOM_ENCODING_AES_KEY);
  });

  it('rejects an EncodingAESKey that is not 43 characters without echoing it', () => {
    const err = errorOf({ ...wecom, WECOM_ENCODING_AES_KEY: 'tooshort' });
    expect(err?.code).toBe('config_invalid');
    expect(err?.variables).toEqual(['WECOM_ENCODING_AES_KEY']);
    expect(err?.message).not.toContain('tooshort');
  });

  it('needs a signing secret or an app token with a Slack bot token', () => {
    expect(errorOf({ SLACK_BOT_TOKEN: 'xoxb-1' })?.variables).toEqual(['SLACK_SIGNING_SECRET']);
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'x' }).slack?.signingSecret).toBe('x');
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.appToken).toBe('xapp-1');
  });

  it('uses Telegram long polling without a webhook URL and a webhook with URL and secret together', () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '1:abc' }).telegram?.webhook).toBeUndefined();
    expect(
      loadConfig({
        TELEGRAM_BOT_TOKEN: '1:abc',
        TELEGRAM_WEBHOOK_URL: 'https://x.test/telegram',
        TELEGRAM_WEBHOOK_SECRET: 's_1',
      }).telegram?.webhook,
    ).toEqual({ url: 'https://x.test/telegram', secret: 's_1' });
    expect(
      errorOf({ TELEGRAM_BOT_TOKEN: '1:abc', TELEGRAM_WEBHOOK_URL: 'https://x.test/telegram' })?.variables,
    ).toEqual(['TELEGRAM_WEBHOOK_SECRET']);
    expect(
      errorOf({
        TELEGRAM_BOT_TOKEN: '1:abc',
        TELEGRAM_WEBHOOK_URL: 'https://x.test/t',
        TELEGRAM_WEBHOOK_SECRET: 'bad secret!',
      })?.variables,
    ).toEqual(['TELEGRAM_WEBHOOK_SECRET']);
  });

  it('reads PORT 0 (any free port) and 65535, and refuses 65536', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
    expect(loadConfig({ PORT: '65535' }).port).toBe(65535);
    expect(errorOf({ PORT: '65536' })?.variables).toEqual(['PORT']);
  });

  it('accepts redis:// and rediss:// for REDIS_URL only', () => {
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379/0' }).redisUrl).toBe('redis://127.0.0.1:6379/0');
    expect(errorOf({ REDIS_URL: 'http://127.0.0.1' })?.variables).toEqual(['REDIS_URL']);
  });
});
