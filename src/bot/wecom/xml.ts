/**
 * WeCom's callback XML is flat (`<xml><Tag><![CDATA[..]]></Tag>…</xml>`), so a tiny reader is
 * enough and keeps every value a string — MsgId is a 64-bit number and must not pass through
 * a JavaScript number.
 */
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number.parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? '';
  });
}

/** Text of every leaf element, by tag name; the first occurrence of a tag wins. */
export function parseFlatXml(xml: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /<([A-Za-z_][\w.-]*)>(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))<\/\1>/g;
  for (const m of xml.matchAll(re)) {
    const tag = m[1] as string;
    if (tag in out) continue;
    out[tag] = m[2] !== undefined ? m[2] : decodeEntities(m[3] ?? '');
  }
  return out;
}

/** A CDATA section that stays valid whatever the text holds. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}
