/**
 * A name the writer gives by a link to their own profile (issue 22): "here's my LinkedIn Ana Ruiz
 * (https://www.linkedin.com/in/ana-ruiz)". The label is the writer's name when the address's last part
 * spells each of its words, so a link labelled with someone else's name, or with a title, names no one.
 */
import { OWN_PROFILE_LINK } from '../lang/en/candidate.js';
import { asName } from './names.js';

const OWN_LINK = new RegExp(OWN_PROFILE_LINK, 'gu');

/** Lower case and without accents, letters only: "Oduyá-Smith" reads "oduyasmith". */
const letters = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** The last part of a URL's path: "ana-ruiz" in "https://www.linkedin.com/in/ana-ruiz/?utm=x". */
const lastPart = (url: string) =>
  url
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .split('/')
    .at(-1) ?? '';

/** The label of a link the writer calls their own profile, when the address spells it. */
export function ownProfileName(body: string, note: string): string | null {
  for (const m of body.matchAll(OWN_LINK)) {
    const [, label = '', url = ''] = m;
    const slug = letters(lastPart(url));
    const words = label.split(/\s+/).map(letters).filter(Boolean);
    if (words.length >= 2 && words.every((w) => slug.includes(w))) return asName(label, note);
  }
  return null;
}
