/**
 * Starts a command-line entry point (`src/cli/<name>.ts`) without tsx: from one bundle of it,
 * built by esbuild and kept in `node_modules/.cache/jiangsu-fund-bot/`. tsx's loader costs about
 * 0.3 s of CPU before the first line of the program runs (a second process, a loader thread,
 * a round trip per module), which on this 2-core machine under load was most of `npm run ask`.
 *
 *   node scripts/fast-start.mjs ask -- "5G项目补助怎么拨付"     (what `npm run ask` runs)
 *   node scripts/fast-start.mjs --build ask                      (at install: `npm run prepare`, which then
 *                                                                 asks one question so jieba's cut is cached too)
 *
 * The bundle is only ever the sources as they are: beside it is the hash of every repository
 * file it was built from (and of package-lock.json and of this script); if one differs, it is built again before it
 * runs (about 0.2 s once). If esbuild cannot build, the entry runs through tsx as before. Files
 * read at run time (the guide, the word lists, the locales) are read from the repository as
 * always, never from the bundle.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
// FAST_START_DIR (tests only) must be inside the repository too: the bundle finds its external packages from where it lies.
const CACHE_DIR = process.env.FAST_START_DIR ?? join(ROOT, 'node_modules', '.cache', 'jiangsu-fund-bot');
// Native or data-reading packages stay outside the bundle and load from node_modules.
const EXTERNAL = ['@node-rs/jieba'];

const sha1 = (path) => createHash('sha1').update(readFileSync(path)).digest('hex');
const paths = (name) => ({
  entry: join(ROOT, 'src', 'cli', `${name}.ts`),
  bundle: join(CACHE_DIR, `${name}.bundle.mjs`),
  manifest: join(CACHE_DIR, `${name}.bundle.json`),
});

/** Whether the bundle was built from the files as they are now. */
function isFresh(name) {
  const { manifest } = paths(name);
  try {
    const m = JSON.parse(readFileSync(manifest, 'utf8'));
    if (m.lock !== sha1(join(ROOT, 'package-lock.json')) || m.builder !== sha1(import.meta.filename)) return false;
    return Object.entries(m.inputs).every(([file, hash]) => sha1(join(ROOT, file)) === hash);
  } catch {
    return false;
  }
}

/** Writes `data` to `path` whole: another process never reads half of it. */
function writeWhole(path, data) {
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, data);
  renameSync(partial, path);
}

/** Bundles `src/cli/<name>.ts` with esbuild and records the hash of each repository file it holds. */
async function build(name) {
  const { entry, bundle, manifest } = paths(name);
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry],
    // The metafile's input paths are relative to this.
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    outfile: bundle,
    external: EXTERNAL,
    metafile: true,
    logLevel: 'silent',
    // Bundled CommonJS packages call require; a bundled module's own folder is where its files are.
    banner: {
      js: [
        "import { createRequire as __createRequire } from 'node:module';",
        "import { join as __joinPath } from 'node:path';",
        'const require = __createRequire(import.meta.url);',
        'const __sourceDir = (rel) => __joinPath(import.meta.dirname, rel);',
      ].join('\n'),
    },
    plugins: [
      {
        name: 'source-dirname',
        setup(b) {
          // `import.meta.dirname` in a source file means that file's folder, not the bundle's.
          b.onLoad({ filter: /\.ts$/ }, async (args) => {
            if (args.path.includes(`${join('node_modules', '')}`)) return undefined;
            const rel = relative(dirname(bundle), dirname(args.path));
            const text = readFileSync(args.path, 'utf8');
            return {
              contents: text.replaceAll('import.meta.dirname', `__sourceDir(${JSON.stringify(rel)})`),
              loader: 'ts',
            };
          });
        },
      },
    ],
  });
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    const path = resolve(ROOT, file);
    if (!relative(ROOT, path).startsWith('node_modules')) inputs[relative(ROOT, path)] = sha1(path);
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  writeWhole(bundle, result.outputFiles[0].contents);
  const builder = sha1(import.meta.filename);
  writeWhole(manifest, JSON.stringify({ lock: sha1(join(ROOT, 'package-lock.json')), builder, inputs }));
}

const argv = process.argv.slice(2);
if (argv[0] === '--build') {
  for (const name of argv.slice(1)) {
    try {
      await build(name);
    } catch (e) {
      // Never fails an install: the command then builds (or falls back to tsx) when it runs.
      console.warn(
        `fast-start: could not bundle ${name} (${e instanceof Error ? e.message : e}); it will run through tsx`,
      );
    }
  }
} else {
  const [name = '', ...rest] = argv;
  const { entry, bundle } = paths(name);
  // The entry reads its arguments from process.argv.slice(2), as when run directly.
  process.argv = [process.argv[0] ?? 'node', entry, ...(rest[0] === '--' ? rest.slice(1) : rest)];
  let runnable = isFresh(name);
  if (!runnable) {
    try {
      await build(name);
      runnable = true;
    } catch {
      runnable = false;
    }
  }
  if (runnable) await import(pathToFileURL(bundle).href);
  else {
    const { register } = await import('tsx/esm/api');
    register();
    await import(pathToFileURL(entry).href);
  }
}
