/**
 * A posting title the team is said to be hiring for, right before its job link: "your group is
 * looking for a Responsabile Marketing Digitale (https://careers…/jobs/…)". The link makes it a posting
 * whatever the title's words, so a title in another language, with no English job noun, is still one.
 */
import type { RoleMention } from './role-mention.js';
import { isJobUrl } from './role-words.js';
import type { Sentence } from './sentences.js';

const WORD = String.raw`\p{Lu}[\p{L}\p{N}'’/-]*`;
/** Small words a title may hold between its capitalized ones ("Revenue Manager di area" ends on one; this does not). */
const JOINER = String.raw`(?:of|and|&|for|di|de|del|della|da|du|des|der|für|y|e|et|und)`;
const SOUGHT = new RegExp(
  String.raw`\b(?:(?:is|are|'re|’re) (?:looking for|hiring|seeking|recruiting|searching for)|(?:wants|needs)) an? (${WORD}(?: (?:${JOINER} )?${WORD}){1,6}) \((https?:\/\/[^\s)]+)\)`,
  'u',
);

export function soughtTitles(sentences: readonly Sentence[]): RoleMention[] {
  return sentences.flatMap((sentence, sentenceIndex) => {
    const found = SOUGHT.exec(sentence.text);
    if (!found || !isJobUrl(found[2] as string)) return [];
    const title = found[1] as string;
    return [{ evidence: title, title, qualifiers: title.split(/\s+/).slice(1), sentenceIndex, posting: true }];
  });
}
