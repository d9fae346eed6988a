/**
 * WeCom's callback XML is flat (`<xml><Tag><![CDATA[..]]></Tag>…</xml>`), so a tiny reader is
 * enough and keeps every value a string — MsgId is a 64-bit number and must not pass through
 * a JavaScript number.
 */
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** A character reference XML allows: a Unicode scalar value (no surrogates, nothing past U+10FFFF). */
const isCharacter = (cp: number) =>
  Number.isInteger(cp) && cp >= 1 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);

/** The decoded text, or null when a character reference names no character (`&#x110000;`). */
function decodeEntities(s: string): string | null {
  let bad = false;
  const out = s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (!e.startsWith('#')) return ENTITIES[e] ?? '';
    const cp = e.startsWith('#x') ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    if (isCharacter(cp)) return String.fromCodePoint(cp);
    bad = true;
    return '';
  });
  return bad ? null : out;
}

/** A flat XML document read: each leaf's text by tag, and the tags whose text could not be decoded. */
export interface FlatXml {
  readonly fields: Record<string, string>;
  readonly unreadable: ReadonlySet<string>;
}

/** Text of every leaf element, by tag name (the first occurrence wins), and the tags that did not decode. */
export function readFlatXml(xml: string): FlatXml {
  const fields: Record<string, string> = {};
  const unreadable = new Set<string>();
  const re = /<([A-Za-z_][\w.-]*)>(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))<\/\1>/g;
  for (const m of xml.matchAll(re)) {
    const tag = m[1] as string;
    if (tag in fields || unreadable.has(tag)) continue;
    const text = m[2] !== undefined ? m[2] : decodeEntities(m[3] ?? '');
    if (text === null) unreadable.add(tag);
    else fields[tag] = text;
  }
  return { fields, unreadable };
}

/** Text of every leaf element, by tag name; a tag whose text does not decode is left out. */
export function parseFlatXml(xml: string): Record<string, string> {
  return readFlatXml(xml).fields;
}

/** A CDATA section that stays valid whatever the text holds. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}
