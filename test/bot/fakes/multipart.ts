/** Reads a multipart/form-data body as the platforms do: each part's name, filename, headers and bytes. */
import type { FakeRequest } from './fake-server.ts';

export interface FormPart {
  readonly name: string;
  readonly filename?: string;
  /** The Content-Disposition line as sent (WeCom reads filelength from it). */
  readonly disposition: string;
  readonly contentType?: string;
  readonly bytes: Buffer;
}

export function isMultipart(req: FakeRequest): boolean {
  return (req.headers['content-type'] ?? '').startsWith('multipart/form-data');
}

export function parseMultipart(req: FakeRequest): FormPart[] {
  const boundary = /boundary="?([^";]+)"?/u.exec(req.headers['content-type'] ?? '')?.[1];
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: FormPart[] = [];
  let at = req.raw.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (req.raw.subarray(start, start + 2).toString() === '--') break;
    const next = req.raw.indexOf(delimiter, start);
    if (next < 0) break;
    const part = req.raw.subarray(start + 2, next - 2); // after CRLF, before CRLF
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const bytes = part.subarray(split + 4);
    const disposition = /content-disposition:[^\r\n]*/iu.exec(head)?.[0] ?? '';
    const name = /\bname="([^"]*)"/u.exec(disposition)?.[1] ?? '';
    const filename = /filename="?([^";\r\n]+)"?/u.exec(disposition)?.[1];
    const contentType = /content-type:\s*([^\r\n]*)/iu.exec(head)?.[1];
    parts.push({
      name,
      disposition,
      bytes,
      ...(filename === undefined ? {} : { filename }),
      ...(contentType ? { contentType } : {}),
    });
    at = next;
  }
  return parts;
}
