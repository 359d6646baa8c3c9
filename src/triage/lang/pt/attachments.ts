/**
 * Portuguese phrase data: attachments and résumés.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { alternation, type RegexData } from '../../shared/phrases.js';

export const ATTACHMENT_KINDS: ReadonlyArray<readonly [string, RegexData]> = [
  ['résumé', { source: String.raw`\b(?:cv|curr[ií]culo)\b`, flags: 'i' }],
  ['portfolio', { source: String.raw`\bportf[oó]lio\b`, flags: 'i' }],
  ['cover letter', { source: String.raw`\bcarta de apresenta[cç][aã]o\b`, flags: 'i' }],
  ['certificates', { source: String.raw`\bcertificad(?:o|os)\b`, flags: 'i' }],
];

export const ATTACHED = `
  em anexo
  anexo
  anexei
  segue (o|meu|em)
  (te|lhe) (mando|envio|passo) (o|meu|os|meus)
`;

export const RESUME_HEADER = `^${alternation(`
  experiência
  experiência profissional
  formação
  educação
  habilidades
  competências
  idiomas
  resumo
  projetos
  certificações
`)}\\s*:?$`;
