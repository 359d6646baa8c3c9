/**
 * Retells a candidate's first-person sentence in the third person for the blurb:
 * "I led" → "Amara led", "I've built" → "Amara has built", "my work" → "their work".
 */

import { wordSet } from '../shared/words.js';

const IRREGULAR_PAST = wordSet(
  'led built ran grew made took wrote drove won began spoke saw did had was were got cut set put ' +
    'brought sold taught thought found held kept left lost met paid read said sent spent stood told ' +
    'understood went gave came became chose knew rose fell felt fought hit let quit shut split spread ' +
    'taught oversaw undertook rebuilt rewrote shipped lit bought caught dealt drew fed flew hung laid lent ' +
    'meant rode shot struck swam threw wore',
);
const MODALS = wordSet('can could will would should may might must shall');

function thirdPersonSingular(verb: string): string {
  const lower = verb.toLowerCase();
  if (lower.endsWith('ed') || IRREGULAR_PAST.has(lower) || MODALS.has(lower)) return verb;
  if (lower === 'have') return 'has';
  if (lower === 'do') return 'does';
  if (lower === 'go') return 'goes';
  if (lower === 'am') return 'is';
  if (/(?:s|sh|ch|x|z|o)$/.test(lower)) return `${verb}es`;
  if (/[^aeiou]y$/.test(lower)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** A note's bullet often drops its subject: "launched self-serve templates, cut setup to 2 hours". */
export function startsWithPastVerb(text: string): boolean {
  const first = /^[\p{L}-]+/u.exec(text)?.[0]?.toLowerCase() ?? '';
  return first.length > 2 && (first.endsWith('ed') || IRREGULAR_PAST.has(first));
}

/**
 * Replaces the first "I" with the name and any later "I" with "they", conjugating the verb that
 * follows so the sentence still reads as a person wrote it.
 */
export function toThirdPerson(raw: string, name: string | null): string {
  return retold(raw.replace(NUMERAL_I, '$1\uE000').replace(FORM_OR_ROAD_I, '\uE000'), name).replaceAll('\uE000', 'I');
}

/**
 * A sentence retold to the referrer's hiring channel: the note's "your team" is the referrer's, who posts
 * the blurb, so it is "our team" there; nobody in the channel is addressed.
 */
export const toThirdPersonForChannel = (raw: string, name: string | null): string =>
  toThirdPerson(raw, name)
    .replace(/\byour(s?)\b/g, 'our$1')
    .replace(/\bYour(s?)\b/g, 'Our$1');

/** "I-9", "I-130", "the I-5": a form's or a road's name, not the pronoun. */
export const FORM_OR_ROAD_I = /\bI(?=-\d)/g;

/**
 * Any job title's level, whatever its noun ("a Toxicologist I at a forensic lab", "Glazier I, then II"): a
 * capitalised word, then an I that no verb follows but a preposition does (or, after "a" or "from", a stop), as the pronoun never is.
 */
const TITLE_BEFORE_LEVEL = String.raw`[A-Z][a-z]{2,} (?=I\s+(?:at|in|on|for|with|from|of|to|and II|or II|position|role|job|opening|posting|level)\b)|(?<=\b(?:a|an|the|as|from|to|our|my) )[A-Z][a-z]{2,} (?=I(?:[,;:)]|\.(?!\w)))`;

/** A capital I that is a numeral or a level ("a Phase I trial", "Dispatcher I", "our Algebra I course", "an RA I"), never the pronoun. */
export const NUMERAL_I = new RegExp(
  `\\b((?:${'Phase Level Tier Type Class Stage Grade Part Series Title Step Year Round Division Band Schedule Engineer Analyst Specialist Technician Nurse Dispatcher Associate Clerk Officer Therapist Assistant Representative Coordinator Scientist Teacher Planner Developer Administrator Inspector Operator Mechanic Buyer Algebra Geometry Calculus Precalculus Chemistry Physics Biology Anatomy Statistics Accounting Economics Spanish French German Latin Chinese Japanese Composition'.split(' ').join('|')}) |(?:[Aa]n?|[Oo]ur|[Tt]he) [A-Z]{2,5} |${TITLE_BEFORE_LEVEL})I\\b(?!')`,
  'g',
);

function retold(raw: string, name: string | null): string {
  // A note typed in lower case writes "i built"; it is the same first person.
  const sentence = raw.replace(/(^|[\s(])i(?=\s|'m\b|'ve\b|'d\b|'ll\b)/g, '$1I');
  let usedName = false;
  const subject = () => {
    if (name && !usedName) {
      usedName = true;
      return { word: name, singular: true };
    }
    return { word: 'they', singular: false };
  };
  // "My team and I cut…" reads as "Nadia and their team cut…", a plural subject with its verb as written.
  const withTeam = name
    ? sentence.replace(/\b[Mm]y (team|colleagues|crew|unit|partner|manager|squad) and I\b/, (_m, who: string) => {
        usedName = true;
        return `${name} and their ${who}`;
      })
    : sentence;
  // "My work has been…" reads best as "Lena's work has been…".
  let out = name
    ? withTeam.replace(/^My\b/, () => {
        usedName = true;
        return `${name}'s`;
      })
    : withTeam;
  out = out.replace(
    /\bI('m| am|'ve| have|'d|'ll| was)?(?![\w/'])(?: ([a-z]+ly|also|then|just|still|now|already|always|never|first|once|mainly|primarily)\b)?(?: ([a-z]+)\b(?!-))?/g,
    (_whole, contraction: string | undefined, adverb: string | undefined, verb: string | undefined) => {
      const s = subject();
      const rest = [adverb, verb].filter(Boolean).join(' ');
      const tail = rest ? ` ${rest}` : '';
      switch (contraction) {
        case "'m":
        case ' am':
          return `${s.word} ${s.singular ? 'is' : 'are'}${tail}`;
        case "'ve":
        case ' have':
          return `${s.word} ${s.singular ? 'has' : 'have'}${tail}`;
        case "'d":
          return `${s.word} would${tail}`;
        case "'ll":
          return `${s.word} will${tail}`;
        case ' was':
          return `${s.word} ${s.singular ? 'was' : 'were'}${tail}`;
        default:
          break;
      }
      if (!verb) return `${s.word}${adverb ? ` ${adverb}` : ''}`;
      const conjugated = s.singular ? thirdPersonSingular(verb) : verb;
      return `${s.word}${adverb ? ` ${adverb}` : ''} ${conjugated}`;
    },
  );
  if (name) out = conjugateCoordinated(out, name);
  return capitalized(possessivesToThird(out));
}

/** "my", "our", "me", "we" and the rest, once every "I" is retold. */
function possessivesToThird(text: string): string {
  return text
    .replace(/\bmyself\b/gi, 'themselves')
    .replace(/\bmy\b/g, 'their')
    .replace(/\bMy\b/g, 'Their')
    .replace(/\bmine\b/gi, 'theirs')
    .replace(/\bme\b/g, 'them')
    .replace(/\bour\b/g, 'their')
    .replace(/\bOur\b/g, 'Their')
    .replace(/\bours\b/gi, 'theirs')
    .replace(/\bus\b/g, 'them')
    .replace(/\bwe're\b/gi, (m) => (m[0] === 'W' ? "They're" : "they're"))
    .replace(/\bwe've\b/gi, (m) => (m[0] === 'W' ? "They've" : "they've"))
    .replace(/\bwe\b/g, 'they')
    .replace(/\bWe\b/g, 'They');
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A subject, its verb, and a list of bare words joined to it by "and" before an object. */
const COORDINATED =
  /\b([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*)* (?:[a-z]+ly |also |now )?[a-z]+s)((?:, [a-z]+)*,? and )([a-z]+)(?= (?:the|a|an|their|its|new|\d))/gu;

/**
 * "Nadia mentors and coach new buyers": verbs joined to the one after the name share its subject.
 * Only a bare word right before an object ("the", "a", "their", a number) is read as such a verb, so
 * "manages sales and marketing teams" keeps its nouns.
 */
function conjugateCoordinated(raw: string, name: string): string {
  if (!raw.includes(' and ')) return raw;
  // "Nadia has led … and have shipped …": a second "have" with no subject of its own is the name's too.
  const text = raw.startsWith(`${name} has `) ? raw.replace(/\b(and|but) have (?=[a-z])/g, '$1 has ') : raw;
  return text.replace(COORDINATED, (whole, head: string, middle: string, last: string) => {
    if (!head.startsWith(`${name} `)) return whole;
    const verbs = middle.replace(/, ([a-z]+)/g, (_c, v: string) => `, ${thirdPersonSingular(v)}`);
    return `${head}${verbs}${thirdPersonSingular(last)}`;
  });
}
