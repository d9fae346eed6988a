import { describe, expect, it } from 'vitest';
import { askSearchIndex } from '../../../src/knowledge/ask.ts';
import { clausesFor } from '../../../src/knowledge/search/structure.ts';

const structure = () => askSearchIndex().structure;

describe('the guide structure by program and aspect', () => {
  it('gives the deepest clauses of a program’s section and the section that holds them', () => {
    expect(clausesFor(structure(), 'tech-loan', 'condition')).toMatchObject({
      leaves: ['1.1.1.1', '1.1.1.2'],
      section: '1.1.1',
    });
    expect(clausesFor(structure(), 'tech-loan', 'subject')).toMatchObject({ leaves: ['1.1.3'], section: null });
  });

  it('answers "can X apply" by who may apply first, then the conditions, then what the program supports', () => {
    const found = clausesFor(structure(), 'tech-loan', 'eligibility');
    expect(found?.leaves).toEqual(expect.arrayContaining(['1.1', '1.1.1.1', '1.1.1.2', '1.1.3']));
    expect(found?.weights.get('1.1.3')).toBeUndefined();
    expect(found?.weights.get('1.1.1.2')).toBe(0.85);
    expect(found?.weights.get('1.1')).toBe(0.7);
  });

  it('narrows a group’s shared section to the program’s own clause', () => {
    expect(clausesFor(structure(), 'iiot-identifier', 'amount')?.leaves).toEqual(['1.3.3.1']);
    expect(clausesFor(structure(), 'iiot-security', 'condition')?.leaves).toEqual([
      '1.3.2.3.1',
      '1.3.2.3.2',
      '1.3.2.3.3',
    ]);
    // 1.2.3 serves all four 标杆示范 programs.
    expect(clausesFor(structure(), '5g-iiot', 'payment')?.leaves).toEqual(['1.2.3']);
  });

  it('answers what a program supports with its head, or its group’s when the head is only a title', () => {
    expect(clausesFor(structure(), 'tech-loan', 'direction')?.leaves).toEqual(['1.1']);
    expect(clausesFor(structure(), 'xinchuang-lab', 'direction')?.leaves).toEqual(['1.4']);
    expect(clausesFor(structure(), 'smart-factory', 'direction')?.leaves).toEqual(['1.2.1.1']);
    expect(clausesFor(structure(), 'talent-training', 'direction')?.leaves).toEqual(['5.5', 'A1-24']);
  });

  it('answers every aspect of a one-paragraph program with that paragraph', () => {
    for (const kind of ['amount', 'subject', 'condition'] as const)
      expect(clausesFor(structure(), 'nev-promotion', kind)?.leaves).toEqual(['4.2']);
  });

  it('answers the forms aspect with the program’s 附件', () => {
    expect(clausesFor(structure(), 'expo-event', 'form')?.leaves).toEqual(['A1-15', 'A1-16']);
  });

  it('has no 支持数量 for 重大展会 (the guide gives none)', () => {
    expect(clausesFor(structure(), 'expo-event', 'quota')).toBeNull();
  });
});
