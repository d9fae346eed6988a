/** The environment that turns on all three channels against their local fakes, on a free loopback port. */
import { SLACK_TEST, type SlackFake } from './slack-fake.ts';
import { TELEGRAM_TEST_TOKEN, type TelegramFake } from './telegram-fake.ts';
import { type WecomFake, wecomEnv } from './wecom-fake.ts';

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
    ...wecomEnv(fakes.wecom.server.url),
    SLACK_BOT_TOKEN: SLACK_TEST.botToken,
    SLACK_SIGNING_SECRET: SLACK_TEST.signingSecret,
    SLACK_API_URL: fakes.slack.apiUrl,
    TELEGRAM_BOT_TOKEN: TELEGRAM_TEST_TOKEN,
    TELEGRAM_API_ROOT: fakes.telegram.apiRoot,
    TELEGRAM_WEBHOOK_URL: 'https://bot.example.test/telegram',
    TELEGRAM_WEBHOOK_SECRET: webhookSecret,
  };
}
