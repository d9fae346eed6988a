import { describe, expect, it } from 'vitest';
import { has, LOCALES } from '../../src/i18n.ts';
import { clauseById, formById } from '../../src/knowledge/guide.ts';
import { PROGRAM_IDS } from '../../src/knowledge/program-catalogue.ts';
import { applicationForms, checklistText, documentChecklist, programDocuments } from '../../src/rules/documents.ts';

describe('the documents each program requires', () => {
  it('cites, for every document, a clause of the guide that belongs to that program', () => {
    for (const program of PROGRAM_IDS) {
      for (const d of programDocuments(program)) {
        const clause = clauseById(d.clause);
        expect(clause, `${program} ${d.id} ${d.clause}`).toBeDefined();
        expect(clause?.programs, `${program} ${d.id} ${d.clause}`).toContain(program);
      }
    }
  });

  it('names every document in both languages', () => {
    for (const program of PROGRAM_IDS)
      for (const d of programDocuments(program))
        for (const locale of LOCALES) expect(has(locale, `pack.document.${d.id}`), `${locale} ${d.id}`).toBe(true);
  });

  it('lists the documents the issue names, each with its clause', () => {
    const of = (p: (typeof PROGRAM_IDS)[number]) => programDocuments(p).map((d) => `${d.id}@${d.clause}`);
    expect(of('smart-factory')).toContain('acceptance-opinion@1.2.2.3');
    expect(of('iiot-platform')).toEqual(['monitoring-commitment-letter@1.3.2.2.2', 'acceptance-opinion@1.3.2.2.3']);
    expect(of('data-product')).toContain('acceptance-opinion@1.5.1.3');
    expect(of('little-giant')).toEqual(
      expect.arrayContaining(['special-audit-report@3.2.1.4', 'tax-certificate@3.2.1.5']),
    );
    expect(of('expo-event')).toEqual(['special-audit-report@3.4.1']);
    expect(of('tech-loan')).toEqual(
      expect.arrayContaining(['interest-confirmation@1.1.2', 'audited-equipment-invoices@1.1.2']),
    );
    expect(of('merger')).toEqual(['merger-registration@3.1.1.1']);
    expect(of('talent-training')).toEqual(
      expect.arrayContaining(['training-licence@5.5.1.1', 'revenue-audit-report@5.5.1.2']),
    );
    // A 5G project is still being built: 1.2.2.3 asks it for no acceptance opinion.
    expect(of('5g-iiot')).not.toContain('acceptance-opinion@1.2.2.3');
  });
});

describe('a checklist for a profile', () => {
  it('ticks the acceptance opinion when the dialog confirmed acceptance, and only then', () => {
    const ticked = (profile: Parameters<typeof documentChecklist>[1]) =>
      documentChecklist('smart-factory', profile).find((i) => i.id === 'acceptance-opinion')?.confirmed;
    expect(ticked({ accepted: true })).toBe(true);
    expect(ticked({ accepted: false })).toBe(false);
    // Unknown is not confirmed.
    expect(ticked({})).toBe(false);
  });

  it('ticks a recognition held, and not one only hoped for', () => {
    const ticked = (certifications: string[]) =>
      documentChecklist('service-upgrade', { certifications }).find((i) => i.id === 'service-priority-certificate')
        ?.confirmed;
    expect(ticked(['industrial-design-center'])).toBe(true);
    expect(ticked(['smart-factory-list'])).toBe(false);
  });

  it('never ticks a document no answer can prove, whatever the figures', () => {
    const items = documentChecklist('little-giant', { taxes_paid_last_year: 800, upgrade_investment_last_year: 2000 });
    expect(
      items.filter((i) => i.id === 'tax-certificate' || i.id === 'special-audit-report').map((i) => i.confirmed),
    ).toEqual([false, false]);
  });

  it('puts the program’s form first, and the form of its kind where a program has two', () => {
    expect(documentChecklist('tech-loan', {})[0]).toMatchObject({ kind: 'form', id: 'A1-1', clause: 'A1-1' });
    expect(applicationForms('expo-event', { event_kind: 'exhibition' })).toEqual(['A1-15']);
    expect(applicationForms('expo-event', { event_kind: 'activity' })).toEqual(['A1-16']);
    expect(applicationForms('expo-event', {})).toEqual(['A1-15', 'A1-16']);
    // 附件1-24 lists training directions; it is not a form to fill.
    expect(applicationForms('talent-training', {})).toEqual(['A1-23']);
    for (const program of PROGRAM_IDS)
      for (const id of applicationForms(program, {})) expect(formById(id)?.program).toBe(program);
  });

  it('reads as text with a box, the name and the clause number as printed', () => {
    const text = checklistText('iiot-platform', { platform_monitoring_commitment: true }, 'zh-CN');
    expect(text.split('\n')).toEqual([
      '【工业互联网平台项目】申报材料清单',
      expect.stringMatching(/^☐ 附件1-7《工业互联网平台项目绩效目标申报表》/u),
      expect.stringMatching(/^☑ .*承诺函.*（对话中已确认） —— 依据 一、（三）2.（2）② \[1\.3\.2\.2\.2\]$/u),
      expect.stringMatching(/^☐ 项目推荐单位出具的验收意见 —— 依据 .*\[1\.3\.2\.2\.3\]$/u),
    ]);
  });
});
