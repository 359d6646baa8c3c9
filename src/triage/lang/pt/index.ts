/** Portuguese: every phrase list, keyed by the same names as English (lang/en). */
import * as asks from './asks.js';
import * as attachments from './attachments.js';
import * as candidate from './candidate.js';
import * as frame from './frame.js';
import * as intake from './intake.js';
import * as proofPhrases from './proof-phrases.js';
import * as risks from './risks.js';
import * as whyMe from './why-me.js';

export const pt = {
  ...asks,
  ...risks,
  ...whyMe,
  ...proofPhrases,
  ...candidate,
  ...attachments,
  ...frame,
  ...intake,
};
