import type { Reading } from './reading.js';
import { type MissingPiece, SIGNAL_NAMES, type Signals } from './registry.js';
import type { Sentence } from './sentences.js';
import { specOf } from './signal-reading.js';
import { listOf } from './wording.js';

/**
 * A one-pager the referrer asked for is read together with the note it answers: the role, the
 * reason for asking and the easy out usually come from the first note, the results and the link
 * from the one-pager. The joined reading is the two notes one after the other, with every position
 * moved so evidence still points into the joined text.
 */

const JOIN = '\n\n';

function shifted(sentences: readonly Sentence[], chars: number, lines: number): Sentence[] {
  return sentences.map((s) => ({ ...s, start: s.start + chars, end: s.end + chars, line: s.line + lines }));
}

export function joinReadings(first: Reading, answer: Reading): Reading {
  const chars = first.text.length + JOIN.length;
  const lines = first.text.split('\n').length + 1;
  return {
    text: `${first.text}${JOIN}${answer.text}`,
    urls: [...new Set([...answer.urls, ...first.urls])],
    sentences: [...first.sentences, ...shifted(answer.sentences, chars, lines)],
    body: [...first.body, ...shifted(answer.body, chars, lines)],
    // The candidate signs the latest note; an unsigned one-pager keeps the first note's name.
    signOffLines: answer.signOffLines.length > 0 ? answer.signOffLines : first.signOffLines,
    roles: [
      ...first.roles,
      ...answer.roles.map((role) => ({ ...role, sentenceIndex: role.sentenceIndex + first.body.length })),
    ],
    bodyWords: first.bodyWords + answer.bodyWords,
    paragraphs: first.paragraphs + answer.paragraphs,
  };
}

/** The first note alone and the one-pager alone, kept beside the joined reading. */
export interface Answering {
  first: Reading;
  answer: Reading;
}

/** What a one-pager added to its note, and what is still missing, in the words the DM summary uses. */
export interface OnePagerChange {
  nowHas: string[];
  stillMissing: string[];
}

const ROLE_LINK = 'the role link';

/** What the joined notes answer that the first note left open, and what neither answers. */
export function whatChanged(
  before: { signals: Signals; roleUrl: string | null },
  after: { signals: Signals; roleUrl: string | null },
  missing: readonly MissingPiece[],
): OnePagerChange {
  const nowHas: string[] = [];
  const stillMissing: string[] = [];
  for (const name of SIGNAL_NAMES) {
    const spec = specOf(name);
    if (spec.kind !== 'question') continue;
    if (!after.signals[name].present) stillMissing.push(spec.unanswered);
    else if (!before.signals[name].present) nowHas.push(spec.unanswered);
  }
  if (after.roleUrl && !before.roleUrl) nowHas.push(ROLE_LINK);
  if (missing.includes('roleLink') && !stillMissing.includes('a specific role')) stillMissing.push(ROLE_LINK);
  return { nowHas, stillMissing };
}

/** One line for every surface: "Read with their first note. Now has: a proof point and the role link." */
export function describeChange({ nowHas, stillMissing }: OnePagerChange): string {
  const added = nowHas.length ? `Now has: ${listOf(nowHas)}.` : 'Adds nothing the first note did not have.';
  const open = stillMissing.length ? ` Still missing: ${listOf(stillMissing)}.` : '';
  return `Read with their first note. ${added}${open}`;
}
