/** `npm run bench`: runs every bench/*-bench.ts in turn, each in its own process, and prints their figures. */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
let failed = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('-bench.ts'))
  .sort()) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
