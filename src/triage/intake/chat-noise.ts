/** A chat's lines that are no one's words: "<Media omitted>", "This message was deleted", a forward mark. */
import { CHAT_NOISE } from '../lang/en/intake.js';
import { alternation } from '../shared/phrases.js';

/** The noise a chat app prints; a forward mark may carry its arrow ("↪ Forwarded"). */
export const NOISE = new RegExp(`^[\\s\u200e↪➦→]*${alternation(CHAT_NOISE)}[\\s\u200e]*$`, 'iu');
