/**
 * A posting title the team is said to be hiring for, right before its job link: "your group is
 * looking for a Responsabile Marketing Digitale (https://careers…/jobs/…)". The link makes it a posting
 * whatever the title's words, so a title in another language, with no English job noun, is still one.
 */
import type { RoleMention } from './role-mention.js';
import { isJobUrl } from './role-words.js';
import type { Sentence } from './sentences.js';

const WORD = String.raw`\p{Lu}[\p{L}\p{N}'’/-]*`;
/**
 * Small words a title may hold between its capitalized ones ("Revenue Manager di area" ends on one; this does not),
 * and the spaced en or em dash before a posting's site or team ("Field Technician – West Coast"); a hyphen
 * ("BCOP Candidate - Clinical Pharmacist") more often joins a label to the title.
 */
const JOINER = String.raw`(?:of|and|&|for|di|de|del|della|da|du|des|der|für|y|e|et|und|[–—])`;
const SOUGHT = new RegExp(
  String.raw`\b(?:(?:is|are|'re|’re) (?:looking for|hiring|seeking|recruiting|searching for)|(?:wants|needs)) an? (${WORD}(?: (?:${JOINER} )?${WORD}){1,6}) \((https?:\/\/[^\s)]+)\)`,
  'u',
);

/**
 * Without a link, a hiring told as news names the job too: a title in capitals ("Little Acorns is hiring a
 * Room Leader"), or a doer's noun ("y'all are hiring structural welders", "is hiring a carrier dispatcher").
 */
// Asked as well as told, and a season's intake is hiring too: "are you taking on relief milkers this spring?"
const HIRING = String.raw`\b(?:[Ii]s|[Aa]re|'re|’re)(?: you)? (?:hiring|recruiting|taking on)(?: for)? (?:an? |more |new |the |some )?`;
/** The referrer's side said to need a title in capitals ("I saw you need Crane Operator"); a need for a doer ("you need a plumber") is no opening. */
const NEEDS = String.raw`\b(?:you|y'all|your [a-z]+) (?:need|needs) (?:an? |more |new |the |some )?`;
// Not "for": "hiring an On-Premise Sales Rep for Seattle" names the place after the title.
const HIRING_TITLE = new RegExp(String.raw`(?:${HIRING}|${NEEDS})(${WORD}(?: (?:of |and |& )?${WORD}){1,5})`, 'u');
/**
 * A doer's noun, not a plea ("if your club is hiring pls refer me"): no please-word opens it, and no object
 * pronoun follows it, as one follows a verb that ends like a doer ("refer me", "consider us").
 */
const PLEA = String.raw`(?!(?:pls|plz|please|kindly|do|just)\b)`;
const HIRING_DOER = new RegExp(
  String.raw`${HIRING}${PLEA}((?:[a-z][a-z-]+ ){0,2}[a-z]{3,}(?:er|or|ist|ian|ant|ee)s?)\b(?! (?:me|us|him|her|them)\b)`,
  'u',
);

/**
 * A job the referrer's side is said to have advertised, by the doer it wants: "you posted for a deckhand in
 * Kodiak", "they've advertised a Field Biologist". Only a doer's noun counts, so "posted a thread" names none; a title that goes on ("an Archivist II (Records) position")
 * is left to the role finder, which reads it whole.
 */
const PLAIN = String.raw`(?!(?:of|the|for|in|on|to|and|with|my|your)\b)\p{L}[\p{L}-]+`;
const ADVERTISED = new RegExp(
  String.raw`\b(?:posted|advertised|listed|put up|put out)(?: (?:an? )?(?:ad|advert|opening|posting))?(?: for)? (?:an? |the )((?:${PLAIN} ){0,2}\p{L}{3,}(?:er|or|ist|ian|ant|ee)s?)\b(?! ?[\p{Lu}\p{N}(])`,
  'u',
);

/**
 * A title tagged with its posting's number: "a Senior Audio Producer (req 55012)", "Line Cook (Job #4410)", "Staff Accountant (REQ-2231)".
 * Only postings carry such numbers, so the title is one whatever its nouns and wherever it stands.
 */
const NUMBERED_TITLE = new RegExp(
  String.raw`(${WORD}(?: (?:${JOINER} )?${WORD}){1,5}),? \((?:[Rr]eq(?:uisition)?|REQ|[Jj]ob|JOB|[Pp]osting|[Vv]acancy|[Oo]pening|[Rr]ef)\.?(?: ?(?:#|[Nn]o\.?|I[Dd]:?|[Nn]umber))? ?[\w-]*\d[\w-]*\)`,
  'u',
);

export function soughtTitles(sentences: readonly Sentence[]): RoleMention[] {
  return sentences.flatMap((sentence, sentenceIndex) => {
    const found = SOUGHT.exec(sentence.text);
    if (found && isJobUrl(found[2] as string)) return [mention(found[1] as string, sentenceIndex, true)];
    const numbered = NUMBERED_TITLE.exec(sentence.text);
    if (numbered) return [mention(numbered[1] as string, sentenceIndex, true)];
    const told = HIRING_TITLE.exec(sentence.text) ?? HIRING_DOER.exec(sentence.text) ?? ADVERTISED.exec(sentence.text);
    return told ? [mention(told[1] as string, sentenceIndex, /^\p{Lu}/u.test(told[1] as string))] : [];
  });
}

const mention = (title: string, sentenceIndex: number, posting: boolean): RoleMention => ({
  evidence: title,
  title,
  qualifiers: title
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w))
    .slice(posting ? 1 : 0),
  sentenceIndex,
  posting,
});
