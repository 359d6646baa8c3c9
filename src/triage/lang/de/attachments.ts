/**
 * German phrase data: Attachments and résumés.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { alternation, type RegexData } from '../../shared/phrases.js';

const B = String.raw`(?<![\wÀ-ÿ])`;
const E = String.raw`(?![\wÀ-ÿ])`;

export const ATTACHMENT_KINDS: ReadonlyArray<readonly [string, RegexData]> = [
  ['résumé', { source: `${B}(?:Lebenslauf|Lebensläufe|CV|Vita)${E}`, flags: 'i' }],
  ['portfolio', { source: `${B}(?:Portfolio|Arbeitsproben)${E}`, flags: 'i' }],
  ['cover letter', { source: `${B}(?:Anschreiben|Motivationsschreiben)${E}`, flags: 'i' }],
  [
    'transcript',
    { source: `${B}(?:Notenspiegel|Transcript of Records|Leistungsnachweise?|Zeugnisse)${E}`, flags: 'i' },
  ],
  ['LinkedIn', { source: `${B}linkedin${E}`, flags: 'i' }],
  ['GitHub', { source: `${B}github${E}`, flags: 'i' }],
  ['references', { source: `${B}(?:Referenzen|Arbeitszeugnisse|Empfehlungsschreiben)${E}`, flags: 'i' }],
  ['writing samples', { source: `${B}(?:Schreibproben|Textproben)${E}`, flags: 'i' }],
  ['case studies', { source: `${B}(?:Fallstudien|Case Stud(?:y|ies))${E}`, flags: 'i' }],
  ['deck', { source: `${B}(?:Deck|Folien|Foliensatz|Slides|Präsentation)${E}`, flags: 'i' }],
  ['certificates', { source: `${B}(?:Zertifikate?|Zertifizierungen|Urkunden)${E}`, flags: 'i' }],
];

export const ATTACHED = `
  anbei
  im Anhang
  angehängt
  beigefügt
  (finden Sie|findest du) (anbei|im Anhang|unten|hier)
  (hier|unten) (ist|sind|der Link|die Links)
  Links? (unten|hier)
`;

export const RESUME_HEADER = `^${alternation(`
  Berufserfahrung
  berufliche Erfahrung
  beruflicher Werdegang
  Werdegang
  Ausbildung
  Bildung
  Bildungsweg
  Studium
  Kenntnisse
  Fähigkeiten
  Kompetenzen
  IT-Kenntnisse
  Sprachkenntnisse
  Profil
  Kurzprofil
  Zusammenfassung
  Projekte
  Zertifikate
  Zertifizierungen
  Sprachen
  Interessen
  Praktika
`)}\\s*:?$`;
