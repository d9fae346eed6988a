/**
 * `npm run pack -- PROFILE.json --out DIR [--lang zh-CN|en]`: one enterprise's application pack.
 * For each program eligible or still open, writes its pre-filled 绩效目标申报表 (.xlsx) and its
 * checklist (.txt) to DIR. Besides fact keys the profile may carry `name` (项目承担单位),
 * `project_name` (项目名称) and `recommending_unit` (项目推荐单位) for the form's header.
 * Bad input exits 2 with the field and an error code, never a stack trace.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Locale } from '../dialogs/types.ts';
import { LOCALES, t } from '../i18n.ts';
import type { PackEnterprise } from '../pack/form-facts.ts';
import { packPrograms, programPack } from '../pack/pack.ts';
import { programName } from '../rules/explain.ts';
import { evaluate, validateProfile } from '../rules/index.ts';

const BAD_INPUT = 2;
/** Keys that label the enterprise rather than state a fact. */
const LABEL_KEYS = { name: 'name', project_name: 'projectName', recommending_unit: 'recommendingUnit' } as const;

async function main(argv: readonly string[]): Promise<number> {
  let values: { out?: string; lang?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { out: { type: 'string' }, lang: { type: 'string' } },
    }));
  } catch {
    process.stderr.write(`${t('zh-CN', 'pack.cli.usage')}\n`);
    return BAD_INPUT;
  }
  const locale: Locale = LOCALES.find((l) => l === values.lang) ?? 'zh-CN';
  const w = (id: string, view?: Record<string, unknown>) => t(locale, `pack.cli.${id}`, view);
  const path = positionals[0];
  if (!path) return fail(w('usage'));
  if (!values.out) return fail(`${w('error.no_out')}\n${w('usage')}`);

  let input: unknown;
  try {
    input = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    return fail(w(missing ? 'error.not_found' : 'error.bad_json', { path }));
  }
  const { enterprise, facts } = splitLabels(input);
  const checked = validateProfile(facts);
  if (!checked.ok) {
    return fail(
      checked.errors
        .map((e) => w('error.bad_profile', { field: e.field, code: e.code, value: JSON.stringify(e.value ?? '') }))
        .join('\n'),
    );
  }
  const profile = checked.profile;
  const programs = packPrograms(evaluate(profile));
  if (programs.length === 0) {
    process.stderr.write(`${w('none')}\n`);
    return 0;
  }
  try {
    await mkdir(values.out, { recursive: true });
    for (const program of programs) {
      const files = programPack(program, profile, enterprise, locale);
      for (const f of files) await writeFile(join(values.out, f.fileName), f.bytes);
      process.stderr.write(
        `${w('wrote', { program: programName(program, locale), files: files.map((f) => f.fileName).join(', ') })}\n`,
      );
    }
  } catch (err) {
    return fail(w('error.unexpected', { code: err instanceof Error ? err.name : 'unknown' }), 1);
  }
  process.stderr.write(`${w('done', { count: programs.length, dir: values.out })}\n`);
  return 0;
}

function fail(message: string, status = BAD_INPUT): number {
  process.stderr.write(`${message}\n`);
  return status;
}

/** Separates the enterprise's labels (name, project name, recommending unit) from its facts. */
function splitLabels(input: unknown): { enterprise: PackEnterprise; facts: unknown } {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { enterprise: { name: null, projectName: null, recommendingUnit: null }, facts: input };
  const facts: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  const enterprise: Record<keyof PackEnterprise, string | null> = {
    name: null,
    projectName: null,
    recommendingUnit: null,
  };
  for (const [key, field] of Object.entries(LABEL_KEYS)) {
    const v = facts[key];
    delete facts[key];
    if (typeof v === 'string' && v.trim() !== '') enterprise[field] = v.trim();
  }
  return { enterprise, facts };
}

process.exitCode = await main(process.argv.slice(2));
