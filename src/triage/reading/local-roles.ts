/**
 * A posting named in a note in another language ("la vacante de Responsable de Tienda en Gandía",
 * "a vaga de Coordenador(a) de Operações Logísticas"): the capitalized title after the words that
 * introduce a posting, as written, so "Desarrollador Frontend Sr." and "Engenheira de Software Pleno"
 * are roles too. English notes are read by roles.ts alone.
 */
import { ANY_OF_KIND, ANY_ROLE_OF_KIND, ROLE_INTROS, TITLE_EDGE_WORDS } from '../lang/role-intros.js';
import type { RoleMention } from './role-mention.js';
import type { Sentence } from './sentences.js';

const TITLE = String.raw`([\p{Lu}][^.;:!?\n"“”«»]{1,90}?(?:\b(?:Sr|Jr|Sn|Ssr)\.)?)`;
/** A title in lower case, after the words of a team hiring (a capitalized one is read as TITLE): a few words, not a sentence. */
const LOWER_TITLE = String.raw`(\p{Ll}[\p{L}'’-]*(?: [\p{L}'’.-]+){0,7}?)`;
const OPEN_QUOTE = String.raw`(?:[„“"«‘‚]\s?)?`;
const MATCHERS = new Map<string, RegExp>();
const SEEKING = new Map<string, RegExp | null>();

function seekingFor(code: string): RegExp | null {
  if (!SEEKING.has(code)) {
    const data = ROLE_INTROS[code];
    const intros = [data?.SEEKING_INTRO, data?.POSTING_ASKED_FOR].filter(Boolean).join('|');
    SEEKING.set(
      code,
      data && intros ? new RegExp(`(?:${intros})(?:${TITLE}|${LOWER_TITLE})${data.ROLE_END}`, 'u') : null,
    );
  }
  return SEEKING.get(code) ?? null;
}

function matcherFor(code: string): RegExp | null {
  const data = ROLE_INTROS[code];
  if (!data) return null;
  let matcher = MATCHERS.get(code);
  if (!matcher) {
    // A title may stand in quotes after its intro word: die Stelle „UX-Researcher*in Digitale Services“.
    matcher = new RegExp(`${data.ROLE_INTRO}${OPEN_QUOTE}${TITLE}${data.ROLE_END}`, 'u');
    MATCHERS.set(code, matcher);
  }
  return matcher;
}

export function localRoles(sentences: readonly Sentence[], code: string): RoleMention[] {
  const matcher = matcherFor(code);
  if (!matcher) return [];
  const roles: RoleMention[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    // A link inside the sentence is not the title's end: "Contabilista Sénior (https://…)" ends at its parenthesis.
    const text = sentence.text.replace(/\bhttps?:\/\/\S+/g, (url) => ' '.repeat(url.length));
    const found = matcher.exec(text) ?? seekingFor(code)?.exec(text);
    // A title in lower case may end the sentence: its period goes, an abbreviation's stays ("analista sr.").
    const title = (found?.[1] ?? found?.[2])
      ?.replace(/\s*\(\s*$/, '')
      .replace(/(?<!\b(?:[SsJj]r|Ssr|Sn))\.$/, '')
      .trim();
    if (!title || /^https?:/i.test(title)) return;
    roles.push({ evidence: title, title, qualifiers: title.split(/\s+/).slice(1), sentenceIndex, posting: true });
  });
  return roles;
}

const KINDS = new Map<string, RegExp | null>();
/** "… de tu equipo", "… in deinem Team": the referrer's team after the kind ends it. */
const TEAM_OF = String.raw`(?:tu|su|vuestro|sua|seu|teu|tua|votre|ton|ta|tuo|Suo|Sua|Ihrem|deinem|eurem) (?:equipo|equipa|equipe|time|équipe|team|Team|gruppo|squadra)\b`;

/** "alguma vaga de enfermagem que tenham aberta": a kind of work, any opening of it; the referrer picks the posting. */
export function anyRoleOfKind(sentences: readonly Sentence[], code: string): RoleMention[] {
  if (!KINDS.has(code)) {
    const intro = ANY_ROLE_OF_KIND[code];
    // One kind, not a list of fields ("cualquier posición en las áreas de logística, compras o finanzas" names none).
    // German writes the kind as a noun; an aside in brackets or a new clause ("…, et votre équipe") ends it too.
    const first = code === 'de' ? '\\p{L}' : '\\p{Ll}';
    const source = `(?:${intro})(?!(?:las?|los?|el|os|as|les?|il|gli|lo|die|der|das)\\s)(${first}[\\p{L}'’-]*(?: (?:de |da |do )?\\p{Ll}[\\p{L}'’-]*){0,2}?)(?=\\s+(?:que|qui|che|die|der|para|pour|per|für)\\b|\\s*[.;:!?)(]|,\\s+(?:et|e|und|mais|ma|pero|aber)\\s|\\s+(?:de|da|do|di|du|dans|in|im|nel|nella) ${TEAM_OF}|$)`;
    KINDS.set(code, intro ? new RegExp(source, 'u') : null);
  }
  const kind = KINDS.get(code);
  if (!kind) return [];
  return sentences.flatMap((sentence, sentenceIndex) => {
    const title = kind.exec(sentence.text)?.[1];
    return title
      ? [{ evidence: title, title, qualifiers: title.split(' '), sentenceIndex, posting: false, anyOf: true }]
      : [];
  });
}

const EDGES = new Map<string, RegExp>();

/**
 * A role the English reader found in a note of another language, without the language's own words at
 * its edges: "Maine PM II, Growth" is "PM II, Growth". Words before the title's first capital go too
 * ("team mein Product Manager II"). Roles without a capital are left as read; a title of such words
 * alone ("Koi bhi role": any role) names no role, and is null.
 */
export function trimTitleEdges(role: RoleMention, code: string): RoleMention | null {
  const words = TITLE_EDGE_WORDS[code];
  if (!words) return role;
  let edge = EDGES.get(code);
  if (!edge) {
    const either = words
      .split('|')
      .flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)])
      .join('|');
    edge = new RegExp(`^(?:(?:${either}|\\p{Ll}[\\p{L}-]*)\\s+)+(?=\\p{Lu})|(?:\\s+(?:${either}))+$`, 'gu');
    EDGES.set(code, edge);
  }
  const trim = (text: string) => {
    const cut = text.replace(edge, '');
    return /\p{Lu}/u.test(cut) && cut.length > 1 ? cut : text;
  };
  if (role.title.replace(edge, '').trim() === '' || new RegExp(`^(?:(?:${words})\\s*)+$`, 'iu').test(role.title))
    return null;
  const [evidence, title] = [trim(role.evidence), trim(role.title)];
  const anyOf = anyOfKind(role.evidence, code) ? { anyOf: true, posting: false } : {};
  if (evidence === role.evidence && title === role.title) return { ...role, ...anyOf };
  return { ...role, evidence, title, qualifiers: role.qualifiers.filter((q) => title.includes(q)), ...anyOf };
}

const ANY = new Map<string, RegExp | null>();

function anyOfKind(evidence: string, code: string): boolean {
  if (!ANY.has(code)) {
    const words = ANY_OF_KIND[code];
    ANY.set(code, words ? new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'iu') : null);
  }
  return ANY.get(code)?.test(evidence) ?? false;
}
