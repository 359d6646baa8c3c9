/**
 * A pasted résumé under its heading ("CURRÍCULO", "Curriculum Vitae", "Lebenslauf") names its owner
 * on the next line: "CURRÍCULO / Ana Cláudia Bittencourt Rosa / Técnica em Enfermagem".
 */
import { finalLineName } from './final-line-name.js';
import { asName } from './names.js';

const HEADING = /^(?:curr[ií]culo(?: vitae)?|curriculum(?: vitae)?|cv|résumé|resume|lebenslauf|hoja de vida)\s*:?$/iu;

export function headedResumeName(text: string, note: string): string | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const at = lines.findIndex((l) => HEADING.test(l));
  const next = at === -1 ? undefined : lines[at + 1];
  return next ? asName(finalLineName(next), note) : null;
}
