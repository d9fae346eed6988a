import { describe, expect, it } from 'vitest';
import { attachmentText, formById, guide } from '../../src/knowledge/guide.ts';
import { PROGRAMS } from '../../src/knowledge/program-catalogue.ts';
import { cleanCell, stripWhitespace } from '../../src/knowledge/text.ts';
import type { AttachmentForm } from '../../src/knowledge/types.ts';
import { rawAttachmentBlocks } from '../support/attachment-blocks.ts';

/** The raw lines of each attachment block, keyed "A1-n". */
const rawBlocks = rawAttachmentBlocks;

const l3 = (f: AttachmentForm | undefined) => f?.indicators.map((i) => i.level3) ?? [];

describe('performance-target forms 附件1-1 … 1-23', () => {
  it('has the 23 forms in order', () => {
    expect(guide.forms.map((f) => f.id)).toEqual(Array.from({ length: 23 }, (_, i) => `A1-${i + 1}`));
  });

  it('maps each form to the program the catalogue gives it', () => {
    for (const p of PROGRAMS) {
      for (const id of p.forms.filter((f) => f !== 'A1-24')) expect(formById(id)?.program, id).toBe(p.id);
    }
  });

  it('reads titles without the year caption, and the header fields to fill', () => {
    expect(formById('A1-1')?.title).toBe('技术改造贷款贴息和设备补助项目绩效目标申报表');
    expect(formById('A1-6')?.title).toBe('工业互联网标识解析二级节点项目绩效目标申报表');
    expect(formById('A1-1')?.headerFields).toEqual([
      '项目名称',
      '项目推荐单位',
      '项目承担单位',
      '项目开始时间',
      '项目结束时间',
      '总体目标',
    ]);
    expect(formById('A1-4')?.headerFields.at(-1)).toBe('年度目标');
    expect(formById('A1-4')?.valueCaption).toBe('项目完成后预期达到的指标值');
    expect(formById('A1-13')?.indicatorsCaption).toBe('项目共性绩效目标 (兼并方和被兼并方的合计数)');
  });

  it('A1-1 has its three 说明 notes exactly, the 设备联网率 formula first', () => {
    expect(formById('A1-1')?.notes).toEqual([
      '1. 设备联网率=车间内自动化、智能化设备联网数/自动化、智能化设备总数。',
      '2. 订单及时交付率=满足客户交付期的订单数/所有客户订单数*100%。',
      '3. 全员劳动生产率=GDP/年平均从业人数。',
    ]);
    expect(formById('A1-8')?.notes).toHaveLength(2);
    expect(formById('A1-2')?.notes).toEqual([]);
  });

  it('A1-1 reads every indicator, carrying merged levels down and placing the rows that lost their tabs', () => {
    const form = formById('A1-1');
    expect(form?.indicators.map((i) => [i.level1, i.level2, i.level3])).toEqual([
      ['产出指标', '数量指标', '新增数字化装备（台/套数）'],
      ['产出指标', '数量指标', '新增产品生产能力（件/吨）'],
      ['产出指标', '质量指标', '产品合格率（%）'],
      ['产出指标', '质量指标', '优良品率（%）'],
      ['产出指标', '时效指标', '设备联网率（%）'],
      ['产出指标', '时效指标', '订单及时交付率（%）'],
      ['效益指标', '经济效益', '项目总投资（万元）'],
      ['效益指标', '经济效益', '拉动社会投资（万元）'],
      ['效益指标', '经济效益', '主营业务收入（万元）'],
      ['效益指标', '经济效益', '实缴税金（万元）'],
      ['效益指标', '经济效益', '利润总额（万元）'],
      ['效益指标', '经济效益', '全员劳动生产率（%）'],
      ['效益指标', '社会效益', '单位增加值能耗下降率（%）'],
      ['个性指标', '', ''],
    ]);
  });

  it('A1-20 keeps its fixed value hints', () => {
    const hints = formById('A1-20')?.indicators.filter((i) => i.valueHint);
    expect(hints?.map((i) => [i.level3, i.valueHint])).toEqual([
      ['资金使用合规性', '(合规、不合规)'],
      ['项目完成及时率', '(及时、较及时、不及时)'],
      ['对集群和产业链发展水平的提升作用', '(明显、较明显、不明显)'],
      ['集群成员单位和产业链上下游企业满意度', '(满意、较满意、不满意)'],
    ]);
    expect(formById('A1-20')?.indicators.find((i) => i.level3 === '项目完成及时率')?.level1).toBe('产出指标');
  });

  it('A1-8 and A1-17 carry their project-type column, reset where a block has no type', () => {
    const security = formById('A1-8');
    expect(security?.indicators).toHaveLength(21);
    expect(security?.indicators[2]).toMatchObject({ projectType: '地址溯源□', level3: '全省工业企业IP地址在库数(个)' });
    expect(security?.indicators[7]).toMatchObject({ level2: '质量指标*', projectType: '地址溯源□' });
    expect(security?.indicators.find((i) => i.level3 === '项目完成及时率（%）')?.projectType).toBe('');
    const green = formById('A1-17');
    expect(green?.indicators).toHaveLength(24);
    expect(green?.indicators.find((i) => i.level3.startsWith('废旧动力电池'))?.projectType).toBe('');
    expect(green?.indicators.find((i) => i.level3 === '绿色制造资源环境影响度下降（%）')?.projectType).toBe(
      '其他绿色化改造项目',
    );
    expect(green?.indicators.find((i) => i.level3 === '项目总投资（万元）')).toMatchObject({
      level1: '效益指标',
      level2: '经济效益',
      projectType: '',
    });
  });

  it('A1-3 places the rows shifted one column right and the ones that lost every tab', () => {
    expect(l3(formById('A1-3'))).toEqual([
      '设备联网数（台）',
      '制造系统能力指标满足数（项）',
      '标杆能力指标满足数（项）',
      '业态模式创新能力满足数（项）',
      '两化融合管理体系贯标（A及以上等级）',
      '具备正规第三方机构出具的评测报告',
      '项目总投资（万元）',
      '主营业务收入（万元）',
      '实缴税金（万元）',
      '利润总额（万元）',
      '申请专利数（项）',
      '申请软件著作权数（项）',
      '',
    ]);
    expect(formById('A1-3')?.indicators[8]).toMatchObject({ level1: '效益指标', level2: '经济效益' });
  });

  it('every form has plausible indicators, each under a 一级 and 二级 level, 个性指标 last', () => {
    const level1 = new Set(['产出指标', '效益指标', '满意度指标', '个性指标']);
    for (const form of guide.forms) {
      expect(form.indicators.length, form.id).toBeGreaterThanOrEqual(8);
      expect(form.indicators.length, form.id).toBeLessThanOrEqual(24);
      expect(form.indicators.at(-1)?.level1, form.id).toBe('个性指标');
      for (const ind of form.indicators.slice(0, -1)) {
        expect(level1.has(ind.level1), `${form.id} ${ind.level3}`).toBe(true);
        expect(ind.level2, `${form.id} ${ind.level3}`).not.toBe('');
        expect(ind.level3, form.id).not.toBe('');
      }
    }
  });

  it('drops no cell: every cell of every form table is somewhere in the form data', () => {
    const fixed = new Set(['一级指标', '二级指标', '三级指标']);
    for (const [id, lines] of rawBlocks()) {
      if (id === 'A1-24') continue;
      const form = formById(id) as AttachmentForm;
      const known = new Set(
        [
          ...form.headerFields,
          form.valueCaption,
          form.indicatorsCaption,
          ...form.indicators.flatMap((i) => [i.level1, i.level2, i.level3, i.valueHint, i.projectType]),
        ].map(stripWhitespace),
      );
      const start = lines.findIndex((l) => l.startsWith('项目名称'));
      const end = lines.findIndex((l) => l.startsWith('说明'));
      for (const line of lines.slice(start, end < 0 ? undefined : end)) {
        for (const cell of line.split('\t').map(cleanCell).filter(Boolean)) {
          const k = stripWhitespace(cell);
          if (fixed.has(k) || k === '项目共性绩效指标') continue;
          expect(known.has(k), `${id}: ${cell}`).toBe(true);
        }
      }
    }
  });
});

describe('training directions 附件1-24', () => {
  const table = guide.trainingDirections;

  it('has 18 rows under four directions, the direction carried down its merged cells', () => {
    expect(table.title).toBe('2022年度产业人才培养项目重点方向和主要内容');
    const counts = new Map<string, number>();
    for (const row of table.rows) counts.set(row.direction, (counts.get(row.direction) ?? 0) + 1);
    expect([...counts]).toEqual([
      ['“智改数转”', 3],
      ['产业创新', 9],
      ['绿色低碳', 3],
      ['优质企业培育', 3],
    ]);
  });

  it('keeps contents and audiences without the extractor’s HTML', () => {
    for (const row of table.rows) {
      expect(row.content).not.toMatch(/<\/?p>/u);
      expect(row.audience).not.toBe('');
    }
    expect(table.rows[15]?.audience).toBe('产业链“链主”企业、领航企业等高层管理人员等。');
  });

  it('renders as text for answers, in the guide’s own words', () => {
    expect(attachmentText('A1-24')).toContain('船舶与海洋结构物先进设计制造技术');
    expect(attachmentText('A1-1')).toContain('设备联网率=车间内自动化');
    expect(attachmentText('A1-99')).toBeUndefined();
  });
});
