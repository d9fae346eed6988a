/**
 * The parsers' result type: an expected failure is a value with a code, never a throw, so the
 * engine can turn it into a short re-ask (STYLE: `Result<T, E>` as in grammY conversations' form.ts).
 */

/** Why an answer did not parse. The engine maps each code to a re-ask with an example. */
export type ParseErrorCode =
  /** Nothing that looks like the kind of answer asked for. */
  | 'no_match'
  /** More than one reading (two numbers, two choices that fit equally). */
  | 'ambiguous'
  /** An amount with no unit where the question did not name one. */
  | 'unit_missing'
  /** A bare number so large it is surely in 元, not 万元 (e.g. `35000000`). */
  | 'unit_ambiguous'
  /** A currency other than 人民币. */
  | 'foreign_currency'
  /** Negative where only zero or more makes sense. */
  | 'negative'
  /** Outside the fact's range (a percentage above 100, a year far from the guide's). */
  | 'out_of_range'
  /** A count that is not a whole number. */
  | 'not_integer'
  /** A date that does not exist (2021-02-30) or lacks its month. */
  | 'invalid_date'
  /** Part of a list did not match any option. */
  | 'unknown_item'
  /** A figure on another basis than the question's (含税, 含土建, per year, unaudited, 产值). */
  | 'qualified'
  /** A bound, not a value (不到两千万, less than 20 million). */
  | 'bound'
  /** A range (三四千万, between 30 and 40 million). */
  | 'range'
  /** Only part of what the question asks is true (买了一部分). */
  | 'partial'
  /** A recognition the guide counts in one year only, named without its year (小巨人). */
  | 'year_unknown'
  /** 质量奖 named without its level: the guide's is the 全国质量奖 (3.3), not a governor's or mayor's. */
  | 'award_which'
  /** 区工信局 / 县级市工信局, to the kind of applicant: no 设区市工信局 (3.4.2); other unit, or the enterprise asked for. */
  | 'county_bureau'
  /** A yes said of another fact (`yes we are in Jiangsu` to a question about capability). */
  | 'yes_of_other'
  | 'no_of_other'
  /** 1500人次 大部分是线下: online training inside a trainee count (5.5.1.2 counts offline only). */
  | 'online_included'
  /** 大概200家，大部分是线下, to the SMEs served: 5.3.1.2 counts offline service only, and the offline count is not said. */
  | 'offline_only'
  /** 设备已经买了 to the approvals question: a message about another fact, no word of the question's own in it. */
  | 'about_other'
  /** 没买 / 都办好了 to a question not about buying or doing: an echo of another question's verb, typed a turn late. */
  | 'echo_other'
  /** 是的，已经完工了 to the acceptance question: completion is not acceptance. */
  | 'completed_not_accepted'
  /** Approvals said not to be needed, without the recommending unit's statement the guide asks for then. */
  | 'needs_statement'
  /** 服务中心下面的平台公司: a body under the one asked about, not that body itself. */
  | 'body_under'
  /** 软件MES+WMS那些 差不多450, to the total investment: a figure named as one part of the whole asked. */
  | 'part_named'
  /** 已经办了三场, to a question counting what is done and planned: the count so far, not the total. */
  | 'so_far'
  /** 一共12个班, to how many classes last 3.5 days or more: every class counted, not the long ones. */
  | 'all_classes'
  /** started January 2022, to how many years: a calendar year, not a number of years. */
  | 'year_not_count'
  /** 三年累计培训四千多人次, to the three-year average: the years' total, not their average. */
  | 'total_not_average'
  /** 20年, to how many years: twenty years, or the year 2020. */
  | 'year_or_count';

/** A parse outcome. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: ParseErrorCode };

/** A successful parse. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** A failed parse with its code. */
export const err = <T = never>(code: ParseErrorCode): Result<T> => ({ ok: false, code });
