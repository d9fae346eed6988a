import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../../src/bot/store/sqlite-store.ts';
import { renderForTerminal, runTerminal } from '../../../src/bot/terminal/terminal.ts';
import { createDialogService } from '../../../src/dialogs/service.ts';

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('the terminal channel', () => {
  it('numbers the choices under the question', () => {
    const out = renderForTerminal({
      kind: 'ask',
      text: '是否在江苏？',
      slot: 'in_jiangsu',
      choices: [
        { label: '是', value: '是' },
        { label: '否', value: '否' },
      ],
    });
    expect(out).toBe('是否在江苏？\n  1. 是\n  2. 否\n');
  });

  it('greets, takes answers line by line and ends at the end of input', async () => {
    const store = createSqliteStore({ path: ':memory:' });
    const service = createDialogService({ store });
    const input = new PassThrough();
    const output = sink();
    const done = runTerminal({ service, input, output: output.stream });
    input.end('1\n企业\n');
    await done;
    expect(output.text()).toContain('您这次想申报哪类项目');
    expect(output.text()).toContain('已记录：申报单位类型 企业');
    await store.close();
  });

  it('resumes where the user left off after a restart', async () => {
    const store = createSqliteStore({ path: ':memory:' });
    const service = createDialogService({ store });
    const first = new PassThrough();
    const run1 = runTerminal({ service, input: first, output: sink().stream });
    first.end('1\n');
    await run1;
    const second = new PassThrough();
    const output = sink();
    const run2 = runTerminal({ service, input: second, output: output.stream });
    second.end('');
    await run2;
    expect(output.text()).toContain('欢迎回来');
    expect(output.text()).toContain('贵单位属于哪一类');
    await store.close();
  });
});
