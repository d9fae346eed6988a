/** The environment that turns on all three channels against their local fakes, on a free loopback port. */
import { SLACK_TEST, type SlackFake } from './slack-fake.ts';
import { TELEGRAM_TEST_TOKEN, type TelegramFake } from './telegram-fake.ts';
import { WECOM_TEST_APP, type WecomFake } from './wecom-fake.ts';

/** The three running fakes. */
export interface ChannelFakes {
  readonly wecom: WecomFake;
  readonly slack: SlackFake;
  readonly telegram: TelegramFake;
}

/** Every channel's variables, pointed at the fakes; `webhookSecret` is Telegram's. */
export function allChannelsEnv(fakes: ChannelFakes, webhookSecret = 'sec'): Record<string, string> {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    WECOM_CORP_ID: WECOM_TEST_APP.corpId,
    WECOM_AGENT_ID: WECOM_TEST_APP.agentId,
    WECOM_SECRET: WECOM_TEST_APP.secret,
    WECOM_TOKEN: WECOM_TEST_APP.token,
    WECOM_ENCODING_AES_KEY: WECOM_TEST_APP.encodingAesKey,
    WECOM_API_ROOT: fakes.wecom.server.url,
    SLACK_BOT_TOKEN: SLACK_TEST.botToken,
    SLACK_SIGNING_SECRET: SLACK_TEST.signingSecret,
    SLACK_API_URL: fakes.slack.apiUrl,
    TELEGRAM_BOT_TOKEN: TELEGRAM_TEST_TOKEN,
    TELEGRAM_API_ROOT: fakes.telegram.apiRoot,
    TELEGRAM_WEBHOOK_URL: 'https://bot.example.test/telegram',
    TELEGRAM_WEBHOOK_SECRET: webhookSecret,
  };
}
