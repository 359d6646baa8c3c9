/** Hinglish (romanized Hindi mixed with English): every phrase list, keyed by name, in the same files and under the same names as English. */
import type { Phrases } from '../phrases-type.js';
import * as asks from './asks.js';
import * as attachments from './attachments.js';
import * as candidate from './candidate.js';
import * as exits from './exits.js';
import * as frame from './frame.js';
import * as intake from './intake.js';
import * as proofPhrases from './proof-phrases.js';
import * as risks from './risks.js';
import * as whyMe from './why-me.js';

export const hiEn = {
  ...asks,
  ...exits,
  ...risks,
  ...whyMe,
  ...proofPhrases,
  ...candidate,
  ...attachments,
  ...frame,
  ...intake,
} satisfies Phrases;
