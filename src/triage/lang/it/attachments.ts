/**
 * Italian phrase data: Attachments and résumés.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { alternation, type RegexData } from '../../shared/phrases.js';

const B = String.raw`(?<![\wÀ-ÿ])`;
const E = String.raw`(?![\wÀ-ÿ])`;

export const ATTACHMENT_KINDS: ReadonlyArray<readonly [string, RegexData]> = [
  ['résumé', { source: `${B}(?:cv|curriculum(?: vitae)?)${E}`, flags: 'i' }],
  ['portfolio', { source: `${B}portfolio${E}`, flags: 'i' }],
  ['cover letter', { source: `${B}lettera di (?:presentazione|motivazione|accompagnamento)${E}`, flags: 'i' }],
  [
    'transcript',
    { source: `${B}(?:certificato (?:degli esami|di laurea)|piano di studi|libretto|pagella)${E}`, flags: 'i' },
  ],
  ['LinkedIn', { source: `${B}linkedin${E}`, flags: 'i' }],
  ['GitHub', { source: `${B}github${E}`, flags: 'i' }],
  ['references', { source: `${B}(?:referenze|lettere? di (?:referenze|raccomandazione))${E}`, flags: 'i' }],
  [
    'writing samples',
    { source: `${B}(?:esempi|campioni) (?:di scrittura|dei miei testi|di articoli)${E}`, flags: 'i' },
  ],
  ['case studies', { source: `${B}(?:casi (?:di )?studio|case stud(?:y|ies))${E}`, flags: 'i' }],
  ['deck', { source: `${B}(?:deck|slide|presentazione)${E}`, flags: 'i' }],
  ['certificates', { source: `${B}(?:certificat[oi]|certificazion[ei]|attestat[oi]|diplom[ai])${E}`, flags: 'i' }],
];

export const ATTACHED = `
  in allegato
  allegat[oaie]
  (ti|le|vi) allego
  (trovi|troverai|trova|troverà) (in allegato|qui sotto|di seguito)
  (ecco|qui sotto) (il mio|la mia|i miei|il link)
  link (qui sotto|qui|di seguito)
`;

export const RESUME_HEADER = `^${alternation(`
  esperienza
  esperienze
  esperienza professionale
  esperienze professionali
  esperienze lavorative
  istruzione
  formazione
  istruzione e formazione
  competenze
  competenze tecniche
  capacità e competenze
  profilo
  sommario
  progetti
  certificazioni
  lingue
  conoscenze linguistiche
  interessi
  obiettivo
`)}\\s*:?$`;
