/**
 * Channel configuration from the environment, validated with zod at the boundary. A channel
 * runs when its credentials are present; a channel with only some of them is an error that
 * names the missing variables (never their values).
 */
import { z } from 'zod';
import { type LogLevel, parseLogLevel } from './log.ts';

export type ConfigErrorCode = 'config_incomplete' | 'config_invalid';

/** Bad configuration: a code and the variable names concerned. */
export class ConfigError extends Error {
  constructor(
    readonly code: ConfigErrorCode,
    readonly variables: readonly string[],
  ) {
    super(`${code}: ${variables.join(', ')}`);
    this.name = 'ConfigError';
  }
}

export interface WecomConfig {
  readonly corpId: string;
  readonly agentId: string;
  readonly secret: string;
  readonly token: string;
  readonly encodingAesKey: string;
  readonly apiRoot: string;
  /** How far a callback's timestamp may be from our clock, in seconds. */
  readonly timestampToleranceS: number;
}

export interface SlackConfig {
  readonly botToken: string;
  readonly signingSecret?: string;
  readonly appToken?: string;
  readonly apiUrl?: string;
}

export interface TelegramConfig {
  readonly botToken: string;
  readonly apiRoot?: string;
  readonly webhook?: { readonly url: string; readonly secret: string };
}

export interface BotConfig {
  readonly port: number;
  /** The one bind address of the one server (channels and kiosk); 127.0.0.1 when unset. */
  readonly host: string;
  /** How often unsent replies and undone deliveries are taken up again, in ms. */
  readonly deliveryRetryMs: number;
  /** Redis: a delivery pending this long on a silent instance is taken over, in ms. */
  readonly deliveryClaimIdleMs: number;
  readonly redisUrl?: string;
  /** Redis: how long a user's lock outlives an instance that died holding it (their next turn waits that long), in ms. */
  readonly redisLockTtlMs: number;
  /** Prefix of every Redis key (default `jfb`), so deployments or tests can share a database. */
  readonly redisKeyPrefix: string;
  readonly logLevel: LogLevel;
  readonly wecom?: WecomConfig;
  readonly slack?: SlackConfig;
  readonly telegram?: TelegramConfig;
}

export const DEFAULT_WECOM_API_ROOT = 'https://qyapi.weixin.qq.com';
export const DEFAULT_PORT = 3000;
/** A lock is extended every third of this while its holder works, so only a dead holder's lock runs out. */
export const DEFAULT_LOCK_TTL_MS = 15_000;
/** Dialogs hold enterprise figures: this machine only unless HOST says otherwise. */
export const DEFAULT_HOST = '127.0.0.1';

const httpUrl = z.url({ protocol: /^https?$/ });
const fields = {
  PORT: z.coerce.number().int().min(0).max(65535),
  HOST: z.string(),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }),
  REDIS_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9:_-]{1,64}$/),
  WECOM_CORP_ID: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  WECOM_AGENT_ID: z.string().regex(/^\d{1,12}$/),
  WECOM_SECRET: z.string().min(1),
  WECOM_TOKEN: z.string().regex(/^[A-Za-z0-9]{1,32}$/),
  WECOM_ENCODING_AES_KEY: z.string().regex(/^[A-Za-z0-9]{43}$/),
  WECOM_API_ROOT: httpUrl,
  WECOM_TIMESTAMP_TOLERANCE_S: z.coerce.number().int().min(1).max(86_400),
  DELIVERY_RETRY_MS: z.coerce.number().int().min(100).max(3_600_000),
  DELIVERY_CLAIM_IDLE_MS: z.coerce.number().int().min(100).max(3_600_000),
  REDIS_LOCK_TTL_MS: z.coerce.number().int().min(1_000).max(600_000),
  SLACK_BOT_TOKEN: z.string().min(1),
  SLACK_SIGNING_SECRET: z.string().min(1),
  SLACK_APP_TOKEN: z.string().startsWith('xapp-'),
  SLACK_API_URL: httpUrl,
  TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[A-Za-z0-9_-]+$/),
  TELEGRAM_API_ROOT: httpUrl,
  TELEGRAM_WEBHOOK_URL: z.url({ protocol: /^https$/ }),
  // Telegram allows 1–256 characters A-Z a-z 0-9 _ - in secret_token.
  TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{1,256}$/),
} as const;
type Var = keyof typeof fields;

/** Every environment variable the channels read (for docs and `.env.example` checks). */
export const CHANNEL_VARIABLES: readonly string[] = [...Object.keys(fields), 'LOG_LEVEL'];

const WECOM_REQUIRED: readonly Var[] = [
  'WECOM_CORP_ID',
  'WECOM_AGENT_ID',
  'WECOM_SECRET',
  'WECOM_TOKEN',
  'WECOM_ENCODING_AES_KEY',
];

/** Reads the configuration; throws ConfigError naming variables that are missing or malformed. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): BotConfig {
  // An empty value (common in .env files) counts as unset.
  const get = (name: string) => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const invalid: string[] = [];
  const values = new Map<Var, unknown>();
  for (const [name, schema] of Object.entries(fields) as [Var, z.ZodType][]) {
    const raw = get(name);
    if (raw === undefined) continue;
    const parsed = schema.safeParse(raw);
    if (parsed.success) values.set(name, parsed.data);
    else invalid.push(name);
  }
  if (invalid.length > 0) throw new ConfigError('config_invalid', invalid);
  const str = (name: Var) => values.get(name) as string | undefined;
  const has = (name: Var) => values.has(name);

  const missing: string[] = [];
  let wecom: WecomConfig | undefined;
  if (WECOM_REQUIRED.some(has)) {
    missing.push(...WECOM_REQUIRED.filter((v) => !has(v)));
    if (WECOM_REQUIRED.every(has)) {
      wecom = {
        corpId: str('WECOM_CORP_ID') as string,
        agentId: str('WECOM_AGENT_ID') as string,
        secret: str('WECOM_SECRET') as string,
        token: str('WECOM_TOKEN') as string,
        encodingAesKey: str('WECOM_ENCODING_AES_KEY') as string,
        apiRoot: str('WECOM_API_ROOT') ?? DEFAULT_WECOM_API_ROOT,
        timestampToleranceS: (values.get('WECOM_TIMESTAMP_TOLERANCE_S') as number | undefined) ?? 300,
      };
    }
  }

  let slack: SlackConfig | undefined;
  const slackToken = str('SLACK_BOT_TOKEN');
  if (slackToken) {
    if (!has('SLACK_SIGNING_SECRET') && !has('SLACK_APP_TOKEN')) missing.push('SLACK_SIGNING_SECRET');
    else
      slack = {
        botToken: slackToken,
        ...(has('SLACK_SIGNING_SECRET') ? { signingSecret: str('SLACK_SIGNING_SECRET') } : {}),
        ...(has('SLACK_APP_TOKEN') ? { appToken: str('SLACK_APP_TOKEN') } : {}),
        ...(has('SLACK_API_URL') ? { apiUrl: str('SLACK_API_URL') } : {}),
      };
  } else if (has('SLACK_SIGNING_SECRET') || has('SLACK_APP_TOKEN')) {
    missing.push('SLACK_BOT_TOKEN');
  }

  let telegram: TelegramConfig | undefined;
  const tgToken = str('TELEGRAM_BOT_TOKEN');
  const hookUrl = str('TELEGRAM_WEBHOOK_URL');
  const hookSecret = str('TELEGRAM_WEBHOOK_SECRET');
  if (hookUrl && !hookSecret) missing.push('TELEGRAM_WEBHOOK_SECRET');
  if (hookSecret && !hookUrl) missing.push('TELEGRAM_WEBHOOK_URL');
  if (!tgToken && (hookUrl || hookSecret)) missing.push('TELEGRAM_BOT_TOKEN');
  if (tgToken) {
    telegram = {
      botToken: tgToken,
      ...(has('TELEGRAM_API_ROOT') ? { apiRoot: str('TELEGRAM_API_ROOT') } : {}),
      ...(hookUrl && hookSecret ? { webhook: { url: hookUrl, secret: hookSecret } } : {}),
    };
  }
  if (missing.length > 0) throw new ConfigError('config_incomplete', missing);

  return {
    port: (values.get('PORT') as number | undefined) ?? DEFAULT_PORT,
    host: str('HOST') ?? DEFAULT_HOST,
    deliveryRetryMs: (values.get('DELIVERY_RETRY_MS') as number | undefined) ?? 5_000,
    deliveryClaimIdleMs: (values.get('DELIVERY_CLAIM_IDLE_MS') as number | undefined) ?? 30_000,
    ...(has('REDIS_URL') ? { redisUrl: str('REDIS_URL') } : {}),
    redisLockTtlMs: (values.get('REDIS_LOCK_TTL_MS') as number | undefined) ?? DEFAULT_LOCK_TTL_MS,
    redisKeyPrefix: str('REDIS_KEY_PREFIX') ?? 'jfb',
    logLevel: parseLogLevel(get('LOG_LEVEL')),
    ...(wecom ? { wecom } : {}),
    ...(slack ? { slack } : {}),
    ...(telegram ? { telegram } : {}),
  };
}

/** Whether any chat channel is configured (otherwise `npm start` opens the terminal chat). */
export function hasChannels(cfg: BotConfig): boolean {
  return Boolean(cfg.wecom || cfg.slack || cfg.telegram);
}
