/**
 * A résumé or CV pasted under the ask: the ask is the note, the résumé is background. It is told by
 * its headings ("Experience", "Education", "Skills"), two or more of them alone on their lines, under
 * a note long enough to be an ask of its own.
 */
import { RESUME_HEADING } from '../lang/en/intake.js';
import { hasWords } from './intake.js';

const HEADING = new RegExp(RESUME_HEADING, 'iu');
/** A résumé's top: a name in capitals, a contact line, a "Résumé" label. */
const RESUME_TOP = /@|\+?\d[\d\s().-]{6,}\d|^[\p{Lu}\s.'-]{4,60}$|^-{2,}|résumé|resume|\bcv\b/iu;

export function splitResume(lines: readonly string[]): { note: string[]; resume: string | null } {
  const headings = lines.flatMap((l, i) => (HEADING.test(l.trim().replace(/^[#*=\s-]+|[*=\s-]+$/g, '')) ? [i] : []));
  const first = headings[0];
  if (first === undefined || headings.length < 2 || !hasWords(lines.slice(0, first), 40))
    return { note: [...lines], resume: null };
  // The block right above the first heading (a name, a contact line) is the résumé's top.
  let start = first;
  while (start > 0 && (lines[start - 1] ?? '').trim() && RESUME_TOP.test((lines[start - 1] ?? '').trim())) start--;
  return {
    note: lines.slice(0, start),
    resume:
      lines
        .slice(start)
        .map((l) => l.trim())
        .filter(Boolean)
        .join('\n') || null,
  };
}
