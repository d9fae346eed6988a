/** The guide's application year and the relative year words people read against it. */

/** The guide's application year: "this year" for a user of the 2022 guide. */
export const APPLICATION_YEAR = 2022;

/** 前年 … 后年 as offsets from "this year" (今年 is the application year unless a reader is told otherwise). */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = { 前年: -2, 去年: -1, 今年: 0, 明年: 1, 后年: 2 };
