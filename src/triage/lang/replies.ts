/**
 * The reply wording of each language the triage answers in, as data: the drafts of a note in that
 * language are written from these sentences (writing/local-drafts.ts), in the referrer's voice.
 * Each line is a pair: [informal, formal], picked by how the note addresses the referrer (tú/usted,
 * tu/vous, du/Sie, tu/Lei). Slots: {name} the first name of whom the line names (the greeting names
 * whom the reply goes to: the writer of a named candidate; `about` lines name the candidate), {role} the role as the
 * language names it, {quote} the clause of the note that holds the result, {team} the referrer's team
 * area, {area} the area a role belongs to. English replies are written by writing/drafts.ts.
 */
import { de } from './de/replies.js';
import { es } from './es/replies.js';
import { fr } from './fr/replies.js';
import { hiEn } from './hi-en/replies.js';
import { it } from './it/replies.js';
import { pt } from './pt/replies.js';

export type { Register, ReplyWording } from './reply-types.js';

import type { ReplyWording } from './reply-types.js';

export const REPLIES: Readonly<Record<string, ReplyWording>> = { es, pt, fr, de, it, 'hi-en': hiEn };
