/**
 * The recognitions question answered as people answer it: years beside names, "nothing else", a
 * recognition the guide does not list, a denied item. A year that does not fit a year-bound
 * recognition is asked, never dropped (a 2019 单项冠军 is not the 2021 one the guide counts).
 */
import { describe, expect, it } from 'vitest';
import { parseCertifications } from '../../../src/dialogs/parse/certifications.ts';
import { slotOptions } from '../../../src/dialogs/vocabulary.ts';

const zh = slotOptions('certifications', 'zh-CN');
const en = slotOptions('certifications', 'en');
const read = (text: string, options = zh) => parseCertifications(text, options);

describe('recognitions as people list them', () => {
  it.each([
    ['21年评上的小巨人', ['little-giant-2021']],
    ['专精特新小巨人（21年新认定的）、省级工业设计中心', ['industrial-design-center', 'little-giant-2021']],
    // (A provincial quality award is not the 全国质量奖 3.3 names: none of the list.)
    ['单项冠军 2021年的 还有省质量奖也是21年', ['single-champion-2021']],
    ['有滴 工业互联网标杆工厂 还有单项冠军（21年的）', ['iiot-benchmark-list', 'single-champion-2021']],
    ['骨干信创企业 还有重点工业互联网平台（2019年认定）', ['key-iiot-platform', 'xinchuang-backbone']],
    ['我们在省云计算大数据企业库里 别的没有', ['cloud-bigdata-registry']],
    ['单项冠军没评上，有智能制造示范工厂', ['smart-factory-list']],
    [
      '入了省工信厅的大数据企业库，项目是21年省大数据示范项目，就这两个',
      ['cloud-bigdata-registry', 'bigdata-demo-project'],
    ],
  ])('%s → %j', (text, ids) => {
    expect(read(text)).toEqual({ ok: true, value: ids });
  });

  it.each([
    '国家高新技术企业',
    '只有2020年的小巨人，21年的没评上',
    '2019年认定的单项冠军',
    '啥都没评上',
    '都没有',
    '我们是19年的小巨人，别的都没有',
    '只有市级的示范智能车间，省级的都没有',
  ])('%s is none of the listed ones', (text) => {
    expect(read(text)).toEqual({ ok: true, value: [] });
  });

  it('words around the names that name nothing are filler; an unknown recognition or "maybe more" is asked', () => {
    expect(read('21年评上的省专精特新小巨人，还有个省级工业设计中心')).toEqual({
      ok: true,
      value: ['industrial-design-center', 'little-giant-2021'],
    });
    expect(read('企业库进了，项目也入选了21年的省大数据示范项目')).toEqual({
      ok: true,
      value: ['cloud-bigdata-registry', 'bigdata-demo-project'],
    });
    expect(read('就智能制造示范工厂那个，刚说了')).toEqual({ ok: true, value: ['smart-factory-list'] });
    expect(read('provincial SME public service demonstration platform', en)).toEqual({
      ok: true,
      value: ['sme-service-platform'],
    });
    expect(read('我们有金牛奖').ok).toBe(false);
    expect(read('smart factory list, maybe others', en).ok).toBe(false);
  });

  it('an unsure list is asked, never taken as the whole list', () => {
    expect(read('小巨人有，另外好像还有个什么示范，记不清了').ok).toBe(false);
    expect(read('smart factory list, and I think there is another one, not sure', en).ok).toBe(false);
  });

  it('in English, the words around the names and a closing "that\'s all"', () => {
    expect(
      read("we're on the provincial smart factory list and have a provincial industrial design centre, that's all", en),
    ).toEqual({ ok: true, value: ['smart-factory-list', 'industrial-design-center'] });
    expect(read('Little Giant (2021 batch) and nothing else', en)).toEqual({ ok: true, value: ['little-giant-2021'] });
    expect(read('only the little giant one, newly recognised in 2021', en)).toEqual({
      ok: true,
      value: ['little-giant-2021'],
    });
    // A word that names nothing is still not recognised.
    expect(read('smart factory list and the golden dragon award', en).ok).toBe(false);
  });

  it('in English too', () => {
    expect(read('only national high-tech enterprise', en)).toEqual({ ok: true, value: [] });
    expect(read('nothing at all', en)).toEqual({ ok: true, value: [] });
  });

  it('a year outside what the guide counts is asked, on both sides of the bound', () => {
    expect(read('单项冠军（2019年的）').ok).toBe(false);
    expect(read('单项冠军（2021年的）')).toEqual({ ok: true, value: ['single-champion-2021'] });
    // 重点工业互联网平台: 2018年以来认定 (the recognition's own wording).
    expect(read('重点工业互联网平台（2017年认定）').ok).toBe(false);
    expect(read('重点工业互联网平台（2018年认定）')).toEqual({ ok: true, value: ['key-iiot-platform'] });
  });

  it('a list left open or a bare 小巨人 (which year?) is not read as complete', () => {
    expect(read('有小巨人，别的记不清了').ok).toBe(false);
    expect(read('小巨人').ok).toBe(false);
  });
});
