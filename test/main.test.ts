/**
 * `npm start` (src/main.ts) as an operator meets it: a half-configured channel stops the start
 * with the missing variables named in both languages and no stack trace.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function runMain(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', SESSION_DB: ':memory:', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString('utf8');
    });
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

describe('npm start', () => {
  it('refuses a half-configured WeCom channel, naming the missing variables without a stack trace', async () => {
    const { code, stderr } = await runMain({ WECOM_CORP_ID: 'ww1436e0e65a779aee', WECOM_SECRET: 'not-shown-anywhere' });
    expect(code).toBe(2);
    expect(stderr).toContain('WECOM_AGENT_ID');
    expect(stderr).toContain('WECOM_TOKEN');
    expect(stderr).toContain('WECOM_ENCODING_AES_KEY');
    expect(stderr).toContain('配置不完整');
    expect(stderr).toContain('Incomplete configuration');
    expect(stderr).not.toContain('not-shown-anywhere');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('says so when REDIS_URL points at no Redis', async () => {
    const { code, stderr } = await runMain({ REDIS_URL: 'redis://127.0.0.1:1/0', TELEGRAM_BOT_TOKEN: '1:abc' });
    expect(code).toBe(2);
    expect(stderr).toContain('REDIS_URL');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
