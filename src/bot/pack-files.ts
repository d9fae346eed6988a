/**
 * Sending the application forms a reply asks for (`reply.pack`, after "需要申报表吗？" → yes), the
 * same way on every channel: each program's form is built (src/pack) and handed to the channel's
 * upload; a form that cannot be built or sent is reported in one short message, and the checklist
 * text already sent stands. Channels supply only their upload and their way of saying a line.
 */
import type { PackRequest, Reply } from '../dialogs/types.ts';
import { t } from '../i18n.ts';
import { ANONYMOUS, formCaption, formFile, type PackFile } from '../pack/pack.ts';
import { applicationForms } from '../rules/documents.ts';
import { errorCode, type Logger } from './log.ts';

/** A channel's side of a file send. */
export interface FileSender {
  /** Uploads one file into the conversation, with a caption where the platform shows one. */
  upload(file: PackFile, caption: string): Promise<void>;
  /** Says one line of plain text (the failure notice). */
  say(text: string): Promise<void>;
  readonly log: Logger;
  /** The channel's name, for the log. */
  readonly channel: string;
}

/** The pack a reply asks for, if any. */
export function packOf(reply: Reply): PackRequest | undefined {
  return reply.kind === 'answer' ? reply.pack : undefined;
}

/**
 * Builds and sends every form of a pack. A form that fails is reported in one line and the others go on;
 * when nothing reached the user at all (every upload and every notice failed: the platform is down), it
 * throws, so the outbox keeps the payload and sends it again. Returns how many files went out.
 */
export async function sendPackFiles(pack: PackRequest, sender: FileSender): Promise<number> {
  let sent = 0;
  // Whether anything reached the user (a file or a notice): if nothing did, the outbox must try again.
  let reached = false;
  let tried = 0;
  for (const program of pack.programs) {
    for (const formId of applicationForms(program, pack.profile)) {
      let file: PackFile | undefined;
      try {
        tried++;
        file = formFile(formId, program, pack.profile, ANONYMOUS, pack.locale);
        await sender.upload(file, formCaption(formId, pack.locale));
        sent++;
        reached = true;
      } catch (err) {
        sender.log.warn('pack_file_failed', { channel: sender.channel, form: formId, code: errorCode(err) });
        const notice = t(pack.locale, 'pack.file.failed', {
          file: file?.fileName ?? formId,
          number: formId.replace(/^A/u, ''),
        });
        await sender
          .say(notice)
          .then(() => {
            reached = true;
          })
          .catch((e: unknown) =>
            sender.log.error('pack_notice_failed', { channel: sender.channel, code: errorCode(e) }),
          );
      }
    }
  }
  if (tried > 0 && !reached) throw new Error('pack_not_delivered');
  return sent;
}
