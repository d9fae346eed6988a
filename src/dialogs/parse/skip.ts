/**
 * "I don't know" in its forms: 不知道, 不清楚, 不确定, 不了解, 说不准, 跳过, 略过, 下一个, skip, pass,
 * don't know. The pending fact stays unknown (never false, never zero) and the dialog moves on.
 */
import { normalize } from './text.ts';

const SKIP =
  /^(不知道|不太知道|不晓得|不清楚|不太清楚|不确定|不太确定|不了解|说不准|说不好|没数|不记得|忘了|跳过|略过|下一个|下一题|skip|pass|next|idk|i\s?don'?t\s?know|don'?t\s?know|not\s?sure|unknown)/u;

/** Whether the answer means "leave it unknown and move on". */
export function isSkip(text: string): boolean {
  return SKIP.test(normalize(text));
}
