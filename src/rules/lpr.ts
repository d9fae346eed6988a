/**
 * Loan Prime Rate (贷款市场报价利率) for 1.1.2's "按不超过贷款同期限LPR的利率水平给予贴息".
 * Not in the guide: these are the rates the People's Bank of China published for 2021, kept as
 * dated data (OpenFisca style) so another year's guide can add its own.
 */

/** One published LPR value, in force from a date. */
export interface LprValue {
  readonly from: string;
  readonly oneYear: number;
  readonly fiveYearPlus: number;
}

/** 2021 LPR: 1-year 3.85 % all year until 3.80 % from 2021-12-20; 5-year-plus 4.65 % all year. */
export const LPR_2021: readonly LprValue[] = [
  { from: '2021-01-01', oneYear: 3.85, fiveYearPlus: 4.65 },
  { from: '2021-12-20', oneYear: 3.8, fiveYearPlus: 4.65 },
];

/**
 * The LPR that caps a loan's subsidised interest for interest paid in 2021.
 *
 * Reading (1.1.2): "5年期以上" counts five itself (以上 includes the number, as everywhere in the
 * guide and in the Civil Code's art. 1259), so a loan of five years or more takes the 5-year-plus
 * LPR and a shorter one the 1-year LPR. Interest paid in 2021 fell almost all before the 2021-12-20 cut, and the
 * result is an estimated *maximum*, so the higher 2021 value (3.85 %) is used; the bureau's
 * confirmation by payment date can only lower it. An unknown term takes the higher
 * 5-year-plus rate, again an upper bound.
 */
export function lprFor(termYears: number | undefined): { rate: number; term: 'one_year' | 'five_year_plus' } {
  return termYears !== undefined && termYears < FIVE_YEARS ? ONE_YEAR : FIVE_YEAR_PLUS;
}

/** The term from which the 5-year-plus LPR applies (5年期以上, five included). */
export const FIVE_YEARS = 5;

const ONE_YEAR = { rate: Math.max(...LPR_2021.map((v) => v.oneYear)), term: 'one_year' } as const;
const FIVE_YEAR_PLUS = { rate: Math.max(...LPR_2021.map((v) => v.fiveYearPlus)), term: 'five_year_plus' } as const;
