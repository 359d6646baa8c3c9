/**
 * Chat transcripts from any app: stamps, contact labels and screen lines go, noise lines ("<Media
 * omitted>") too; the first contact label is kept as a clue to who wrote.
 */
import { APP_SECTIONS, MESSENGER_SCREEN } from '../lang/en/intake.js';
import { alternation } from '../shared/phrases.js';
import { firstFilled } from '../shared/text.js';
import { fullerContact, notedContact, overReceipt, SERVICE, STAMP, threadStart } from './chat-contact.js';
import {
  BARE_LABEL,
  bareLabels,
  DAY_WORD,
  labelLine,
  mainSpeaker,
  overText,
  PHONE,
  speakerHeader,
  speakerKey,
  withoutLaterReplies,
} from './chat-headers.js';
import { chatNoise, NOISE } from './chat-noise.js';
import { stampLine } from './furniture.js';
import { cardOverLabel, labelAsName } from './header-line.js';
import { inlineLabel, inlineLabels } from './inline-labels.js';
import { isScreenLine } from './screen-line.js';
import { contactHeader, stampedLine } from './stamped-lines.js';

const MESSENGER = new RegExp(`^${alternation(MESSENGER_SCREEN)}$`, 'iu');
/** A contact as saved at a thread's top: a name, perhaps with a note in parentheses ("Gloria (next door)"). */
const BARE_TOP = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}(?: \([^()\n]{1,30}\))?$/u;
const APP_SECTION = new RegExp(APP_SECTIONS, 'i');

/** A headline under a contact's name, as a phone app shows it: a short title, each word capitalized ("Line Cook"). */
const HEADLINE = /^\p{Lu}[\p{L}\p{M}'’&-]*(?: (?:\p{Lu}[\p{L}\p{M}'’&.-]*|at|of|and|&|[|·•])){0,6}$/u;

/** The headline under the thread's contact at the top, in a thread that has a stamp line: screen text. */
function headlineUnderTop(lines: readonly string[], i: number): boolean {
  const filled = threadStart(lines, firstFilled(lines));
  const top = filled[0];
  return (
    filled[1] === i &&
    top !== undefined &&
    BARE_TOP.test(lines[top]?.trim() ?? '') &&
    !/[.!?,]$/.test(lines[top]?.trim() ?? '') &&
    HEADLINE.test(lines[i]?.trim() ?? '') &&
    lines.slice(i + 1).some((l) => STAMP.test(l.trim()))
  );
}

/** An SMS thread's contact: the paste's first line, over the first message's stamp ("Uncle Bayo" / "Sat 9:02 PM"). */
function threadTop(lines: readonly string[], i: number): boolean {
  const filled = threadStart(lines, firstFilled(lines));
  const next = filled[1];
  // Over the list's name ("Chats", "Messages") stands the app's own name, no contact.
  if (next !== undefined && APP_SECTION.test(lines[next]?.trim() ?? '')) return false;
  // A phone app's contact over their headline, the message's stamp below ("Kai" / "Line Cook" / … / "1:02 AM").
  if (filled[0] === i && next !== undefined && headlineUnderTop(lines, next)) return true;
  return (
    filled[0] === i &&
    next !== undefined &&
    // Over the first stamp, or over the contact's status ("Active 2h ago"); Signal's full name over
    // messages that each end on their own time ("Tue 10:14").
    (STAMP.test(lines[next]?.trim() ?? '') ||
      /^(?:active|last seen|online)\b/i.test(lines[next]?.trim() ?? '') ||
      SERVICE.test(lines[next]?.trim() ?? '') ||
      (BARE_LABEL.test(lines[i]?.trim() ?? '') &&
        (lines.some((l) => STAMP.test(l.trim())) || overReceipt(lines, lines[i]?.trim() ?? ''))) ||
      stampedScreenUnder(lines, i + 1)) &&
    !/[.!?,]$/.test(lines[i] ?? '')
  );
}

/** Under a name at the paste's top, the app's screen lines, one of them a stamp ("@handle", a date), then text. */
function stampedScreenUnder(lines: readonly string[], from: number): boolean {
  let stamped = false;
  for (const line of lines.slice(from)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (!isScreenLine(trimmed)) return stamped && /\p{L}{2,}/u.test(trimmed);
    stamped ||= stampLine(trimmed);
  }
  return false;
}

/** WhatsApp's own stamps on two lines: a transcript, whatever its messages mention ("on your LinkedIn"). */
export const stampedChat = (lines: readonly string[]) => lines.filter((l) => stampedLine(l.trim())).length >= 2;

/** Whether the paste is a chat transcript: two timestamped lines, or a chat's noise line. */
export function looksLikeChat(lines: readonly string[]): boolean {
  const stamped = lines.filter((l) => stampedLine(l.trim())).length;
  const labels = lines.filter((l, i) => speakerHeader(l) && overText(lines, i) && !NOISE.test(l.trim())).length;
  // A contact's name alone at the top, over a stamp, a status or the app's name ("Dev Malhotra" / "Signal").
  const top = lines.some(
    (l, i) => l.trim().length <= 60 && ((BARE_TOP.test(l.trim()) && threadTop(lines, i)) || notedContact(lines, i)),
  );
  return (
    stamped >= 1 ||
    labels >= 1 ||
    top ||
    bareLabels(lines).size > 0 ||
    lines.some((l) => NOISE.test(l) && l.trim().length > 3)
  );
}

/** A chat message is a sentence of its own: one that ends on a word gets its period. */
const asSentence = (message: string) => (/[\p{L}\p{N}]$/u.test(message.trim()) ? `${message.trim()}.` : message);

/** The transcript's own words, each message on its line, with the first sender's label. */
export function readChat(lines: readonly string[]): { lines: string[]; sender: string | null } {
  const kept: string[] = [];
  // Who said each kept line, as its label names them: the note ends with its writer's last message.
  const by: (string | null)[] = [];
  let current: string | null = null;
  const keep = (text: string) => {
    kept.push(text);
    by.push(current);
  };
  let [sender, top, topName]: [string | null, string | null, string | null] = [null, null, null];
  // Under a stamp line ("Today 11:02 PM") each line is a message of its own.
  let underStamp = false;
  const bare = bareLabels(lines);
  const inline = inlineLabels(lines);
  const { name: speaker, key: writer } = mainSpeaker(lines);
  const last = lines.findLastIndex((l) => l.trim());
  const note = (label: string | undefined) => {
    if (label && !sender && !PHONE.test(label) && !DAY_WORD.test(label)) sender = labelAsName(label);
  };
  const speaks = (label: string | undefined) => {
    note(label);
    current = speakerKey(label);
  };
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim();
    // The thread's contact above "iMessage" or "Text Message", and a stamp line, are screen text.
    const noted = notedContact(lines, i);
    if (trimmed.length <= 60 && (SERVICE.test(lines[i + 1]?.trim() ?? '') || threadTop(lines, i) || noted)) {
      note(noted ?? trimmed);
      topName ??= sender;
      top = trimmed;
      continue;
    }
    if (headlineUnderTop(lines, i) || contactHeader(trimmed, speaker) || cardOverLabel(lines, i)) continue;
    if (STAMP.test(trimmed)) {
      underStamp = true;
      continue;
    }
    const stamped = stampedLine(trimmed);
    const said = stamped ? { label: stamped[1], message: stamped[2] } : inlineLabel(trimmed, inline);
    if (said) {
      speaks(said.label);
      if (said.message && !chatNoise(said.message)) keep(asSentence(said.message));
      continue;
    }
    // A read receipt ("Read 9:40 PM") is shaped like a label and a time, and is screen text.
    // The compose box names the thread's contact: "Type a message to Chukwuemeka Obi".
    const screen = isScreenLine(top ? trimmed.replace(top, '') : trimmed);
    if (chatNoise(trimmed) || MESSENGER.test(trimmed) || screen) continue;
    const label = labelLine(trimmed, i === last, bare);
    if (label) {
      speaks(label);
      continue;
    }
    keep((sender || underStamp) && trimmed ? asSentence(line) : line);
  }
  // A writer shown only by their number has no name here: another member's label names someone else.
  const named = writer === speaker ? (fullerContact(speaker, top) ?? sender) : topName;
  return { lines: withoutLaterReplies(kept, by, writer), sender: named };
}
