/**
 * A writer who names themselves in the note's own language ("me llamo", "meu nome é", "je
 * m'appelle", "ich heiße", "mi chiamo", "mera naam"), and which of two names of theirs to use.
 */
import { patternsFor } from '../signals/patterns.js';
import { scriptOf } from './name-script.js';
import { asName } from './names.js';

/** The name given by the note's own language's "my name is"; English's are read by who.ts. */
export function localSelfNamed(body: string, note: string, code: string): string | null {
  if (code === 'en') return null;
  const m = patternsFor(code).SELF_NAME.exec(body);
  const name = asName(m?.[1] ?? m?.[2], note);
  // "Aqui é a Carol (Carolina Paiva)": the full name in brackets after the short one is the writer's.
  const bracketed = m ? /^\s*\(([^()\n]{3,60})\)/u.exec(body.slice(m.index + m[0].length))?.[1] : undefined;
  const full = bracketed ? asName(bracketed, note) : null;
  return full && full.split(/\s+/).length >= 2 ? full : name;
}

/**
 * The full name a writer introduces themselves with ("Main Siddharth Naik", "Soy Guadalupe Treviño")
 * over the short one they sign with ("Sid", "Lupita Treviño"): the same person when the signed name
 * is one word that starts or ends the way the full name's first word does, or both end on the same surname.
 */
export function fullOverShort(signed: string | null, introduced: string | null): string | null {
  if (!signed || !introduced || signed === introduced) return signed;
  const [s, f] = [signed.toLowerCase().split(/\s+/), introduced.toLowerCase().split(/\s+/)];
  // Never fewer words than the signed name: "Nguyen Thu Trang" signed is not shortened to the "Thu Trang" they go by.
  if (f.length < 2 || f.length < s.length) return signed;
  const [short = '', given = ''] = [s[0], f[0]];
  // A nickname is the given name's start ("Sid" for Siddharth) or its end ("Lupe" for Guadalupe, "Beth" for Elizabeth).
  const nickname =
    s.length === 1 && (given.startsWith(short.slice(0, 2)) || (short.length >= 3 && given.endsWith(short)));
  const sameSurname = s.length > 1 && s.at(-1) === f.at(-1);
  return nickname || sameSurname ? introduced : signed;
}

/**
 * A one-word sign-off in another script than the full name the writer is known by ("Anya" signed under the
 * contact "Анна Волкова"): the same person's given name written for the reader, so the full name stands.
 */
export function fullAcrossScripts(signed: string | null, full: string | null): string | null {
  if (!signed || !full || /\s/.test(signed) || !/\s/.test(full.trim())) return signed;
  const [own, other] = [scriptOf(signed), scriptOf(full)];
  return own && other && own !== other ? full : signed;
}
