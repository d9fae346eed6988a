/**
 * The sign-up sheet's column headers, as staff write them, mapped to the contract's facts.
 * This table is data: to accept a new spelling, add it to `names`. A header is compared after
 * `normalizeHeader` (full-width → half-width, spaces and required-field stars dropped, the unit in
 * brackets split off), and the contract's English fact keys are always accepted as headers too.
 *
 * Pure: no I/O.
 */
import type { FactKey } from '../rules/facts.ts';

/** Unit a bare number is taken in, from the column header (（万元）, （元）, （亿元）). */
export type BareUnit = 'wan' | 'yuan' | 'yi';

/** Columns that describe the enterprise on the page but are not facts the rules read. */
export type MetaKey = 'enterprise_name' | 'credit_code' | 'location' | 'recommending_unit';

/** What a column feeds. */
export type ColumnTarget =
  | { readonly kind: 'fact'; readonly fact: FactKey }
  | { readonly kind: 'meta'; readonly meta: MetaKey };

/** One row of the header table. */
export interface HeaderEntry {
  readonly target: ColumnTarget;
  /** Header spellings, without their unit in brackets. */
  readonly names: readonly string[];
}

const fact = (f: FactKey, ...names: string[]): HeaderEntry => ({ target: { kind: 'fact', fact: f }, names });
const meta = (m: MetaKey, ...names: string[]): HeaderEntry => ({ target: { kind: 'meta', meta: m }, names });

/** The header table. Units in brackets (（万元）, （元）, （亿元）, （%）) are read off the header itself. */
export const SHEET_HEADERS: readonly HeaderEntry[] = [
  meta('enterprise_name', '企业名称', '单位名称', '申报单位', '申报主体名称', '公司名称', 'name'),
  meta('credit_code', '统一社会信用代码', '信用代码', '社会信用代码', 'credit_code'),
  meta('location', '所在地', '所在地区', '所在地市', '地区', '注册地', 'location'),
  meta('recommending_unit', '项目推荐单位', '推荐单位', 'recommending_unit'),
  fact('in_jiangsu', '是否在江苏', '项目实施地在江苏', '项目实施地是否在江苏省内'),
  fact('applicant_kind', '申报主体类型', '单位类型', '主体类型'),
  fact('industrial', '是否工业企业', '工业企业'),
  fact('above_scale', '是否规上', '是否规模以上工业企业', '规上企业', '规上'),
  fact('revenue_last_year', '主营业务收入', '2021年主营业务收入', '上年度主营业务收入'),
  fact('approvals_complete', '手续是否完备', '备案环评能评手续完备', '手续完备'),
  fact('certifications', '已获认定', '已获荣誉', '已获称号', '资质认定'),
  fact('total_investment', '项目总投资', '总投资', '项目备案总投资', '项目总投入', '备案总投资'),
  fact('software_investment', '软件投入', '软件及系统集成投入', '软件、系统集成、云投入'),
  fact('invested_by_2021_end', '截至2021年底已投资', '2021年底已完成投资', '截至2021年底完成投资'),
  fact('start_date', '开工时间', '开工日期', '项目开工时间'),
  fact('completion_date', '完工时间', '完工日期', '建成时间', '竣工时间', '项目完工时间', '上线时间'),
  fact('stage', '项目状态', '建设阶段', '项目阶段'),
  fact('accepted', '是否已验收', '已验收', '验收情况'),
  fact('fixed_asset_loan', '固定资产贷款', '固定资产贷款总额', '项目固定资产贷款'),
  fact('loan_from_jiangsu_bank', '贷款银行是否省内', '省内金融机构贷款', '省内银行贷款'),
  fact('equipment_bought_with_loan', '已用贷款购置设备', '贷款是否已购置设备'),
  fact('loan_interest_paid_2021', '2021年实付利息', '2021年实际支付利息', '2021年贷款利息'),
  fact('loan_rate_pct', '贷款利率', '贷款年利率'),
  fact('loan_term_years', '贷款期限', '贷款年限'),
  fact('other_interest_subsidy_2021', '市县已贴息', '市县贴息', '已获市县贴息'),
  fact('equipment_invoice_2021', '2021年设备发票金额', '设备发票金额', '2021年设备发票'),
  fact('rd_investment', '研发投入', '研发攻关投入'),
  fact('taxes_paid_last_year', '上年度实缴税金', '实缴税金', '2021年实缴税金'),
  // 3.1.1.4: several deals of one initiator, one group of columns per deal (并购2…并购4 after the first).
  fact('acquisition_date', '并购完成日期', '并购日期'),
  fact('acquisition_amount', '并购实际出资额', '并购出资额'),
  fact('acquisition_cash', '并购现金出资额', '并购出资额中现金部分'),
  fact('stake_after_pct', '并购后持股比例'),
  fact('more_acquisitions', '是否还有其他2021年并购'),
  ...([2, 3, 4] as const).flatMap((k) => [
    fact(`acquisition_${k}_date`, `并购${k}完成日期`),
    fact(`acquisition_${k}_amount`, `并购${k}实际出资额`),
    fact(`acquisition_${k}_cash`, `并购${k}现金出资额`),
    fact(`acquisition_${k}_stake_pct`, `并购${k}持股比例`),
    ...(k < 4 ? [fact(`more_acquisitions_${k}`, `并购${k}之后是否还有其他并购`)] : []),
  ]),
];

/** Units a header may state in brackets, and the bare-number unit they imply for amounts. */
const HEADER_UNITS: Readonly<Record<string, BareUnit | 'pct' | 'other'>> = {
  万元: 'wan',
  万: 'wan',
  元: 'yuan',
  亿元: 'yi',
  亿: 'yi',
  '%': 'pct',
  年: 'other',
};

/** A header split into its name and its bracketed unit, both normalised. */
export interface NormalizedHeader {
  readonly name: string;
  /** The bare-number unit an amount column states; null when it states none. */
  readonly unit: BareUnit | null;
}

/** Normalises a header cell: NFKC (full-width brackets and digits), no spaces or stars, unit split off. */
export function normalizeHeader(raw: string): NormalizedHeader {
  let s = raw.normalize('NFKC').replace(/[\s*＊:：]/g, '');
  let unit: BareUnit | null = null;
  const m = /^(.*?)\(([^()]*)\)$/.exec(s);
  if (m?.[1] && m[2] !== undefined && m[2] in HEADER_UNITS) {
    s = m[1];
    const u = HEADER_UNITS[m[2]];
    unit = u === 'wan' || u === 'yuan' || u === 'yi' ? u : null;
  }
  return { name: s.toLowerCase(), unit };
}

const BY_NAME: ReadonlyMap<string, ColumnTarget> = (() => {
  const map = new Map<string, ColumnTarget>();
  for (const entry of SHEET_HEADERS) {
    for (const name of entry.names) map.set(normalizeHeader(name).name, entry.target);
  }
  return map;
})();

/** The target of a header: the table first, then the contract's fact keys as written. */
export function columnTarget(header: NormalizedHeader, isFact: (key: string) => key is FactKey): ColumnTarget | null {
  const known = BY_NAME.get(header.name);
  if (known) return known;
  return isFact(header.name) ? { kind: 'fact', fact: header.name } : null;
}
