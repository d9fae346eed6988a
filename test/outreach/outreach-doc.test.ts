import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHEET_HEADERS } from '../../src/outreach/sheet-headers.ts';

const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'outreach.md'), 'utf8');

describe('docs/outreach.md', () => {
  it('lists every header spelling the sheet reader accepts, so staff can look one up', () => {
    for (const entry of SHEET_HEADERS) for (const name of entry.names) expect(doc, name).toContain(name);
  });
});
