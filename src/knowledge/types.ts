/**
 * Shapes of the guide as data. The parser in `guide.ts` fills them from the guide's text;
 * everything else (rules, answers, reports) points at clauses by id and never copies text.
 */
import type { ProgramId } from './program-catalogue.ts';

/** The guide's numbering levels: 一、 › （一） › 1. › （1） › ①. */
export type ClauseLevel = 1 | 2 | 3 | 4 | 5;

/** One numbered clause of the guide body. */
export interface Clause {
  /** Contract clause id: the ordinals of its heading path joined by dots ("1.2.3"). */
  readonly id: string;
  readonly level: ClauseLevel;
  /** The parent clause id, or null for a chapter (一、…五、). */
  readonly parentId: string | null;
  /** Ids of the direct children, in the guide's order. */
  readonly childIds: readonly string[];
  /** This level's number as printed in the guide: "一、", "（二）", "3.", "（1）", "①". */
  readonly printedNumber: string;
  /** The whole number path as printed: "一、（二）3.". */
  readonly label: string;
  /** The clause's own heading words (e.g. "补助标准", "技术改造贷款贴息和设备补助项目"), or "" where it has none. */
  readonly title: string;
  /** Titles of the ancestors and of this clause, outermost first (empty titles skipped). */
  readonly headingPath: readonly string[];
  /**
   * The clause's own text exactly as published (page-break splits joined), excluding its children,
   * starting with its printed number. Paragraphs are joined by "\n".
   */
  readonly text: string;
  /** The programs this clause belongs to (the program whose subtree holds it), if any. */
  readonly programs: readonly ProgramId[];
}

/** One indicator row of a 绩效目标申报表. */
export interface FormIndicator {
  /** 一级指标 (e.g. 产出指标). */
  readonly level1: string;
  /** 二级指标 (e.g. 数量指标); "" where the form leaves it empty. */
  readonly level2: string;
  /** 三级指标 (e.g. 新增数字化装备（台/套数）). */
  readonly level3: string;
  /** A fixed value hint printed in the 指标值 cell, such as "(合规、不合规)"; "" where none. */
  readonly valueHint: string;
  /**
   * The project type the row applies to, in forms that split indicators by type in an extra
   * column (附件1-8 "公共服务平台□", 附件1-17 "以节能改造为主的项目"); "" elsewhere.
   */
  readonly projectType: string;
}

/** One performance-target form 附件1-1 … 1-23. */
export interface AttachmentForm {
  /** "A1-1" … "A1-23". */
  readonly id: string;
  /** The form's title as printed, e.g. "技术改造贷款贴息和设备补助项目绩效目标申报表". */
  readonly title: string;
  /** The year caption printed under the title, e.g. "(2022年度)"; "" where none. */
  readonly yearCaption: string;
  readonly program: ProgramId;
  /** The header rows to fill (项目名称, 项目推荐单位, …, 总体目标, 年度目标 where present). */
  readonly headerFields: readonly string[];
  /** The same fields line by line as printed: one field, or two side by side (项目推荐单位, 项目承担单位). */
  readonly headerRows: readonly (readonly string[])[];
  /** The caption of the value column: "指标值" or "项目完成后预期达到的指标值" etc. */
  readonly valueCaption: string;
  /** The caption of the indicator block: "项目共性绩效指标", or 附件1-13's "项目共性绩效目标 (兼并方和被兼并方的合计数)". */
  readonly indicatorsCaption: string;
  readonly indicators: readonly FormIndicator[];
  /** The form's 说明 notes, each exactly as printed (e.g. the 设备联网率 formula of 附件1-1). */
  readonly notes: readonly string[];
}

/** One row of 附件1-24: a training direction, its content and its audience. */
export interface TrainingDirection {
  /** 重点方向 ("“智改数转”", "产业创新", "绿色低碳", "优质企业培育"). */
  readonly direction: string;
  readonly content: string;
  readonly audience: string;
}

/** 附件1-24. */
export interface TrainingDirectionsTable {
  readonly id: 'A1-24';
  readonly title: string;
  readonly rows: readonly TrainingDirection[];
}

/** The whole guide as data. */
export interface Guide {
  /** Guide version key, e.g. "jiangsu-2022". */
  readonly version: string;
  readonly title: string;
  /** The text before 一、 (附件 1, title, lead paragraph), exactly as published. */
  readonly preamble: string;
  /** Every clause in document order. */
  readonly clauses: readonly Clause[];
  /**
   * The preamble's lead paragraph as a clause of its own, id `0` (the guide gives it no number):
   * it says whose fund this is (江苏省…专项资金), which every program's reading rests on.
   */
  readonly preambleClause: Clause;
  /** The attachment list after 五、 ("附件: 1-1~1-23. …"), exactly as published. */
  readonly attachmentIndex: string;
  readonly forms: readonly AttachmentForm[];
  readonly trainingDirections: TrainingDirectionsTable;
}
