/**
 * Report sources for tests: the real evaluator, and until the knowledge base is on main, clause
 * and form lookups that answer from a small table shaped like the guide's data.
 */
import type { AttachmentForm, Clause } from '../../src/knowledge/types.ts';
import type { ReportSources } from '../../src/outreach/sources.ts';
import { evaluate, toContract } from '../../src/rules/index.ts';

/** A clause standing in for the knowledge base's: its text says which id it is, so tests can find the quote. */
export function fakeClause(id: string): Clause {
  return {
    id,
    level: 1,
    parentId: null,
    childIds: [],
    printedNumber: '',
    label: `标号${id}`,
    title: '',
    headingPath: [],
    text: `条款${id}的原文<引用>`,
    programs: [],
  };
}

/** 附件1-1's shape with two of its indicators. */
export const FAKE_FORM_A1_1: AttachmentForm = {
  id: 'A1-1',
  title: '技术改造贷款贴息和设备补助项目绩效目标申报表',
  program: 'tech-loan',
  headerFields: ['项目名称', '项目推荐单位', '项目承担单位'],
  valueCaption: '指标值',
  indicators: [
    { level1: '产出指标', level2: '数量指标', level3: '新增数字化装备（台/套数）', valueHint: '' },
    { level1: '效益指标', level2: '经济效益指标', level3: '设备联网率（%）', valueHint: '' },
  ],
  notes: ['设备联网率=联网设备数/设备总数'],
};

/** The sources tests render with. */
export const TEST_SOURCES: ReportSources = {
  evaluate,
  toContract,
  clauseById: fakeClause,
  fullText: (id) => `${fakeClause(id).text}（含下级条款）`,
  formById: (id) => (id === 'A1-1' ? FAKE_FORM_A1_1 : undefined),
};
