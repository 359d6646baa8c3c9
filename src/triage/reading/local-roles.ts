/**
 * A posting named in a note in another language ("la vacante de Responsable de Tienda en Gandía",
 * "a vaga de Coordenador(a) de Operações Logísticas"): the capitalized title after the words that
 * introduce a posting, as written, so "Desarrollador Frontend Sr." and "Engenheira de Software Pleno"
 * are roles too. English notes are read by roles.ts alone.
 */
import { ROLE_INTROS } from '../lang/role-intros.js';
import type { RoleMention } from './role-mention.js';
import type { Sentence } from './sentences.js';

const TITLE = String.raw`([\p{Lu}][^.;:!?\n"“”«»]{1,90}?(?:\b(?:Sr|Jr|Sn|Ssr)\.)?)`;
const MATCHERS = new Map<string, RegExp>();

function matcherFor(code: string): RegExp | null {
  const data = ROLE_INTROS[code];
  if (!data) return null;
  let matcher = MATCHERS.get(code);
  if (!matcher) {
    matcher = new RegExp(`${data.ROLE_INTRO}${TITLE}${data.ROLE_END}`, 'u');
    MATCHERS.set(code, matcher);
  }
  return matcher;
}

export function localRoles(sentences: readonly Sentence[], code: string): RoleMention[] {
  const matcher = matcherFor(code);
  if (!matcher) return [];
  const roles: RoleMention[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    const title = matcher.exec(sentence.text)?.[1]?.trim();
    if (!title || /^https?:/i.test(title)) return;
    roles.push({ evidence: title, title, qualifiers: title.split(/\s+/).slice(1), sentenceIndex, posting: true });
  });
  return roles;
}
