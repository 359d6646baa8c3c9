/**
 * French phrase data: Attachments and résumés.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { alternation, type RegexData } from '../../shared/phrases.js';

const B = String.raw`(?<![\wÀ-ÿ])`;
const E = String.raw`(?![\wÀ-ÿ])`;

export const ATTACHMENT_KINDS: ReadonlyArray<readonly [string, RegexData]> = [
  ['résumé', { source: `${B}(?:cv|curriculum(?: vitae)?)${E}`, flags: 'i' }],
  ['portfolio', { source: `${B}(?:portfolio|book)${E}`, flags: 'i' }],
  ['cover letter', { source: `${B}lettres? de motivation${E}`, flags: 'i' }],
  ['transcript', { source: `${B}(?:relevés? de notes|bulletins? de notes)${E}`, flags: 'i' }],
  ['LinkedIn', { source: `${B}linkedin${E}`, flags: 'i' }],
  ['GitHub', { source: `${B}github${E}`, flags: 'i' }],
  ['references', { source: `${B}(?:références|lettres? de recommandation)${E}`, flags: 'i' }],
  [
    'writing samples',
    { source: `${B}(?:exemples|échantillons) (?:de )?(?:rédaction|textes|mes écrits)${E}`, flags: 'i' },
  ],
  ['case studies', { source: `${B}études? de cas${E}`, flags: 'i' }],
  ['deck', { source: `${B}(?:deck|slides|diapos?|support de présentation)${E}`, flags: 'i' }],
  ['certificates', { source: `${B}(?:certificats?|certifications?|diplômes?|attestations?)${E}`, flags: 'i' }],
];

export const ATTACHED = `
  ci-joint(e|s|es)?
  en (pièce jointe|pj|p\\.j)
  (vous |te )?(trouverez|trouveras) (ci-dessous|ci-joint|en pièce jointe|mon)
  (voici|ci-dessous) (mon|ma|mes|le lien|les liens)
  joint(e|s|es)? (à ce|au) (message|mail)
  (lien|liens) (ci-dessous|ici)
`;

export const RESUME_HEADER = `^${alternation(`
  expérience
  expériences
  expérience professionnelle
  expériences professionnelles
  parcours professionnel
  formation
  formations
  diplômes
  compétences
  compétences techniques
  profil
  résumé
  projets
  certifications
  langues
  centres d'intérêt
  objectif
`)}\\s*:?$`;
