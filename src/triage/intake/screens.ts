/** An app's screen around a pasted message: LinkedIn's page, a chat transcript's stamps and labels. */
import { looksLikeChat, mainSpeaker, readChat, stampedChat } from './chat.js';
import type { Intake } from './intake.js';
import { dropLinkedInScreen, linkedInSender, looksLikeLinkedIn } from './linkedin.js';

/** Drops an app's screen and chat noise: LinkedIn's page, a chat transcript's stamps and labels. */
export function dropScreens(
  plain: string,
  lines: string[],
): Pick<Intake, 'shape'> & { lines: string[]; sender: string | null } {
  if (looksLikeLinkedIn(plain) && !stampedChat(lines)) {
    // A thread of several people (an introducer, then the candidate) is written by who says most.
    const talk = mainSpeaker(lines);
    const sender =
      linkedInSender(lines, true) ?? (talk.speakers > 1 ? talk.name : (linkedInSender(lines) ?? talk.name));
    return { lines: dropLinkedInScreen(lines), sender, shape: 'linkedin' };
  }
  if (looksLikeChat(lines)) return { ...readChat(lines), shape: 'chat' };
  return { lines, sender: null, shape: 'plain' };
}
