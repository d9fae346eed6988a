/**
 * Small text helpers shared by the guide parser and the search. The guide is text extracted
 * from a PDF: line wraps inside table cells left spaces between Chinese characters
 * ("项目 共性 绩效 指标"), and a few cells carry HTML the extractor emitted for check boxes.
 */

// CJK ideographs, CJK and full-width punctuation, Chinese quotes and the check-box glyph.
const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u201c\\u201d\\u25a1';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'gu');

/** Whether a character is CJK (ideograph or full-width punctuation). */
export function isCjk(ch: string): boolean {
  return new RegExp(`^[${CJK}]$`, 'u').test(ch);
}

/** A literal string as a regular expression's source (every special character escaped). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Removes every whitespace character: the guide's text compared "whitespace aside". */
export function stripWhitespace(s: string): string {
  return s.replace(/\s+/gu, '');
}

/**
 * Cleans one table cell of an attachment: the extractor's check-box HTML becomes the printed
 * "□", paragraph tags go, and spaces a PDF line wrap left between two Chinese characters go.
 * Spaces next to Latin letters or digits ("建设 5G 基站数") are kept as printed.
 */
export function cleanCell(s: string): string {
  return s
    .replace(/<input type="checkbox"\/>/gu, '□')
    .replace(/<\/?p>/gu, '')
    .replace(SPACE_BETWEEN_CJK, '')
    .replace(/\s+/gu, ' ')
    .trim();
}
