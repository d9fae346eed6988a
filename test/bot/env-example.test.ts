import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_VARIABLES, hasChannels, loadConfig } from '../../src/bot/config.ts';

const root = join(import.meta.dirname, '..', '..');
const example = readFileSync(join(root, '.env.example'), 'utf8');
const assigned = new Map(
  example
    .split('\n')
    .filter((l) => /^[A-Z_]+=/.test(l))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as const),
);

describe('.env.example', () => {
  it('lists every variable the channels read', () => {
    for (const v of CHANNEL_VARIABLES) expect(assigned.has(v), v).toBe(true);
  });

  it('lists every variable the source reads from the environment (the kiosk and the report too)', () => {
    const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    const read = new Set<string>();
    for (const f of files) {
      for (const m of readFileSync(join(root, 'src', f), 'utf8').matchAll(/env\??\.([A-Z][A-Z0-9_]+)/g))
        read.add(m[1] as string);
    }
    // DEBUG only makes `npm run screen` print a stack trace for a developer; it is no deployment setting.
    read.delete('DEBUG');
    expect(read).toContain('KIOSK_LINK_TTL_HOURS');
    for (const v of read) expect(assigned.has(v), v).toBe(true);
  });

  it('holds no credential values, so copying it starts the terminal chat', () => {
    const withValues = [...assigned].filter(([, v]) => v !== '').map(([k]) => k);
    expect(withValues.sort()).toEqual(['LOG_LEVEL', 'PORT']);
    expect(hasChannels(loadConfig(Object.fromEntries(assigned)))).toBe(false);
  });

  it('every variable it lists is documented in docs/channels.md', () => {
    const doc = readFileSync(join(root, 'docs', 'channels.md'), 'utf8');
    for (const v of assigned.keys()) expect(doc, v).toContain(v);
  });
});
