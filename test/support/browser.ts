/**
 * Headless Debian Chromium for browser tests, driven by playwright-core (no downloaded browser).
 * `CHROMIUM_PATH` names the binary (CI sets it); in CI a missing browser fails the test rather
 * than skipping it.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** The Chromium binary tests use (an empty CHROMIUM_PATH counts as unset). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Whether browser tests run here: always in CI or when CHROMIUM_PATH names a browser (a missing
 * browser must then fail), otherwise when Debian's Chromium is installed.
 */
export const RUN_BROWSER_TESTS =
  process.env.CI === 'true' || Boolean(process.env.CHROMIUM_PATH) || existsSync(CHROMIUM);

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh browser profile (its own user-data dir), closed and removed by `close`. */
export async function openBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
