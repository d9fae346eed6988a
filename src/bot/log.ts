/**
 * A small structured logger for the channel layer: one JSON line per event on stderr.
 * Callers pass only codes, counts, durations and ids — never what a user typed, enterprise
 * figures or credentials — so a log can be shared without a privacy review.
 */
export type LogLevel = 'error' | 'warn' | 'info' | 'debug' | 'silent';

const RANK: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };

export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface Logger {
  error(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  debug(event: string, fields?: LogFields): void;
}

/** Parses LOG_LEVEL; anything unknown falls back to `info`. */
export function parseLogLevel(value: string | undefined): LogLevel {
  const v = (value ?? '').toLowerCase();
  return v in RANK ? (v as LogLevel) : 'info';
}

/** A logger writing JSON lines at or above `level` to `write` (stderr by default). */
export function createLogger(level: LogLevel, write: (line: string) => void = (l) => process.stderr.write(l)): Logger {
  const emit = (at: Exclude<LogLevel, 'silent'>, event: string, fields?: LogFields) => {
    if (RANK[at] > RANK[level]) return;
    write(`${JSON.stringify({ time: new Date().toISOString(), level: at, event, ...fields })}\n`);
  };
  return {
    error: (e, f) => emit('error', e, f),
    warn: (e, f) => emit('warn', e, f),
    info: (e, f) => emit('info', e, f),
    debug: (e, f) => emit('debug', e, f),
  };
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = createLogger('silent');

/** The error's code (our string unions) or its class name — never its message, which may hold user data. */
export function errorCode(err: unknown): string {
  if (err && typeof err === 'object') {
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' || typeof code === 'number') return String(code);
    const name = (err as { name?: unknown }).name;
    if (typeof name === 'string') return name;
  }
  return 'unknown';
}
