/**
 * Slack's HTTP mode as a Bolt `Receiver` on our shared server (bolt-js `Receiver` +
 * `processEvent`): it checks the signature and that the request's timestamp is within five
 * minutes of our clock either way (a replay from the past or a forged future timestamp is
 * refused), checks the body's shape before Bolt sees it (a signed `null` or `payload=null` once
 * threw inside Bolt and ended the process), and answers Slack only after the listeners have
 * written the delivery to the inbox — a 500 when that failed, so Slack retries.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App, Receiver } from '@slack/bolt';
import { z } from 'zod';
import { readBodyOr413 } from '../http-server.ts';
import { errorCode, type Logger } from '../log.ts';

/** How far a request's timestamp may be from our clock (Slack's own advice: five minutes). */
export const SLACK_TIMESTAMP_TOLERANCE_S = 300;
/** Slack's payloads are a few KB; a larger body is refused with 413. */
export const SLACK_BODY_LIMIT_BYTES = 1024 * 1024;

/** What a listener reports back to the receiver through `context.delivery`. */
export interface SlackRequestState {
  failed: boolean;
}

// Every body Slack sends is an object with a string `type` (events, interactions) or a slash
// command's form with `command`; anything else is refused before Bolt reads it.
const EventBody = z.looseObject({ type: z.string() });
const CommandBody = z.looseObject({ command: z.string(), user_id: z.string(), channel_id: z.string() });

export interface SlackHttpReceiverOptions {
  readonly signingSecret: string;
  readonly log: Logger;
  readonly now?: () => number;
}

export class SlackHttpReceiver implements Receiver {
  private app: App | undefined;
  constructor(private readonly opts: SlackHttpReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }
  // Served by the channels' one server, which starts and stops it.
  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  /** Request listener for `/slack/events`. */
  readonly handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
    const raw = await readBodyOr413(req, res, SLACK_BODY_LIMIT_BYTES);
    if (raw === null) return this.refused('body_too_large');
    const form = isForm(req) ? new URLSearchParams(raw) : undefined;
    // Slack's certificate check carries no signature and wants only a 200.
    if (form?.get('ssl_check') === '1') return void res.writeHead(200).end();
    const refusal = this.verify(req, raw);
    if (refusal) {
      this.refused(refusal);
      return void res.writeHead(401).end();
    }
    const body = bodyOf(raw, form);
    if (!body) {
      this.refused('bad_body');
      return void res.writeHead(400).end();
    }
    if (body.type === 'url_verification') {
      return void res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ challenge: body.challenge }));
    }
    const state: SlackRequestState = { failed: false };
    let response: unknown;
    const retryNum = Number(req.headers['x-slack-retry-num']);
    const retryReason = req.headers['x-slack-retry-reason'];
    try {
      await this.app?.processEvent({
        body,
        ack: async (r?: unknown) => {
          response = r;
        },
        ...(Number.isInteger(retryNum) ? { retryNum } : {}),
        ...(typeof retryReason === 'string' ? { retryReason } : {}),
        customProperties: { delivery: state },
      });
    } catch (err) {
      // A body that passed the shape check but still upset Bolt: this request fails, nothing else.
      this.opts.log.error('slack_event_failed', { code: errorCode(err) });
      return void res.writeHead(400).end();
    }
    if (state.failed) return void res.writeHead(500).end();
    if (response === undefined || response === '') return void res.writeHead(200).end();
    const text = typeof response === 'string';
    res
      .writeHead(200, { 'content-type': text ? 'text/plain; charset=utf-8' : 'application/json' })
      .end(text ? response : JSON.stringify(response));
  };

  private refused(code: string): void {
    this.opts.log.warn('slack_refused', { code });
  }

  /** Null when signed by our secret within the time window; else why not. */
  private verify(req: IncomingMessage, raw: string): string | null {
    const ts = String(req.headers['x-slack-request-timestamp'] ?? '');
    const sig = String(req.headers['x-slack-signature'] ?? '');
    if (!/^\d{1,12}$/.test(ts)) return 'bad_timestamp';
    const now = (this.opts.now ?? Date.now)() / 1000;
    if (Math.abs(now - Number(ts)) > SLACK_TIMESTAMP_TOLERANCE_S) return 'stale_timestamp';
    const expected = `v0=${createHmac('sha256', this.opts.signingSecret).update(`v0:${ts}:${raw}`).digest('hex')}`;
    const a = Buffer.from(sig);
    const b = Buffer.from(expected);
    return a.length === b.length && timingSafeEqual(a, b) ? null : 'bad_signature';
  }
}

const isForm = (req: IncomingMessage) =>
  String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');

/** The body as Bolt expects it, or null when it is not one of the shapes Slack sends. */
function bodyOf(raw: string, form: URLSearchParams | undefined): Record<string, unknown> | null {
  try {
    if (form?.has('payload')) {
      const parsed = EventBody.safeParse(JSON.parse(form.get('payload') ?? ''));
      return parsed.success ? parsed.data : null;
    }
    if (form) {
      const parsed = CommandBody.safeParse(Object.fromEntries(form));
      return parsed.success ? parsed.data : null;
    }
    const parsed = EventBody.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
