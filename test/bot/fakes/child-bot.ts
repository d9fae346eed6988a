/**
 * Runs `src/main.ts` (what `npm start` runs) as a child process with an environment that points
 * at the platform fakes, reads the port it bound from its `channels_started` log line, and can
 * kill it hard (SIGKILL, as a crash would) to test a restart.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');

export interface ChildBot {
  readonly port: number;
  readonly url: string;
  readonly log: string[];
  /** SIGKILL: no shutdown hooks run, like a crash or `kill -9`. */
  kill(): Promise<void>;
  /** SIGTERM, as a process manager stops it; resolves with the exit code. */
  terminate(): Promise<number | null>;
}

export async function spawnBot(env: Record<string, string>, timeoutMs = 30_000): Promise<ChildBot> {
  // A clean environment: nothing from the developer's shell (REDIS_URL, tokens) leaks in.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  let exited = false;
  let exitCode: number | null = null;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', (code) => {
      exited = true;
      exitCode = code;
      resolve();
    });
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`bot did not start in ${timeoutMs} ms:\n${log.join('')}`)),
      timeoutMs,
    );
    let buffered = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      const s = chunk.toString('utf8');
      log.push(s);
      buffered += s;
      for (const line of buffered.split('\n').slice(0, -1)) {
        try {
          const entry = JSON.parse(line) as { event?: string; port?: number };
          if (entry.event === 'channels_started' && typeof entry.port === 'number') {
            clearTimeout(timer);
            resolve(entry.port);
          }
        } catch {
          // not a log line of ours
        }
      }
      buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
    });
    child.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString('utf8')));
    void exit.then(() => {
      clearTimeout(timer);
      reject(new Error(`bot exited before starting:\n${log.join('')}`));
    });
  });
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    log,
    async kill() {
      if (!exited) child.kill('SIGKILL');
      await exit;
    },
    async terminate() {
      if (!exited) child.kill('SIGTERM');
      await exit;
      return exitCode;
    },
  };
}
