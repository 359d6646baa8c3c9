import { boundedCache } from '../shared/bounded-cache.js';
import { type Guarded, guarded } from '../shared/guarded.js';
import { escapeRegex } from '../shared/phrases.js';
import { joinsAsHead } from './join-as-head.js';
import type { RoleMention } from './role-mention.js';
import { ROLE_NOUNS, VAGUE } from './role-words.js';
import type { Sentence } from './sentences.js';

/**
 * An opening as people shorten it in a hurry: its words in order, each perhaps cut to its first
 * letters ("Oncology Sales Rep, Boston"), and its last words perhaps left off ("Court Clerk II,
 * Civil"), but at least three words, capitalized as in the title. Null for titles of under three words.
 */
interface ShortForm {
  pattern: RegExp;
  /** What any match starts with: most sentences lack it, and one includes() settles that. */
  needle: string;
}

/** An opening's title comes back with every note to its referrer; its pattern is built once. */
const rememberedForms = boundedCache<ShortForm | null>(1000);
const shortForm = (title: string) => rememberedForms(title, () => buildShortForm(title));

function buildShortForm(title: string): ShortForm | null {
  const words = title.split(/[\s,–—-]+/).filter(Boolean);
  if (words.length < 3) return null;
  const word = (w: string) => {
    // A cut word is no longer than the word it cuts, plural aside: "Mgr" and "Asst" are, "Management" is not a "Manager".
    const cut = w.length > 4 ? `${escapeRegex(w.slice(0, 3))}\\p{L}{0,${w.length - 2}}\\.?` : escapeRegex(w);
    const abbreviation = TITLE_ABBREVIATIONS[w.toLowerCase()];
    return abbreviation ? `(?:${cut}|${abbreviation}\\.?)` : cut;
  };
  let tail = '';
  for (let i = words.length - 1; i >= 3; i--) tail = `(?:[\\s,–—-]+${word(words[i] as string)}${tail})?`;
  const head = words.slice(0, 3).map(word).join('[\\s,–—-]+');
  const first = words[0] as string;
  const forms = [`${head}${tail}`, initialsForm(title, word)].filter(Boolean).join('|');
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms})(?![\\p{L}\\p{N}])`, 'u'),
    needle: first.length > 4 ? first.slice(0, 3) : first,
  };
}

/**
 * The title word for word, in any case and with any of its commas or dashes left out: "journeyman
 * lineworker northern region" is the "Journeyman Lineworker, Northern Region" opening.
 */
const rememberedExact = boundedCache<Guarded>(1000);
const exactForm = (title: string) =>
  rememberedExact(title, () => {
    const words = title
      .split(/[\s,–—-]+/)
      .filter(Boolean)
      .map(escapeRegex);
    // Guarded: many sentences hold the title's first word ("senior") but not the title.
    return guarded(new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s,–—-]+')}(?![\\p{L}\\p{N}])`, 'iu'));
  });

/** The words after the title's last comma, written as their initials: "Freight Conductor, KC" for "…, Kansas City". */
function initialsForm(title: string, word: (w: string) => string): string {
  const at = title.lastIndexOf(',');
  const place = title
    .slice(at + 1)
    .trim()
    .split(/\s+/);
  const job = title
    .slice(0, Math.max(at, 0))
    .split(/[\s,–—-]+/)
    .filter(Boolean);
  if (at === -1 || job.length < 2 || place.length < 2 || !place.every((w) => /^\p{Lu}/u.test(w))) return '';
  // An acronym may carry a letter or two more than the initials ("WBB" for "Women's Basketball").
  const initials = `${place.map((w) => `${escapeRegex(w[0] as string)}\\.?`).join('')}\\p{Lu}{0,2}`;
  return `${job.map(word).join('[\\s,–—-]+')}[\\s,–—-]+${initials}`;
}

/** Abbreviations of title words that are not their first letters ("Mgr" for "Manager"). */
const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  manager: 'Mgr',
  management: 'Mgmt',
  supervisor: 'Supv',
  senior: 'Sr',
  junior: 'Jr',
  department: 'Dept',
  operations: 'Ops',
};

/**
 * An opening named by the initials of its job words, in capitals, as a seat wanted: "she'd be happy as
 * an AE", "the AE role" for "Assistant Editor – Scripted"; never "I'm the PT who covered your clinic",
 * which says what the writer is. Null when the job is one word or already holds an acronym.
 */
const rememberedInitials = boundedCache<RegExp | null>(1000);
const initialsOfJob = (title: string) =>
  rememberedInitials(title, () => {
    const job = (title.split(/,|\s[–—-]\s/)[0] ?? '').trim().split(/[\s-]+/);
    if (job.length < 2 || !job.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return null;
    const letters = job.map((w) => w[0]).join('');
    const asASeat = `\\b(?:be|fit|slot in|start|join|hired|considered|apply|applying|applied)(?: [\\p{L}'’]+){0,2} as an? (${letters})(?![\\p{L}\\p{N}])`;
    const theSeat = `\\b(?:[Aa]n?|[Tt]he|[Yy]our) (${letters}) (?:role|position|opening|job|spot|post|vacancy|seat)\\b`;
    return new RegExp(`${asASeat}|${theSeat}`, 'u');
  });

/**
 * An opening named by a job word that alone makes no role specific (role-words.ts's VAGUE), as a seat: "an
 * associate opening" for "Associate, Commercial Litigation (3-5 years)". The role reader passes such a word
 * over; the referrer's opening of that name gives it its meaning. The word as the title has it, nothing
 * between it and the article: "a sales associate opening" is another job.
 */
const rememberedSeats = boundedCache<RegExp | null>(1000);
const jobAsSeat = (title: string) =>
  rememberedSeats(title, () => {
    const job = (title.split(/,|\s[–—-]\s|\s\(/)[0] ?? '').trim();
    if (job === title.trim() || !job.split(/[\s-]+/).every((w) => VAGUE.has(w.toLowerCase()))) return null;
    const words = job
      .split(/[\s-]+/)
      .map(escapeRegex)
      .join('[\\s-]');
    return new RegExp(`\\b(?:an?|the|your) (${words}) (?:role|position|opening|job|vacancy|post)\\b`, 'iu');
  });

/**
 * An opening named without its bracketed part, as the seat the referrer's side is filling: "you're taking on
 * a trainee sailmaker for the spring intake" for "Trainee Sailmaker (Spring intake, Level 3)". The words of
 * hiring make the title's head the opening; alone ("I was an apprentice farrier") it says what someone is.
 */
const rememberedHeads = boundedCache<RegExp | null>(1000);
const HIRES = String.raw`(?:taking(?: on)?|take on|takes on|hiring|hire|recruiting|looking for|seeking|advertis(?:ed|ing)(?: for)?)`;
const headSought = (title: string) =>
  rememberedHeads(title, () => {
    const at = title.indexOf(' (');
    const head = title.slice(0, at).trim().split(/\s+/);
    if (at < 0 || !head.some((w) => !VAGUE.has(w.toLowerCase()) && !ROLE_NOUNS.has(w.toLowerCase()))) return null;
    const words = head.map(escapeRegex).join('[\\s-]+');
    return new RegExp(`\\b${HIRES} (?:an?|another|a new|new|the) (${words})(?![\\p{L}\\p{N}])`, 'iu');
  });

/** The referrer's own open roles, named word for word ("PM, Checkout"), are the clearest mention of all. */
export function openingMentions(sentences: readonly Sentence[], openRoleTitles: readonly string[]): RoleMention[] {
  const mentions: RoleMention[] = [];
  const titles = openRoleTitles.filter((title) => title.trim().length >= 3);
  if (titles.length === 0) return mentions;
  const lowered = sentences.map((s) => s.text.toLowerCase());
  for (const title of titles) {
    const firstWord = (title.split(/[\s,–—-]+/).find(Boolean) ?? '').toLowerCase();
    const exact = exactForm(title);
    const short = shortForm(title);
    const words = title.split(/\s+/).filter((w) => !ROLE_NOUNS.has(w.toLowerCase()) && !VAGUE.has(w.toLowerCase()));
    const named: RoleMention[] = [];
    const byInitials: RoleMention[] = [];
    sentences.forEach((sentence, sentenceIndex) => {
      const whole = (lowered[sentenceIndex] as string).includes(firstWord) ? exact.exec(sentence.text) : null;
      const found = !whole && short && sentence.text.includes(short.needle) ? short.pattern.exec(sentence.text) : null;
      if (whole || found) {
        // A shortened title may end on its sentence's period ("…, Boston."): that is not part of it.
        const text = found ? found[0].replace(/\.$/, '') : (whole as RegExpExecArray)[0];
        named.push({ evidence: text, title: text, qualifiers: words, sentenceIndex, posting: true, opening: true });
        return;
      }
      const initials =
        initialsOfJob(title)?.exec(sentence.text) ??
        jobAsSeat(title)?.exec(sentence.text) ??
        headSought(title)?.exec(sentence.text) ??
        joinsAsHead(title)?.exec(sentence.text);
      const spoken = initials?.[1] ?? initials?.[2];
      if (spoken)
        byInitials.push({
          evidence: spoken,
          title,
          qualifiers: words,
          sentenceIndex,
          posting: true,
          opening: true,
          byInitials: true,
        });
    });
    // The initials stand for the opening only where its title is not written out.
    mentions.push(...(named.length > 0 ? named : byInitials));
  }
  return mentions;
}
