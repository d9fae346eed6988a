/**
 * The guide's structure as the Q&A reads it: for each program and each aspect of a question
 * (the guide's own headings — 支持方向, 支持条件, 补助标准, 申报主体, 支持数量 — plus 拨付 and
 * the 附件 forms), the clauses that answer it. A question read as (program, aspect, detail) is
 * answered by the deepest of these clauses that holds the detail; their section heading only
 * when the question names no detail (it is then quoted with its children).
 */
import { PROGRAMS, type ProgramId } from '../program-catalogue.ts';
import type { Clause, Guide } from '../types.ts';
import type { QuestionKind, Vocabulary } from './vocabulary.ts';

/** The clauses answering one aspect of one program. */
export interface AspectClauses {
  /** The deepest clauses (no child in the set): each holds one rule. */
  readonly leaves: readonly string[];
  /** The section that holds them all (their nearest common ancestor in the set), if there are several. */
  readonly section: string | null;
  /** Leaves that answer less strongly than the others (0…1), per the aspect's `weights`; 1 where absent. */
  readonly weights: ReadonlyMap<string, number>;
}

/** Program → aspect → the clauses that answer it. */
export type GuideStructure = ReadonlyMap<ProgramId, ReadonlyMap<QuestionKind, AspectClauses>>;

// A program head whose own text is only its title ("1. 信息技术应用创新先导区项目。") says
// nothing about the program; its group's head does (1.4).
const BARE_HEAD = 16;

function ancestors(c: Clause, byId: ReadonlyMap<string, Clause>): Clause[] {
  const out: Clause[] = [];
  for (let p = c.parentId ? byId.get(c.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined)
    out.push(p);
  return out;
}

function aspectClauses(
  ids: readonly string[],
  byId: ReadonlyMap<string, Clause>,
  head: string | null = null,
): AspectClauses {
  const set = new Set(ids);
  // The program's head answers by its own text (what the program supports), whatever its children say.
  const leaves = ids.filter((id) => id === head || !(byId.get(id)?.childIds ?? []).some((child) => set.has(child)));
  // Clauses from several sections and the head have no one section holding them.
  if (leaves.length < 2 || head) return { leaves, section: null, weights: new Map() };
  // The nearest ancestor in the set that holds every leaf.
  const first = byId.get(leaves[0] ?? '');
  const holders = first ? ancestors(first, byId).filter((a) => set.has(a.id)) : [];
  const section = holders.find((a) => leaves.every((l) => l === a.id || l.startsWith(`${a.id}.`)));
  return { leaves, section: section?.id ?? null, weights: new Map() };
}

/**
 * The clause that presents a program as a whole: its head, or its group's when the head is
 * bare; none for a chapter that is only a title (二、关键核心技术（装备）攻关产业化).
 */
function programHead(id: ProgramId, byId: ReadonlyMap<string, Clause>): string | null {
  const head = byId.get(PROGRAMS.find((p) => p.id === id)?.clause ?? '');
  if (!head) return null;
  const own = head.text.replace(/^\S*?[、.）)]\s*/u, '');
  if (own.length < BARE_HEAD) return head.parentId;
  return head.id;
}

/** Builds the structure from the guide and the aspects' section words. */
export function guideStructure(guide: Guide, vocab: Vocabulary): GuideStructure {
  const byId = new Map(guide.clauses.map((c) => [c.id, c]));
  const out = new Map<ProgramId, Map<QuestionKind, AspectClauses>>();
  for (const program of PROGRAMS) {
    const mine = guide.clauses.filter((c) => c.programs.includes(program.id));
    const aspects = new Map<QuestionKind, AspectClauses>();
    const head = programHead(program.id, byId);
    for (const [kind, spec] of vocab.kinds) {
      if (spec.attachments) {
        aspects.set(kind, { leaves: program.forms, section: null, weights: new Map() });
        continue;
      }
      const sections = new Set(spec.sections ?? []);
      if (sections.size === 0) continue;
      let ids = mine
        .filter((c) => sections.has(c.title) || ancestors(c, byId).some((a) => sections.has(a.title)))
        .map((c) => c.id);
      // 拨付 is said in the 补助标准 clauses that say how the money is paid out, where there are such.
      if (spec.clauseWords && ids.length > 0) {
        const paying = ids.filter((id) => spec.clauseWords?.some((w) => byId.get(id)?.text.includes(w)));
        if (paying.length > 0) ids = paying;
      }
      // A program the guide describes in one paragraph (免费诊断, 授牌奖励, 新能源汽车) or without
      // a 支持方向 section: its head answers what it supports, and what the guide says of it at all.
      if (ids.length === 0 && head && (kind === 'direction' || mine.length === 1)) ids = [head];
      else if (spec.head && head && !ids.includes(head) && !spec.sections?.some((w) => byId.get(head)?.title === w))
        ids = [...ids, head];
      // 附件1-24 lists the training's 重点方向 (5.5.1.4 points to it): it answers what the program supports.
      if (kind === 'direction' || spec.head) {
        const refers = mine.some((c) => /附件\s*1-24/u.test(c.text));
        if (refers) ids = [...ids, guide.trainingDirections.id];
      }
      if (ids.length === 0) continue;
      const found = aspectClauses(ids, byId, spec.head && head && ids.includes(head) ? head : null);
      const weights = new Map<string, number>();
      for (const id of found.leaves) {
        const c = byId.get(id);
        if (!c || !spec.weights) continue;
        const section = [c, ...ancestors(c, byId)].find((a) => spec.weights?.[a.title] !== undefined)?.title;
        const w = id === head ? spec.weights.head : section ? spec.weights[section] : undefined;
        if (w !== undefined && w < 1) weights.set(id, w);
      }
      aspects.set(kind, { ...found, weights });
    }
    out.set(program.id, aspects);
  }
  return out;
}

/** The clause ids that answer `kind` for `program` (leaves and their section), empty when none. */
export function clausesFor(structure: GuideStructure, program: ProgramId, kind: QuestionKind): AspectClauses | null {
  return structure.get(program)?.get(kind) ?? null;
}
