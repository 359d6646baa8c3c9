/** An app's screen around a pasted message: LinkedIn's page, a chat transcript's stamps and labels. */
import { MESSENGER_OWN } from '../lang/en/intake.js';
import { alternation } from '../shared/phrases.js';
import { looksLikeChat, readChat, stampedChat } from './chat.js';
import { namesItsApp } from './chat-contact.js';
import { mainSpeaker } from './chat-headers.js';
import { withoutFirmLabels } from './firm-label.js';
import { forwardMark } from './forward-mark.js';
import type { Intake } from './intake.js';
import { dropLinkedInScreen, linkedInSender, looksLikeLinkedIn } from './linkedin.js';
import { headedMail, opensWithHeaders } from './mail.js';
import { noticeSender } from './notices.js';
import { readScreenEdges } from './screen-edges.js';

/** Read by who-is-who among an app's own lines. */
export { platformNotice } from './notices.js';

/** Drops an app's screen and chat noise: LinkedIn's page, a chat transcript's stamps and labels. */
export function dropScreens(
  plain: string,
  pasted: string[],
): Pick<Intake, 'shape'> & { lines: string[]; sender: string | null } {
  // "Kasia forwarded a message": whoever passed the message on sends it, whatever the screen's labels say.
  // A firm's name in a speaker's place ("Fenwick Valves (external)" over "Omar from Fenwick here") labels no one.
  const marked = forwardMark([...withoutFirmLabels(pasted)]);
  const read = screensOf(plain, marked.lines);
  return marked.sender ? { ...read, sender: marked.sender } : read;
}

/** Messenger's own lines ("You're friends on Facebook"): its "Seen by Gwen" is no LinkedIn page's. */
const MESSENGER = new RegExp(`^${alternation(MESSENGER_OWN)}$`, 'iu');

function screensOf(plain: string, lines: string[]): ReturnType<typeof dropScreens> {
  const messenger = lines.some((l) => MESSENGER.test(l.trim()));
  if (looksLikeLinkedIn(plain) && !stampedChat(lines) && !messenger && !namesItsApp(lines)) {
    const { fallback, ...read } = linkedInScreen(withDegreeOnNameLine(lines));
    // A contact named over a stamp at the top outranks a weak clue ("View Hannah's profile" under a career advisor's note).
    const edged = withEdges(read);
    return edged.sender ? edged : { ...edged, sender: fallback };
  }
  // A mail's sender over its recipients and date, atop the paste or under a page's titles, is no chat's contact over a stamp.
  if (!stampedChat(lines) && headedMail(lines)) return { lines, sender: null, shape: 'plain' };
  if (looksLikeChat(lines)) {
    const chat = readChat(lines);
    if (chat.sender) return { ...chat, shape: 'chat' };
    // A profile's top over one message labels no speaker: its contact is the clue, its lines the app's.
    const contact = readScreenEdges(lines).contact;
    const edges = contact ? readScreenEdges(chat.lines) : null;
    return { lines: edges?.contact === contact ? edges.lines : chat.lines, sender: contact, shape: 'chat' };
  }
  // A mail's header block is mail.ts's to read.
  if (opensWithHeaders(lines)) return { lines, sender: null, shape: 'plain' };
  return withEdges({ lines, sender: null, shape: 'plain' });
}

/** Any app's screen at the paste's edges, and the contact it names when no reader found a sender. */
function withEdges(read: ReturnType<typeof dropScreens>): ReturnType<typeof dropScreens> {
  if (read.sender) return read;
  const edges = readScreenEdges(read.lines);
  if (edges.contact) return { ...read, lines: edges.lines, sender: edges.contact };
  const notice = noticeSender(read.lines);
  return { ...read, lines: edges.lines, sender: notice ?? read.sender };
}

/** The connection's degree copied onto a line of its own (" · 2nd" under "Ananya Rao") belongs to the name line above it. */
function withDegreeOnNameLine(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    if (previous?.trim() && /^\s*[·•]\s?(?:1st|2nd|3rd\+?)\s*$/.test(line))
      joined[joined.length - 1] = `${previous.trim()} ${line.trim()}`;
    else joined.push(line);
  }
  return joined;
}

/** LinkedIn's page without its screen text; a thread of several people (an introducer, then the candidate) is written by who says most. */
function linkedInScreen(lines: string[]): ReturnType<typeof dropScreens> & { fallback: string | null } {
  const talk = mainSpeaker(lines);
  const sender = linkedInSender(lines, true) ?? (talk.speakers > 1 ? talk.name : null);
  const fallback = sender ? null : (linkedInSender(lines) ?? talk.name);
  return { lines: dropLinkedInScreen(lines), sender, fallback, shape: 'linkedin' };
}
