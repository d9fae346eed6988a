/** Reading a platform's reply text in tests: whitespace ignored, the HTML escapes of Slack and Telegram undone. */

/** The text with all whitespace removed, so line wrapping and indentation do not matter. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

/** Undoes the three escapes Slack and Telegram apply to text (&lt; &gt; &amp;). */
export const unescapeHtml = (s: string): string =>
  s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
