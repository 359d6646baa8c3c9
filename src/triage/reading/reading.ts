import type { Intake } from '../intake/intake.js';
import { detectLanguage, type NoteLanguage } from '../intake/language.js';
import { normalizeRequest } from '../intake/normalize.js';
import { withoutQuotedHistory } from '../intake/quoted-history.js';
import { MASS_MAILING_HEADER } from '../lang/en/risks.js';
import { PHRASES } from '../lang/index.js';
import { anyRoleOfKind, localRoles, trimTitleEdges } from './local-roles.js';
import { plainTitle } from './local-titles.js';
import { findRoles, type RoleMention } from './roles.js';
import { countWords, hasWords, type Sentence, splitSentences } from './sentences.js';

interface Frame {
  greeting: RegExp;
  signOff: RegExp;
}

const FRAMES = new Map<string, Frame>();

/** The greeting and sign-off of a note's language, English's beside them; compiled once per language. */
function frameOf(code: string): Frame {
  const own = (PHRASES as Record<string, typeof PHRASES.en | undefined>)[code] ?? PHRASES.en;
  let frame = FRAMES.get(own === PHRASES.en ? 'en' : code);
  if (!frame) {
    const both = (key: 'GREETING' | 'SIGN_OFF') =>
      own === PHRASES.en ? own[key] : `(?:${own[key]})|(?:${PHRASES.en[key]})`;
    frame = { greeting: new RegExp(both('GREETING'), 'iu'), signOff: new RegExp(both('SIGN_OFF'), 'iu') };
    FRAMES.set(own === PHRASES.en ? 'en' : code, frame);
  }
  return frame;
}

/** The request as the rest of the triage sees it: text, sentences, the body without greeting and sign-off. */
export interface Reading {
  text: string;
  /** The note's language (intake/language.ts): which phrases every later stage reads it with. */
  language: NoteLanguage;
  urls: string[];
  sentences: Sentence[];
  /** Sentences of the body: no greeting line, no sign-off block. */
  body: Sentence[];
  /** The lines after a sign-off ("Best,\nAmara Okafor"), where a name may be. */
  signOffLines: string[];
  roles: RoleMention[];
  /** Words in the body, URLs left out. */
  bodyWords: number;
  paragraphs: number;
  /** What the intake set apart from the note, and its clues to who is who. */
  intake: Intake;
  /** A header line that hides the recipients ("to undisclosed-recipients"), which the intake drops: a mass mailing. */
  massMailing: string | null;
}

const MASS_MAILING = new RegExp(MASS_MAILING_HEADER, 'im');

/** A closing line of the note's language ("Abrazo,", "Com os melhores cumprimentos,"), which names no one. */
export function isClosingLine(line: string, code: string): boolean {
  return frameOf(code).signOff.test(line.trim());
}

/** A list's last item ("- Informática Básica" under "- Primeiros Socorros") ends the text: no "- Ravi" signature. */
export function endsWithListItem(lines: readonly string[]): boolean {
  const [before, last] = lines.slice(-2).map((l) => l.trim());
  return /^[-–—~•]\s/.test(last ?? '') && /^[-–—~•]\s/.test(before ?? '');
}

/** A formal letter's closing formula, long by nature: "Je vous prie d'agréer, Madame, mes salutations distinguées." */
const FORMULA = /^(?:je vous prie|veuillez)\b/i;

/**
 * A name alone on a line, or after a dash ("— Mags"); a chat's message gets a period, so a dash's name may end on one.
 * A capitalised word alone ("Thanks.") with its period is a sentence.
 */
const NAME_WORDS = String.raw`[\p{Lu}][\p{L}'-]+(?: [\p{Lu}][\p{L}'.-]+){0,2}`;
const BARE_NAME_LINE = new RegExp(String.raw`^(?:[-–—~]\s?${NAME_WORDS}\.?|${NAME_WORDS})$`, 'u');

function signOffStart(lines: string[], SIGN_OFF: RegExp): number {
  // The last six lines with words (a closing, the name, a title, a phone, pronouns): a blank line between the closing and a three-line signature does not push it out.
  let from = lines.length;
  for (let seen = 0; from > 0 && seen < 6; ) if ((lines[--from] ?? '').trim()) seen++;
  for (let i = from; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    // A closing over a paragraph ("Thanks Grace!" atop a short note) thanks someone; it ends nothing.
    const paragraphAfter = lines.slice(i + 1).some((l) => l.trim().length > 160);
    if (SIGN_OFF.test(line) && (line.length <= 40 || FORMULA.test(line)) && !paragraphAfter) return i;
  }
  const last = (lines[lines.length - 1] ?? '').trim();
  const listItem = endsWithListItem(lines);
  // A bare name on the last line ("Ravi") is a sign-off too.
  if (lines.length > 1 && !listItem && BARE_NAME_LINE.test(last)) return lines.length - 1;
  return lines.length;
}

export function readRequest(raw: string, openRoleTitles: readonly string[] = []): Reading {
  const intake = normalizeRequest(raw);
  const language = detectLanguage(intake.text);
  const text = language.code === 'en' ? intake.text : withoutQuotedHistory(intake.text, language.code);
  const { urls } = intake;
  const sentences = splitSentences(text);
  const lines = text.split('\n');
  const frame = frameOf(language.code);
  const signOffLine = signOffStart(lines, frame.signOff);
  const signOffLines = lines
    .slice(signOffLine)
    .map((l) => l.trim())
    .filter(Boolean);
  const body = sentences.filter(
    (s) => s.line < signOffLine && !(s.line === 0 && frame.greeting.test(s.text) && s.text.length <= 40),
  );
  const bodyText = body
    .map((s) => (s.text.includes('://') ? s.text.replace(/\bhttps?:\/\/\S+/g, '') : s.text))
    .join(' ');
  return {
    text,
    language,
    urls,
    sentences,
    body,
    signOffLines,
    roles:
      language.code === 'en'
        ? findRoles(body, openRoleTitles)
        : [
            ...localMentions(body, openRoleTitles, language.code),
            ...localRoles(body, language.code),
            ...anyRoleOfKind(body, language.code),
          ],
    bodyWords: countWords(bodyText),
    paragraphs: text.split(/\n\s*\n/).filter((p) => hasWords(p, 12)).length,
    intake,
    massMailing: MASS_MAILING.exec(raw)?.[0].trim() ?? null,
  };
}

/**
 * The English reader's roles, without the language's own words at their edges. An opening is named
 * without its markers as often as with them ("un journaliste vidéo en CDD" for the "Journaliste vidéo
 * (CDD)" opening), so each title is also looked for plain; one named word for word, in whatever case,
 * is kept whole ("votre offre de chef de projet CRM").
 */
function localMentions(body: readonly Sentence[], titles: readonly string[], code: string): RoleMention[] {
  const plain = titles.map((t) => plainTitle(t, ['en', code])).filter((p, i) => p !== titles[i] && /\S\s+\S/.test(p));
  const all = [...titles, ...plain];
  const norm = (text: string) =>
    text
      .toLowerCase()
      .replace(/[\s,–—-]+/g, ' ')
      .trim();
  const named = new Set(all.map(norm));
  return findRoles(body, all).flatMap((r) => (named.has(norm(r.evidence)) ? [r] : (trimTitleEdges(r, code) ?? [])));
}
