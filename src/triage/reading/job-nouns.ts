import { ENGLISH_ONLY, type FitLanguages } from '../lang/fit-vocabulary.js';
import { wordSet } from '../shared/words.js';
import { englishJobNoun, localJobHead, plainTitle } from './local-titles.js';
import { ROLE_NOUNS } from './role-words.js';

/** Job nouns that name a level or a kind of seat, not a discipline ("Manager", "Lead"). */
export const GENERIC_JOB = wordSet(
  'manager managers lead leader director head specialist coordinator supervisor associate assistant intern ' +
    'partner officer representative consultant generalist member staff worker owner principal trainee',
);

/** Job nouns that name the same work ("Developer" and "Engineer"). */
const SAME_WORK: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['engineer', 'developer', 'programmer', 'swe']),
  new Set(['pm', 'apm', 'manager', 'lead']),
  new Set(['rep', 'representative', 'executive', 'ae']),
];

/** Whether a job noun, in a language in play, names a level or a kind of seat ("Responsable", "Leiter"). */
export function isGenericJob(head: string, langs: FitLanguages = ENGLISH_ONLY): boolean {
  const lower = head.toLowerCase();
  return GENERIC_JOB.has(lower) || GENERIC_JOB.has(englishJobNoun(lower, langs) ?? '');
}

/** Whether two job nouns name the same work, one perhaps shortened ("Rep", "representatives"); another language's by the English noun they name. */
export function sameWork(a: string, b: string, langs: FitLanguages = ENGLISH_ONLY): boolean {
  const x = langs.length > 1 ? (englishJobNoun(a, langs) ?? a) : a;
  const y = langs.length > 1 ? (englishJobNoun(b, langs) ?? b) : b;
  if (x === y || (Math.min(x.length, y.length) >= 3 && (x.startsWith(y) || y.startsWith(x)))) return true;
  return SAME_WORK.some((set) => set.has(x) && set.has(y));
}

/** Job nouns without the endings most have ("Attorney", "Nurse", "Chef"). */
const PLAIN_JOBS = wordSet(
  'attorney nurse chef cook clerk pilot aide rep paralegal pm tpm swe barista teller secretary midwife surgeon coach ' +
    'captain guard nanny doula chaplain agent fellow postdoc professor lecturer',
);

/**
 * A title's job noun: its last word before a comma, without "role" or "position" ("Environmental
 * Attorney" → "Attorney"). Null when that word names no job ("an ML role", "the oncology team").
 * In another language in play, the job noun where that language puts it ("Ingegnere gestionale").
 */
export function jobHead(title: string, langs: FitLanguages = ENGLISH_ONLY): string | null {
  if (langs.length > 1) return localJobHead(title, langs) ?? englishJobHead(plainTitle(title, langs));
  return englishJobHead(title);
}

function englishJobHead(title: string): string | null {
  const last = (title.split(',')[0] ?? '')
    .replace(/\s+(?:role|position|opening|job)s?$/i, '')
    // A level after the job noun ("Collections Specialist II") is not the job.
    .replace(/\s+(?:I{1,3}|IV|V|[1-4])$/, '')
    .split(/\s+/)
    .pop()
    ?.replace(/\.$/, '');
  if (!last) return null;
  const lower = last.toLowerCase();
  const job =
    ROLE_NOUNS.has(lower) ||
    PLAIN_JOBS.has(lower) ||
    GENERIC_JOB.has(lower) ||
    /^[a-z]{4,}(?:er|or|ist|ian|ant|ent|ive|ic)$/.test(lower);
  return job && lower !== 'team' ? last : null;
}

/** Generic seats that are positions of their own, not a loose name for any job: a manager is not the cashier. */
const OWN_SEAT = wordSet('manager managers lead leader director head supervisor officer coordinator assistant');

/**
 * Whether two titles' job nouns can name the same job: yes when either is generic or missing, one
 * shortens the other ("Rep", "Representative"), or both name the same work. Not when the titles
 * name the same place and one is a seat of its own and the other a specific job ("Meat Department
 * Cashier" and "Meat Department Manager", "Court Officer" and "Official Court Reporter").
 */
export function sameJob(a: string, b: string, langs: FitLanguages = ENGLISH_ONLY): boolean {
  const x = jobHead(a, langs)?.toLowerCase();
  const y = jobHead(b, langs)?.toLowerCase();
  if (!x || !y) return true;
  if (otherField(a, x, b, y) || otherField(b, y, a, x)) return false;
  if (sameWork(x, y, langs)) return true;
  const [gx, gy] = [isGenericJob(x, langs), isGenericJob(y, langs)];
  if (!gx && !gy) return false;
  const seatBesideJob = (OWN_SEAT.has(x) && !gy) || (OWN_SEAT.has(y) && !gx);
  return !(seatBesideJob && samePlace(a, x, b, y));
}

/** The words besides the job noun, one title's all within the other's: "Meat Department" in both. */
function samePlace(a: string, x: string, b: string, y: string): boolean {
  const place = (title: string, head: string) =>
    new Set(
      title
        .toLowerCase()
        .split(/[^\p{L}\p{N}&]+/u)
        .filter((w) => w && w !== head && !PLACE_FILLER.has(w)),
    );
  const [p, q] = [place(a, x), place(b, y)];
  const within = (s: Set<string>, t: Set<string>) => s.size > 0 && [...s].every((w) => t.has(w));
  return within(p, q) || within(q, p);
}

const PLACE_FILLER = wordSet(
  'the a an of for at on in and senior sr junior jr i ii iii iv lead official role position job',
);

/** Fields that make a generic seat a job of their own: a "Sales Consultant" is in sales, whatever else its title says. */
const FIELDS = wordSet('sales support marketing hr finance accounting operations design legal security recruiting');

/**
 * A generic seat named by its field ("Solar Sales Consultant") is not a specific job in a title
 * without that field ("Lead Solar Installer"): they share the domain, not the work.
 */
function otherField(title: string, head: string, other: string, otherHead: string): boolean {
  if (!GENERIC_JOB.has(head) || GENERIC_JOB.has(otherHead)) return false;
  const words = (title.split(',')[0] ?? '').toLowerCase().split(/\s+/);
  const field = words[words.lastIndexOf(head) - 1];
  return (
    field !== undefined &&
    FIELDS.has(field) &&
    !other
      .toLowerCase()
      .split(/[\s,]+/)
      .includes(field)
  );
}
