/**
 * Spanish phrase data: attachments and résumés.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { alternation, type RegexData } from '../../shared/phrases.js';

export const ATTACHMENT_KINDS: ReadonlyArray<readonly [string, RegexData]> = [
  ['résumé', { source: String.raw`\b(?:cv|curr[ií]culum(?: vitae)?|hoja de vida)\b`, flags: 'i' }],
  ['portfolio', { source: String.raw`\bportafolio|portfolio\b`, flags: 'i' }],
  ['cover letter', { source: String.raw`\bcarta de (?:presentaci[oó]n|motivaci[oó]n)\b`, flags: 'i' }],
  ['certificates', { source: String.raw`\bcertificad(?:o|os)\b`, flags: 'i' }],
];

export const ATTACHED = `
  (te|le) adjunto
  adjunto
  adjunté
  (en el|en) adjunto
  (te|le) (paso|dejo|envío|mando) (el|mi|mis)
`;

export const RESUME_HEADER = `^${alternation(`
  experiencia
  experiencia profesional
  educaci[oó]n
  formaci[oó]n
  habilidades
  competencias
  idiomas
  resumen
  proyectos
  certificaciones
`)}\\s*:?$`;
