/**
 * Who an introduction brings in (issue 22, "an introduction, 'Hana, meet Luis'"): the person named, never
 * the referrer; and a writer who introduces someone in their own words writes for them.
 */
import { INTRODUCED } from '../lang/en/candidate.js';
import type { Reading } from '../reading/reading.js';
import { guarded } from '../shared/guarded.js';
import { greetedIn, namesAPlace } from './about-whom.js';
import { asName, sameGivenName } from './names.js';

const INTRO = INTRODUCED.map((source) => guarded(new RegExp(source, 'giu')));

/** The person an introduction brings in, never the referrer (the one greeted, or the profile's name). */
export function introduced(reading: Reading, note: string, referrer: string | null): string | null {
  const greeted = greetedIn(reading.text)?.toLowerCase();
  const skip = [greeted, referrer?.split(/\s+/)[0]?.toLowerCase()].filter((n): n is string => Boolean(n));
  const text = [...reading.intake.introductions, reading.text].join('\n');
  for (const intro of INTRO) {
    if (!intro.mayMatch(text)) continue;
    for (const m of text.matchAll(intro.pattern)) {
      // Matched without case, the capture runs on into lower-case words ("Lauren Tibbs who"): they are cut.
      const name = asName(/^\p{Lu}\S*(?: \p{Lu}\S*){0,2}/u.exec(m[1] ?? '')?.[0], note);
      // A business introduced ("the third generation at Tenuta Castellari") is no candidate.
      if (name && !skip.some((n) => sameGivenName(name.split(/\s+/)[0] ?? '', n)) && !namesAPlace(name, note))
        return name;
    }
  }
  return null;
}

/**
 * A writer who introduces someone in their own words ("Tomasz, meet Ellie Nakamura", "Looping in Lauren
 * Tibbs, who…") writes for them: the introduced is the candidate, when the note speaks of them again by
 * their first name. Not in a forward or quoted mail, where the introduction is someone else's.
 */
export function introducesSomeone(reading: Reading, note: string, referrer: string | null, writer: string | null) {
  const { intake } = reading;
  if (!writer || intake.introductions.length > 0 || intake.clues.forwardedFrom || intake.clues.goBetween) return null;
  const plain = { ...reading, intake: { ...intake, introductions: [] } };
  const name = introduced(plain, note, referrer);
  const first = name?.split(/\s+/)[0];
  if (!name || !first || first === writer.split(/\s+/)[0]) return null;
  const again = reading.text.slice(reading.text.indexOf(name) + name.length);
  if (!new RegExp(`(?<![\\p{L}])${first}(?![\\p{L}])`, 'u').test(again)) return null;
  // "Looping in Lauren" in the subject, "Lauren Tibbs" in the note: the full name.
  const full = name.includes(' ')
    ? null
    : asName(new RegExp(`${first} \\p{Lu}[\\p{L}'’-]+`, 'u').exec(again)?.[0], note);
  return { candidate: full ?? name, writer };
}
