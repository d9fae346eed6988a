/** The guide's attachment blocks straight from its text, for tests that check parsed data against it. */
import { readFileSync } from 'node:fs';
import { guideTextPath } from '../../src/knowledge/guide.ts';

/** The raw non-empty lines of each attachment block, keyed "A1-n". */
export function rawAttachmentBlocks(): Map<string, string[]> {
  const raw = readFileSync(guideTextPath('jiangsu-2022'), 'utf8');
  const blocks = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of raw.split('\n')) {
    const m = /^附件\s*1-(\d+)\s*$/u.exec(line);
    if (m) {
      current = [];
      blocks.set(`A1-${m[1]}`, current);
    } else if (current && line.trim()) current.push(line);
  }
  return blocks;
}
