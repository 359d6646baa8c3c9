/**
 * Hinglish phrase data: Attachments and résumés.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 * Hinglish résumés carry English section headers.
 */
import { alternation, type RegexData } from '../../shared/phrases.js';

export const ATTACHMENT_KINDS: ReadonlyArray<readonly [string, RegexData]> = [
  ['résumé', { source: String.raw`\b(?:resume|résumé|cv|biodata|bio-data)\b`, flags: 'i' }],
  ['portfolio', { source: String.raw`\bportfolio\b`, flags: 'i' }],
  ['cover letter', { source: String.raw`\bcover letter\b`, flags: 'i' }],
  ['transcript', { source: String.raw`\b(?:transcripts?|marksheets?|mark sheets?)\b`, flags: 'i' }],
  ['LinkedIn', { source: String.raw`\blinkedin\b`, flags: 'i' }],
  ['GitHub', { source: String.raw`\bgithub\b`, flags: 'i' }],
  ['references', { source: String.raw`\breferences\b`, flags: 'i' }],
  ['writing samples', { source: String.raw`\bwriting samples?\b`, flags: 'i' }],
  ['case studies', { source: String.raw`\bcase stud(?:y|ies)\b`, flags: 'i' }],
  ['deck', { source: String.raw`\b(?:deck|slides|ppt)\b`, flags: 'i' }],
  ['certificates', { source: String.raw`\b(?:certificat(?:e|es|ions)|praman ?patra)\b`, flags: 'i' }],
];

export const ATTACHED = `
  attach(ed|ing| kiya| kar diya| kar raha| kar rahi)?
  (neeche|niche|below) (hai|diya|di|link|de raha|de rahi)
  (link|links) (neeche|niche|yahan|below|here)
  (bhej|share) (raha|rahi) (hoon|hu|hun)
  saath (mein|me) (bhej|attach)\\w*
`;

export const RESUME_HEADER = `^${alternation(`
  experience
  work experience
  professional experience
  education
  educational qualification
  academic qualification
  skills
  technical skills
  summary
  profile
  career objective
  objective
  projects
  certifications
  internships
  personal details
  declaration
`)}\\s*:?$`;
