/**
 * Which cells of a 绩效目标申报表 the enterprise's answers determine, by what the cell says rather
 * than where it stands, so a later guide's forms are filled from their own text:
 *
 * - header fields: the enterprise's name, its recommending unit, the project's start and end;
 * - the project's own figures (项目总投资, 项目总投入, 项目研发投入): filled, marked as answers;
 * - targets the enterprise commits to (主营业务收入, 实缴税金 …): never filled; last year's figure,
 *   where the dialog knows it, stands beside them as a reference.
 */
import type { FactKey } from '../rules/facts.ts';

/** What the pack knows about the enterprise besides its facts (from a sign-up sheet or the CLI). */
export interface PackEnterprise {
  readonly name: string | null;
  readonly projectName: string | null;
  readonly recommendingUnit: string | null;
}

/** The source of a header field. */
export type HeaderSource =
  | { readonly kind: 'info'; readonly key: keyof PackEnterprise }
  | { readonly kind: 'fact'; readonly fact: FactKey };

/** Header fields by their printed name. 总体目标 / 年度目标 are the enterprise's to write. */
export const HEADER_SOURCES: Readonly<Record<string, HeaderSource>> = {
  项目名称: { kind: 'info', key: 'projectName' },
  项目推荐单位: { kind: 'info', key: 'recommendingUnit' },
  项目承担单位: { kind: 'info', key: 'name' },
  项目开始时间: { kind: 'fact', fact: 'start_date' },
  项目结束时间: { kind: 'fact', fact: 'completion_date' },
};

/** How an indicator relates to a fact. */
export type IndicatorSource =
  /** The project's own figure: the value cell is filled from the answer. */
  | { readonly role: 'answer'; readonly fact: FactKey }
  /** A target: the value cell stays empty, the fact is shown beside it as a reference. */
  | { readonly role: 'reference'; readonly fact: FactKey; readonly basis: 'last_year' | 'avg_3y' };

/**
 * Indicators by name, units and "不含税" taken off ("项目总投资 (不含税, 万元)" → 项目总投资). The
 * project-scoped revenue rows (项目主营业务收入, 项目期内营业收入) are not the enterprise's
 * revenue and get no reference.
 */
export const INDICATOR_SOURCES: Readonly<Record<string, IndicatorSource>> = {
  项目总投资: { role: 'answer', fact: 'total_investment' },
  项目总投资投入: { role: 'answer', fact: 'total_investment' },
  项目总投入: { role: 'answer', fact: 'total_investment' },
  项目研发投入: { role: 'answer', fact: 'rd_investment' },
  主营业务收入: { role: 'reference', fact: 'revenue_last_year', basis: 'last_year' },
  实缴税金: { role: 'reference', fact: 'taxes_paid_last_year', basis: 'last_year' },
  研发投入占营业收入比重: { role: 'reference', fact: 'rd_ratio_3y_avg_pct', basis: 'avg_3y' },
  主导产品销售收入占主营业务收入比重: { role: 'reference', fact: 'main_product_share_pct', basis: 'last_year' },
};

/** An indicator's name without its unit: whitespace and parenthesised parts removed. */
export function indicatorName(level3: string): string {
  return level3.replace(/\s+/gu, '').replace(/[（(][^（()）]*[)）]/gu, '');
}

/** The source of an indicator's value, if the answers bear on it. */
export function indicatorSource(level3: string): IndicatorSource | undefined {
  return INDICATOR_SOURCES[indicatorName(level3)];
}
