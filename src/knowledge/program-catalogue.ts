/**
 * The 24 programs of the contract (`../shared/contract/README.md` §2): id, the clause that
 * heads it in the guide, its name as the guide prints it, an English gloss, and the
 * 绩效目标申报表 (附件1-x) that goes with it. This is guide data, so it lives in knowledge;
 * the rules core adds conditions and subsidy formulas on top of it.
 */

/** Program ids exactly as the contract spells them. */
export const PROGRAM_IDS = [
  'tech-loan',
  'smart-factory',
  'iiot-benchmark',
  '5g-iiot',
  'service-upgrade',
  'iiot-identifier',
  'iiot-platform',
  'iiot-security',
  'xinchuang-zone',
  'xinchuang-lab',
  'data-product',
  'free-diagnosis',
  'core-tech',
  'merger',
  'little-giant',
  'honor-award',
  'expo-event',
  'green-upgrade',
  'nev-promotion',
  'innovation-center',
  'cluster-org',
  'sme-platform',
  'info-consumption',
  'talent-training',
] as const;

/** A program id of the contract. */
export type ProgramId = (typeof PROGRAM_IDS)[number];

/** One program as the guide names it. */
export interface ProgramEntry {
  readonly id: ProgramId;
  /** The clause id that heads the program (contract §2). */
  readonly clause: string;
  /** The name as the guide prints it. */
  readonly nameZh: string;
  /** An English gloss of the name. */
  readonly nameEn: string;
  /** The performance-target forms (附件1-x ids) that go with it; empty where the guide has none. */
  readonly forms: readonly string[];
}

/** The programs of the 2022 guide, in the guide's order. */
export const PROGRAMS: readonly ProgramEntry[] = [
  {
    id: 'tech-loan',
    clause: '1.1',
    nameZh: '技术改造贷款贴息和设备补助项目',
    nameEn: 'Technical-upgrade loan interest subsidy and equipment grant',
    forms: ['A1-1'],
  },
  {
    id: 'smart-factory',
    clause: '1.2.1.1',
    nameZh: '智能制造示范工厂项目',
    nameEn: 'Smart manufacturing demonstration factory',
    forms: ['A1-2'],
  },
  {
    id: 'iiot-benchmark',
    clause: '1.2.1.2',
    nameZh: '工业互联网标杆工厂项目',
    nameEn: 'Industrial internet benchmark factory',
    forms: ['A1-3'],
  },
  {
    id: '5g-iiot',
    clause: '1.2.1.3',
    nameZh: '“5G+工业互联网”融合应用项目',
    nameEn: '"5G + industrial internet" integrated application',
    forms: ['A1-4'],
  },
  {
    id: 'service-upgrade',
    clause: '1.2.1.4',
    nameZh: '服务化改造升级标杆示范项目',
    nameEn: 'Service-oriented transformation benchmark',
    forms: ['A1-5'],
  },
  {
    id: 'iiot-identifier',
    clause: '1.3.1.1',
    nameZh: '工业互联网标识解析二级节点项目',
    nameEn: 'Industrial internet identifier resolution secondary node',
    forms: ['A1-6'],
  },
  {
    id: 'iiot-platform',
    clause: '1.3.1.2',
    nameZh: '工业互联网平台项目',
    nameEn: 'Industrial internet platform',
    forms: ['A1-7'],
  },
  {
    id: 'iiot-security',
    clause: '1.3.1.3',
    nameZh: '工业互联网安全项目',
    nameEn: 'Industrial internet security',
    forms: ['A1-8'],
  },
  {
    id: 'xinchuang-zone',
    clause: '1.4.1',
    nameZh: '信息技术应用创新先导区项目',
    nameEn: 'IT application innovation (Xinchuang) pilot zone',
    forms: ['A1-9'],
  },
  {
    id: 'xinchuang-lab',
    clause: '1.4.2',
    nameZh: '信息技术应用创新实验室项目',
    nameEn: 'IT application innovation (Xinchuang) laboratory',
    forms: ['A1-10'],
  },
  { id: 'data-product', clause: '1.5', nameZh: '数据产品化项目', nameEn: 'Data productisation', forms: ['A1-11'] },
  {
    id: 'free-diagnosis',
    clause: '1.6',
    nameZh: '“智改数转”免费诊断服务项目',
    nameEn: 'Free smart-upgrade and digital-transformation diagnosis service',
    forms: [],
  },
  {
    id: 'core-tech',
    clause: '2',
    nameZh: '关键核心技术（装备）攻关产业化',
    nameEn: 'Key core technology (equipment) breakthrough and industrialisation',
    forms: ['A1-12'],
  },
  {
    id: 'merger',
    clause: '3.1',
    nameZh: '企业重大兼并重组项目',
    nameEn: 'Major enterprise merger and acquisition',
    forms: ['A1-13'],
  },
  {
    id: 'little-giant',
    clause: '3.2',
    nameZh: '专精特新小巨人企业培育项目',
    nameEn: 'Specialised and innovative "little giant" enterprise cultivation',
    forms: ['A1-14'],
  },
  {
    id: 'honor-award',
    clause: '3.3',
    nameZh: '省级以上授牌认定奖励项目',
    nameEn: 'Award for provincial-or-higher recognitions',
    forms: [],
  },
  {
    id: 'expo-event',
    clause: '3.4',
    nameZh: '省委省政府部署的重大展会、重大活动项目',
    nameEn: 'Major exhibitions and events deployed by the province',
    forms: ['A1-15', 'A1-16'],
  },
  {
    id: 'green-upgrade',
    clause: '4.1',
    nameZh: '绿色化改造升级项目',
    nameEn: 'Green transformation and upgrading',
    forms: ['A1-17'],
  },
  {
    id: 'nev-promotion',
    clause: '4.2',
    nameZh: '新能源汽车推广应用项目',
    nameEn: 'New energy vehicle promotion',
    forms: ['A1-18'],
  },
  {
    id: 'innovation-center',
    clause: '5.1',
    nameZh: '省级制造业创新中心创新能力建设项目',
    nameEn: 'Provincial manufacturing innovation centre capacity building',
    forms: ['A1-19'],
  },
  {
    id: 'cluster-org',
    clause: '5.2',
    nameZh: '集群发展促进机构项目',
    nameEn: 'Industrial cluster development organisation',
    forms: ['A1-20'],
  },
  {
    id: 'sme-platform',
    clause: '5.3',
    nameZh: '中小企业公共服务示范平台项目',
    nameEn: 'SME public service demonstration platform',
    forms: ['A1-21'],
  },
  {
    id: 'info-consumption',
    clause: '5.4',
    nameZh: '信息消费升级平台项目',
    nameEn: 'Information consumption upgrade platform',
    forms: ['A1-22'],
  },
  {
    id: 'talent-training',
    clause: '5.5',
    nameZh: '产业人才培养项目',
    nameEn: 'Industrial talent training',
    forms: ['A1-23', 'A1-24'],
  },
];

/** The catalogue entry of a program id. */
export function programEntry(id: ProgramId): ProgramEntry {
  const entry = PROGRAMS.find((p) => p.id === id);
  if (!entry) throw new Error(`unknown program id ${id}`);
  return entry;
}
