/**
 * Answers, as people type them, for a first merger deal in 2021 that meets 3.1.1.1–3.1.1.3 (an initiator in
 * Jiangsu, registered, lawful, not within one parent, largest shareholder after it). Each test sets the
 * stake it reads and the amounts it needs.
 */
export const MERGER_DEAL_ONE = {
  focus: '兼并重组',
  in_jiangsu: '是',
  applicant_kind: '企业',
  merger_initiator: '是',
  acquisition_date: '去年6月',
  acquisition_registered: '是',
  acquisition_lawful: '是',
  same_parent: '不是',
  stake_after_pct: '60%',
  largest_shareholder: '是',
} as const;
