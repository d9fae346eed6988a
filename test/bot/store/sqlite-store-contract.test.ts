import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createSqliteStore } from '../../../src/bot/store/sqlite-store.ts';
import type { SessionStore } from '../../../src/dialogs/types.ts';
import { describeSessionStore } from './session-store-suite.ts';

const dir = mkdtempSync(join(tmpdir(), 'jfb-sqlite-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const paths = new WeakMap<SessionStore, string>();
let n = 0;

describeSessionStore('SQLite', {
  idleOption: true,
  make: async (opts) => {
    const path = join(dir, `sessions-${++n}.sqlite`);
    const store = createSqliteStore({ path, ...(opts?.idleMs ? { ttlMs: opts.idleMs } : {}) });
    paths.set(store, path);
    return store;
  },
  makeSibling: async (first) => createSqliteStore({ path: paths.get(first) as string }),
});
