/**
 * English phrase data: Attachments and résumés.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { alternation, type RegexData } from '../../shared/phrases.js';

export const ATTACHMENT_KINDS: ReadonlyArray<readonly [string, RegexData]> = [
  ['résumé', { source: String.raw`\b(?:resume|résumé|cv)\b`, flags: 'i' }],
  ['portfolio', { source: String.raw`\bportfolio\b`, flags: 'i' }],
  ['cover letter', { source: String.raw`\bcover letter\b`, flags: 'i' }],
  ['transcript', { source: String.raw`\btranscripts?\b`, flags: 'i' }],
  ['LinkedIn', { source: String.raw`\blinkedin\b`, flags: 'i' }],
  ['GitHub', { source: String.raw`\bgithub\b`, flags: 'i' }],
  ['references', { source: String.raw`\breferences\b`, flags: 'i' }],
  ['writing samples', { source: String.raw`\bwriting samples?\b`, flags: 'i' }],
  ['case studies', { source: String.raw`\bcase stud(?:y|ies)\b`, flags: 'i' }],
  ['deck', { source: String.raw`\b(?:deck|slides)\b`, flags: 'i' }],
  ['certificates', { source: String.raw`\bcertificat(?:e|es|ions)\b`, flags: 'i' }],
];

export const ATTACHED = `
  attach(ed|ing)?
  enclos(ed|ing)
  (see|find) (below|attached)
  links? (below|here)
  here (is|are) my
`;

export const RESUME_HEADER = `^${alternation(`
  experience
  work experience
  professional experience
  education
  skills
  technical skills
  summary
  professional summary
  projects
  certifications
  objective
  employment history
`)}\\s*:?$`;
