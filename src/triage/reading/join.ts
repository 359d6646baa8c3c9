import type { Reading } from './reading.js';
import type { Sentence } from './sentences.js';

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
    // The one-pager answers in the language of the exchange; the first note says it as well.
    language: answer.language.supported ? answer.language : first.language,
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
    massMailing: first.massMailing ?? answer.massMailing,
    // Who is who: the latest note's clues, else the first note's.
    intake: {
      ...answer.intake,
      clues: {
        ...first.intake.clues,
        ...answer.intake.clues,
        sender: answer.intake.clues.sender ?? first.intake.clues.sender,
        signature:
          answer.intake.clues.signature.length > 0 ? answer.intake.clues.signature : first.intake.clues.signature,
      },
    },
  };
}

/** The first note alone and the one-pager alone, kept beside the joined reading. */
export interface Answering {
  first: Reading;
  answer: Reading;
}
