/**
 * What each 2022 program asks the applicant to have in hand, as data beside its rules: every
 * document with the clause that requires it, and the fact that shows the dialog has already
 * confirmed it (ticked on the checklist). Names live in `locales/<lang>/pack.json` under
 * `document.<id>`. Only documents a clause names or plainly presupposes are listed; the
 * 绩效目标申报表 itself is added from the program's `forms`.
 */
import type { ProgramId } from '../../knowledge/program-catalogue.ts';
import type { DocumentRule, FormChoice } from '../documents.ts';

const approvals = (clause: string): DocumentRule => ({
  id: 'approvals',
  clause,
  confirmedBy: { op: 'is', fact: 'approvals_complete', value: true },
});
const acceptanceOpinion = (clause: string): DocumentRule => ({
  id: 'acceptance-opinion',
  clause,
  confirmedBy: { op: 'is', fact: 'accepted', value: true },
});

/** The documents of each program, in the order of the clauses that ask for them. */
export const DOCUMENTS_2022: Readonly<Record<ProgramId, readonly DocumentRule[]>> = {
  'tech-loan': [
    approvals('1.1.1.1'),
    // 1.1.1.2: "已获得省内金融机构发放的固定资产贷款，且已使用贷款购置项目所需设备".
    {
      id: 'loan-contract',
      clause: '1.1.1.2',
      confirmedBy: { op: 'is', fact: 'loan_from_jiangsu_bank', value: true },
    },
    // 1.1.2: "经省级金融机构确认的企业实际支付项目固定资产(不含土建)贷款利息". The dialog knows the
    // amount, never that the bank has confirmed it, so it is never ticked.
    { id: 'interest-confirmation', clause: '1.1.2' },
    { id: 'audited-equipment-invoices', clause: '1.1.2' },
  ],
  'smart-factory': [
    { id: 'demo-list', clause: '1.2.2.1', confirmedBy: { op: 'holds', cert: 'smart-factory-list' } },
    approvals('1.2.2.2'),
    acceptanceOpinion('1.2.2.3'),
  ],
  'iiot-benchmark': [
    { id: 'demo-list', clause: '1.2.2.1', confirmedBy: { op: 'holds', cert: 'iiot-benchmark-list' } },
    approvals('1.2.2.2'),
    acceptanceOpinion('1.2.2.3'),
  ],
  // 1.2.2.3's "其中": a 5G project is under way, not yet accepted, so no 验收意见 is asked for.
  '5g-iiot': [approvals('1.2.2.2')],
  'service-upgrade': [
    {
      id: 'service-priority-certificate',
      clause: '1.2.2.1',
      confirmedBy: { op: 'holdsAny', certs: ['service-manufacturing-demo', 'industrial-design-center'] },
    },
    approvals('1.2.2.2'),
    acceptanceOpinion('1.2.2.3'),
  ],
  'iiot-identifier': [
    { id: 'expert-review', clause: '1.3.2.1.1', confirmedBy: { op: 'holds', cert: 'identifier-expert-review' } },
  ],
  'iiot-platform': [
    {
      id: 'monitoring-commitment-letter',
      clause: '1.3.2.2.2',
      confirmedBy: { op: 'is', fact: 'platform_monitoring_commitment', value: true },
    },
    acceptanceOpinion('1.3.2.2.3'),
  ],
  'iiot-security': [
    {
      id: 'security-platform-commitment',
      clause: '1.3.2.3.2',
      confirmedBy: { op: 'is', fact: 'security_services_commitment', value: true },
    },
  ],
  'xinchuang-zone': [
    { id: 'zone-plan', clause: '1.4.1.1.3', confirmedBy: { op: 'is', fact: 'has_plan_and_targets', value: true } },
  ],
  'xinchuang-lab': [
    { id: 'lab-plan', clause: '1.4.2.1.3', confirmedBy: { op: 'is', fact: 'has_plan_and_targets', value: true } },
  ],
  'data-product': [
    { id: 'data-registry', clause: '1.5.1.1', confirmedBy: { op: 'holds', cert: 'cloud-bigdata-registry' } },
    { id: 'data-demo-list', clause: '1.5.1.1', confirmedBy: { op: 'holds', cert: 'bigdata-demo-project' } },
    acceptanceOpinion('1.5.1.3'),
  ],
  'free-diagnosis': [],
  'core-tech': [{ id: 'own-ip', clause: '2.2.1', confirmedBy: { op: 'is', fact: 'own_ip', value: true } }],
  merger: [
    {
      id: 'merger-registration',
      clause: '3.1.1.1',
      confirmedBy: { op: 'is', fact: 'acquisition_registered', value: true },
    },
  ],
  'little-giant': [
    { id: 'little-giant-recognition', clause: '3.2.1.1', confirmedBy: { op: 'holds', cert: 'little-giant-2021' } },
    // The figures are in the dialog; the audit report and the tax certificate never are.
    { id: 'special-audit-report', clause: '3.2.1.4' },
    { id: 'tax-certificate', clause: '3.2.1.5' },
  ],
  'honor-award': [
    {
      id: 'honor-certificate',
      clause: '3.3',
      confirmedBy: {
        op: 'holdsAny',
        certs: ['single-champion-2021', 'quality-award-2021', 'top500-first-2021', 'icup-second-prize'],
      },
    },
  ],
  'expo-event': [{ id: 'special-audit-report', clause: '3.4.1' }],
  'green-upgrade': [approvals('4.1.1.3')],
  'nev-promotion': [],
  'innovation-center': [
    {
      id: 'innovation-center-approval',
      clause: '5.1.1.1',
      confirmedBy: { op: 'holds', cert: 'provincial-innovation-center' },
    },
  ],
  'cluster-org': [],
  'sme-platform': [
    {
      id: 'sme-platform-recognition',
      clause: '5.3.1.1',
      confirmedBy: { op: 'holdsAny', certs: ['sme-service-platform', 'micro-business-base'] },
    },
  ],
  'info-consumption': [approvals('5.4.1.3')],
  'talent-training': [
    { id: 'training-licence', clause: '5.5.1.1', confirmedBy: { op: 'is', fact: 'training_licensed', value: true } },
    // "以审计报告为准": the three years' revenue is read from the audit report.
    { id: 'revenue-audit-report', clause: '5.5.1.2' },
    {
      id: 'training-plan',
      clause: '5.5.1.4',
      confirmedBy: { op: 'is', fact: 'training_direction_match', value: true },
    },
  ],
};

/** Programs with one form per kind of project: the form follows a fact's value (3.4: 展会 or 活动). */
export const FORM_CHOICES_2022: Partial<Record<ProgramId, FormChoice>> = {
  'expo-event': { fact: 'event_kind', forms: { exhibition: 'A1-15', activity: 'A1-16' } },
};
