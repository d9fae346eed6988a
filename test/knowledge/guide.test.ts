import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  clauseByHeadingPath,
  clauseById,
  clausesApplyingTo,
  clausesOfProgram,
  formById,
  fullText,
  GUIDES,
  guide,
  guideTextPath,
  isAttachmentId,
  isClauseId,
  pageBreakJoins,
  parseGuide,
  printedLabel,
} from '../../src/knowledge/guide.ts';
import { GuideParseError } from '../../src/knowledge/parse-body.ts';
import { PROGRAMS } from '../../src/knowledge/program-catalogue.ts';
import { stripWhitespace } from '../../src/knowledge/text.ts';

const raw = readFileSync(guideTextPath('jiangsu-2022'), 'utf8');
// The body as published: everything before the first attachment heading "附件1-1".
const bodyText = raw.slice(0, raw.search(/^附件\s*1-1\s*$/mu));

describe('the guide as data', () => {
  it('the preamble, the clause texts in order and the attachment index reproduce the body, whitespace aside', () => {
    const rebuilt = [guide.preamble, ...guide.clauses.map((c) => c.text), guide.attachmentIndex].join('');
    expect(stripWhitespace(rebuilt)).toBe(stripWhitespace(bodyText));
  });

  it('every paragraph of every clause is printed verbatim in the guide once page breaks are joined', () => {
    const joined = raw.replace(/\n+/gu, '');
    for (const clause of guide.clauses) {
      for (const paragraph of clause.text.split('\n')) expect(joined, clause.id).toContain(paragraph);
    }
  });

  it('joins exactly the nine words the PDF split across page breaks', () => {
    const words = [
      '综合运用',
      '期间完工',
      '标识解析',
      '2023年6月底',
      '1 月 1日',
      '产业领域',
      '重点支持',
      '稳定的',
      '平台(基地)',
    ];
    const joins = pageBreakJoins();
    expect(joins).toHaveLength(words.length);
    for (const [i, j] of joins.entries()) expect(j.before + j.after).toContain(words[i]);
  });

  it('keeps the preamble and the attachment index apart from the clauses', () => {
    expect(guide.preamble.startsWith('附件 1')).toBe(true);
    expect(guide.preamble).toContain('为制造强省和网络强省建设提供有力支撑。');
    expect(guide.title).toBe('2022 年度江苏省工业和信息产业转型升级 专项资金项目指南');
    expect(guide.attachmentIndex).toBe(
      '附件: 1-1~1-23. 2022 年度专项资金项目绩效目标申报表\n1-24. 2022 年度产业人才培养项目重点方向和主要内容',
    );
  });

  it('gives every clause a unique id whose depth is its level and whose parent lists it as a child', () => {
    const ids = guide.clauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of guide.clauses) {
      expect(c.id.split('.').length, c.id).toBe(c.level);
      if (c.parentId) expect(clauseById(c.parentId)?.childIds, c.id).toContain(c.id);
      for (const child of c.childIds) expect(clauseById(child)?.parentId).toBe(c.id);
      expect(c.text.startsWith(c.printedNumber), c.id).toBe(true);
    }
    expect(guide.clauses.filter((c) => c.level === 1).map((c) => c.title)).toEqual([
      '智能化改造和数字化转型',
      '关键核心技术（装备）攻关产业化',
      '自主品牌企业培育',
      '绿色低碳发展',
      '产业升级平台建设',
    ]);
  });

  it('reads full-width and ASCII brackets alike and keeps the printed glyphs', () => {
    expect(clauseById('1.1.1.1')?.printedNumber).toBe('（1）');
    expect(clauseById('1.2.2.1')?.printedNumber).toBe('(1)');
    expect(clauseById('1.2')?.printedNumber).toBe('(二)');
    expect(printedLabel('1.2.3')).toBe('一、（二）3.');
  });
});

describe('contract clause ids resolve to the clause the contract names', () => {
  const cases: [id: string, words: string][] = [
    ['1', '一、智能化改造和数字化转型'],
    ['1.1', '（一）技术改造贷款贴息和设备补助项目。'],
    ['1.1.1.2', '项目备案总投资原则上不低于 3000 万元'],
    ['1.1.2', '2. 补助标准。'],
    ['1.2.1.3', '“5G+工业互联网”融合应用项目。'],
    ['1.2.3', '3. 补助标准。按不超过项目总投资的10%予以补助'],
    ['1.3.2.1', '工业互联网标识解析二级节点项目：'],
    ['1.3.2.1.3', '③累计标识注册量不低于2亿'],
    ['1.4.1.1.2', '实施期内用于先导区建设的投资预算不低于 1 亿元'],
    ['2.2.3', '3. 项目研发攻关投入不低于3000万元'],
    ['3.2.1.5', '(5) 上年度实缴税金不低于400万元'],
  ];
  for (const [id, words] of cases) {
    it(`${id} holds "${words}"`, () => {
      expect(clauseById(id)?.text).toContain(words);
    });
  }

  it('A1-1 … A1-23 are the performance-target forms and A1-24 the training directions', () => {
    for (let n = 1; n <= 23; n++) expect(formById(`A1-${n}`)?.title, `A1-${n}`).toMatch(/绩效目标申报表$/u);
    expect(formById('A1-24')).toBeUndefined();
    expect(guide.trainingDirections.id).toBe('A1-24');
    expect(guide.trainingDirections.title).toContain('重点方向和主要内容');
  });

  it('1.2.3 includes its second paragraph on what 项目总投资 means', () => {
    const text = clauseById('1.2.3')?.text ?? '';
    expect(text.split('\n')).toHaveLength(2);
    expect(text.split('\n')[1]?.startsWith('项目总投资为不含税额')).toBe(true);
  });

  it('1.3.2.1 has its inline points ① to ④ as children, ③ being the registration volumes', () => {
    expect(clauseById('1.3.2.1')?.childIds).toEqual(['1.3.2.1.1', '1.3.2.1.2', '1.3.2.1.3', '1.3.2.1.4']);
    expect(clauseById('1.3.2.1.3')?.text).toBe(
      '③累计标识注册量不低于2亿，累计标识解析量不低于1亿，接入企业不少于1000家。',
    );
    expect(clauseById('1.3.2.1.4')?.text).toBe('④项目总投资投入不低于1000万元，并在2023年6月底前完成。');
    expect(printedLabel('1.3.2.1.3')).toBe('一、（三）2.（1）③');
  });

  it('the trailing note on national innovation centres stays with 5.1, in its last clause', () => {
    expect(clauseById('5.1.4')?.text).toBe(
      '4. 支持数量。不超过 3 个。\n国家制造业创新中心创新能力建设项目按照项目合同要求配套支持。',
    );
    expect(fullText('5.1')?.endsWith('按照项目合同要求配套支持。')).toBe(true);
  });

  it('every program head clause resolves, names the program and belongs to it', () => {
    for (const p of PROGRAMS) {
      const clause = clauseById(p.clause);
      expect(clause, p.id).toBeDefined();
      expect(stripWhitespace(clause?.text ?? ''), p.id).toContain(stripWhitespace(p.nameZh));
      expect(clause?.programs, p.id).toContain(p.id);
    }
  });
});

describe('lookups', () => {
  it('finds a program subtree in order', () => {
    expect(clausesOfProgram('tech-loan').map((c) => c.id)).toEqual([
      '1.1',
      '1.1.1',
      '1.1.1.1',
      '1.1.1.2',
      '1.1.2',
      '1.1.3',
      '1.1.4',
    ]);
    expect(clausesOfProgram('smart-factory').map((c) => c.id)).toEqual(['1.2.1.1']);
  });

  it('finds the shared clauses of a program group, narrowed by the program named in them', () => {
    const ids = clausesApplyingTo('smart-factory').map((c) => c.id);
    expect(ids).toContain('1.2.2.4');
    expect(ids).toContain('1.2.3');
    expect(ids).not.toContain('1.2.1.2');
    const identifier = clausesApplyingTo('iiot-identifier').map((c) => c.id);
    expect(identifier).toContain('1.3.2.1.3');
    expect(identifier).toContain('1.3.3.1');
    expect(identifier).not.toContain('1.3.3.2');
  });

  it('finds a clause by heading path, as a list or joined with ›', () => {
    expect(clauseByHeadingPath(['智能化改造和数字化转型', '技术改造贷款贴息和设备补助项目', '补助标准'])?.id).toBe(
      '1.1.2',
    );
    expect(clauseByHeadingPath('自主品牌企业培育 › 专精特新小巨人企业培育项目 › 支持条件')?.id).toBe('3.2.1');
    expect(clauseByHeadingPath(['补助标准'])).toBeUndefined();
  });

  it('gives the full text of a clause with its descendants', () => {
    const text = fullText('1.3.2.1') ?? '';
    expect(text.split('\n')).toHaveLength(5);
    expect(text).toContain('③累计标识注册量');
    expect(fullText('3.2.1.5')).toBe(clauseById('3.2.1.5')?.text);
    expect(fullText('9.9')).toBeUndefined();
  });

  it('tells clause ids and attachment ids from anything else', () => {
    expect(isClauseId('1.2.3')).toBe(true);
    expect(isClauseId('1.2.9')).toBe(false);
    expect(isClauseId(123)).toBe(false);
    expect(isAttachmentId('A1-1')).toBe(true);
    expect(isAttachmentId('A1-24')).toBe(true);
    expect(isAttachmentId('A1-25')).toBe(false);
  });

  it('keys guides by version so another year can sit beside 2022', () => {
    expect([...GUIDES.keys()]).toEqual(['jiangsu-2022']);
    expect(GUIDES.get('jiangsu-2022')).toBe(guide);
  });
});

describe('the parser on small texts', () => {
  const tiny = (body: string) => `附件 1\n\n某指南\n\n${body}\n\n附件: 1-1. 表\n`;

  it('joins a word split by a page break and splits inline points', () => {
    const { guide: g, pageBreakJoins: joins } = parseGuide(
      'test',
      tiny('一、章\n\n（一）甲项目。重点\n\n支持乙。\n\n1. 支持条件。\n\n（1）甲项目：①一。②二。'),
    );
    expect(g.clauses.map((c) => c.id)).toEqual(['1', '1.1', '1.1.1', '1.1.1.1', '1.1.1.1.1', '1.1.1.1.2']);
    expect(g.clauses[1]?.text).toBe('（一）甲项目。重点支持乙。');
    expect(joins).toEqual([{ before: '（一）甲项目。重点', after: '支持乙。' }]);
    expect(g.clauses[3]?.title).toBe('甲项目');
  });

  it('refuses a guide whose numbering skips a number', () => {
    expect(() => parseGuide('test', tiny('一、章\n\n（一）甲。\n\n（三）丙。'))).toThrow(GuideParseError);
    try {
      parseGuide('test', tiny('一、章\n\n（一）甲。\n\n（三）丙。'));
    } catch (e) {
      expect((e as GuideParseError).code).toBe('numbering_gap');
    }
  });

  it('refuses a text without a body', () => {
    expect(() => parseGuide('test', '附件 1\n\n没有正文')).toThrow(GuideParseError);
  });
});

const shared = join(import.meta.dirname, '..', '..', '..', 'shared', 'guide', 'jiangsu-2022-special-fund-guide.txt');

describe('the shipped copy of the guide', () => {
  it.skipIf(!existsSync(shared))('is byte for byte the shared guide', () => {
    expect(raw).toBe(readFileSync(shared, 'utf8'));
  });
});
