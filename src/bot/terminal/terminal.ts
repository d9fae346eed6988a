/**
 * The terminal channel: the dialog on a TTY with readline, for a newcomer's first run and for
 * outreach staff at a laptop. Choices are numbered; typing the number picks one (the engine
 * reads numbers). Resumes a saved dialog or starts one by itself, and ends at EOF (Ctrl-D) or Ctrl-C.
 */
import { createInterface } from 'node:readline';
import type { DialogService } from '../../dialogs/service.ts';
import type { Locale, Reply } from '../../dialogs/types.ts';

/** Options of the terminal channel. */
export interface TerminalOptions {
  readonly service: DialogService;
  readonly input?: NodeJS.ReadableStream;
  readonly output?: NodeJS.WritableStream;
  readonly locale?: Locale;
  /** The session's user id (one local user by default, so a restart resumes the dialog). */
  readonly userId?: string;
}

/** Renders one reply as terminal text: the text, then choices one per line, numbered. */
export function renderForTerminal(reply: Reply): string {
  const choices = reply.kind === 'ask' || reply.kind === 'clarify' ? reply.choices : [];
  const lines = [reply.text];
  choices.forEach((c, i) => {
    lines.push(`  ${i + 1}. ${c.label}`);
  });
  return `${lines.join('\n')}\n`;
}

/** Runs the dialog on the terminal until the input ends. */
export async function runTerminal(options: TerminalOptions): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const rl = createInterface({ input, output, terminal: Boolean((input as { isTTY?: boolean }).isTTY) });
  const send = async (text: string) => {
    const replies = await options.service.handle({
      channel: 'terminal',
      chatId: 'local',
      userId: options.userId ?? 'local',
      text,
      locale: options.locale ?? 'zh-CN',
    });
    for (const r of replies) output.write(`\n${renderForTerminal(r)}`);
    rl.setPrompt('> ');
    rl.prompt();
  };
  // Take hold of the lines before the first await, or lines piped in meanwhile are lost.
  const lines = rl[Symbol.asyncIterator]();
  // Resume a saved dialog (the store survives restarts); a new user gets the greeting.
  await send('/resume');
  for await (const line of { [Symbol.asyncIterator]: () => lines }) {
    if (line.trim() === '') {
      rl.prompt();
      continue;
    }
    await send(line);
  }
  output.write('\n');
}
