/** A chat's lines that are no one's words: "<Media omitted>", a deleted message, a forward mark, a file, a typo's fix. */
import { CHAT_NOISE } from '../lang/en/intake.js';
import { alternation } from '../shared/phrases.js';

/** The noise only a chat app prints, one such line makes a paste a transcript; a forward mark may carry its arrow ("↪ Forwarded"). */
export const NOISE = new RegExp(`^[\\s\u200e↪➦→]*${alternation(CHAT_NOISE)}[\\s\u200e]*$`, 'iu');

/**
 * A file sent in the thread, as Discord and Slack show it: its name beside a paperclip, perhaps with its
 * size ("📎 Offer_letter_v2.docx 84 KB"). Not proof of a chat on its own, since mail clients print it too.
 */
const ATTACHMENT = /^📎\s?\S.{0,100}\.[a-z0-9]{2,5}(?:\s+\(?\d[\d.,]*\s?[kmg]i?b\)?)?$/iu;

/**
 * A message that only fixes a word of the writer's one above, as chats write it: an asterisk against the
 * right words ("*their", "*Leeds not Leicester (edited)"). It is no sentence of the note, and it would stand
 * between the message and its sign-off. A bullet has a space after its asterisk; emphasis closes its own.
 */
const CORRECTION = /^\*(?=\S)[^*\n]{1,80}$/u;

/** A line of a transcript that no one wrote as a sentence of the note: the app's noise, a file sent, a correction. */
export const chatNoise = (line: string) =>
  NOISE.test(line) || ATTACHMENT.test(line.trim()) || CORRECTION.test(line.trim());
