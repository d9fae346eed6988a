/**
 * The application checklist: for each program, its 绩效目标申报表 and the documents its clauses
 * require, each with the clause it comes from, and whether the dialog already confirmed it. The
 * documents are data beside the program rules (`programs/jiangsu-2022-documents.ts`); this module
 * reads them for a profile and words the checklist as text (`locales/<lang>/pack.json`).
 */
import type { Locale } from '../dialogs/types.ts';
import { t } from '../i18n.ts';
import { formById, printedLabel } from '../knowledge/guide.ts';
import type { ProgramId } from '../knowledge/program-catalogue.ts';
import { programName } from './explain.ts';
import type { FactKey } from './facts.ts';
import { programRules } from './index.ts';
import { DOCUMENTS_2022, FORM_CHOICES_2022 } from './programs/jiangsu-2022-documents.ts';
import type { Profile, Test } from './types.ts';

/** How the dialog shows a document is in hand: a yes/no fact, or a recognition held. */
export type Confirmation = Extract<Test, { op: 'is' } | { op: 'holds' } | { op: 'holdsAny' }>;

/** One document a program's clauses require. */
export interface DocumentRule {
  /** Message id under `pack.document.` (both locales). */
  readonly id: string;
  /** The deepest clause that requires it. */
  readonly clause: string;
  /** The fact that ticks it; absent where no answer can show the document exists. */
  readonly confirmedBy?: Confirmation;
}

/** A program with one form per kind of project: which form each value of `fact` takes. */
export interface FormChoice {
  readonly fact: FactKey;
  readonly forms: Readonly<Record<string, string>>;
}

/** One line of a checklist. */
export interface ChecklistItem {
  readonly kind: 'form' | 'document';
  /** The form id ("A1-1") or the document's message id. */
  readonly id: string;
  /** The clause (or attachment id) it comes from. */
  readonly clause: string;
  /** The dialog has confirmed it (never true for a form: the enterprise still fills in its targets). */
  readonly confirmed: boolean;
}

/** Documents per program, per guide version. */
const DOCUMENTS: Readonly<Record<string, Readonly<Record<ProgramId, readonly DocumentRule[]>>>> = {
  'jiangsu-2022': DOCUMENTS_2022,
};
const FORM_CHOICES: Readonly<Record<string, Partial<Record<ProgramId, FormChoice>>>> = {
  'jiangsu-2022': FORM_CHOICES_2022,
};

/** The documents a program's clauses require (the form not included). */
export function programDocuments(program: ProgramId, guide = 'jiangsu-2022'): readonly DocumentRule[] {
  return DOCUMENTS[guide]?.[program] ?? [];
}

/**
 * The 绩效目标申报表 ids a profile needs for a program: the program's forms that are forms (附件1-24,
 * the training directions, is not), narrowed to the one its project kind takes where known.
 */
export function applicationForms(program: ProgramId, profile: Profile, guide = 'jiangsu-2022'): string[] {
  const forms = programRules(program, guide).forms.filter((id) => formById(id) !== undefined);
  const choice = FORM_CHOICES[guide]?.[program];
  const value = choice ? profile[choice.fact] : undefined;
  const chosen = choice && typeof value === 'string' ? choice.forms[value] : undefined;
  return chosen && forms.includes(chosen) ? [chosen] : forms;
}

/** Whether a profile confirms a document. Unknown is not confirmed. */
export function isConfirmed(rule: DocumentRule, profile: Profile): boolean {
  const c = rule.confirmedBy;
  if (!c) return false;
  const certs = Array.isArray(profile.certifications) ? (profile.certifications as readonly string[]) : [];
  switch (c.op) {
    case 'is':
      return profile[c.fact as FactKey] === c.value;
    case 'holds':
      return certs.includes(c.cert);
    case 'holdsAny':
      return c.certs.some((x) => certs.includes(x));
  }
}

/** A program's checklist for a profile: its forms first, then its documents in clause order. */
export function documentChecklist(program: ProgramId, profile: Profile, guide = 'jiangsu-2022'): ChecklistItem[] {
  return [
    ...applicationForms(program, profile, guide).map(
      (id): ChecklistItem => ({ kind: 'form', id, clause: id, confirmed: false }),
    ),
    ...programDocuments(program, guide).map(
      (d): ChecklistItem => ({ kind: 'document', id: d.id, clause: d.clause, confirmed: isConfirmed(d, profile) }),
    ),
  ];
}

/** What a checklist item is called: the form with its number and title, or the document's name. */
export function checklistItemName(item: ChecklistItem, locale: Locale): string {
  return item.kind === 'form'
    ? t(locale, 'pack.checklist.form', {
        number: item.id.replace(/^A/u, ''),
        title: formById(item.id)?.title ?? item.id,
      })
    : t(locale, `pack.document.${item.id}`);
}

/** One checklist item as a line: its box, its name, whether confirmed, its clause. */
export function checklistItemText(item: ChecklistItem, locale: Locale): string {
  return t(locale, item.confirmed ? 'pack.checklist.item_confirmed' : 'pack.checklist.item', {
    name: checklistItemName(item, locale),
    clause: clauseRef(item.clause, locale),
  });
}

/** "一、（一）2. [1.1.2]" or "附件1-1" for a clause id. */
export function clauseRef(id: string, locale: Locale): string {
  if (/^A\d+-\d+$/u.test(id)) return t(locale, 'pack.attachment_ref', { number: id.replace(/^A/u, '') });
  return t(locale, 'pack.clause_ref', { id, label: printedLabel(id) ?? '' });
}

/** A program's checklist as text: a heading, then one line per item. */
export function checklistText(program: ProgramId, profile: Profile, locale: Locale): string {
  const items = documentChecklist(program, profile);
  return [
    t(locale, 'pack.checklist.heading', { name: programName(program, locale) }),
    ...items.map((i) => checklistItemText(i, locale)),
  ].join('\n');
}
