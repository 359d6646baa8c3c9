/** How each language names a posting in a note, as data (lang/<code>/roles.ts); English reads reading/roles.ts. */

import * as de from './de/roles.js';
import * as es from './es/roles.js';
import * as fr from './fr/roles.js';
import * as it from './it/roles.js';
import * as pt from './pt/roles.js';

export interface RoleIntro {
  ROLE_INTRO: string;
  ROLE_END: string;
  /** The reader's team said to be hiring, before a title that may be in lower case. */
  SEEKING_INTRO?: string;
  /**
   * The posting asked for by its kind, with its article, a title in lower case: "para el cargo de
   * confiabilidad", "per il posto di responsabile sala". The words of a job in general ("de trabajo") are none.
   */
  POSTING_ASKED_FOR?: string;
}

export const ROLE_INTROS: Readonly<Record<string, RoleIntro>> = { es, pt, fr, de, it };

/**
 * Words of a language that the English reader of titles may take into a title's edges, when a note
 * writes an English title inside its own grammar ("Maine PM II, Growth role pe apply kiya", "aapki team
 * mein Product Manager II, Growth ki opening"): pronouns, postpositions and "any" ("koi bhi role"), never a title.
 */
export const TITLE_EDGE_WORDS: Readonly<Record<string, string>> = {
  es: 'de|del|la|el|los|las|un|una|a|al|como|para|en',
  pt: 'de|do|da|dos|das|o|a|os|as|um|uma|ao|à|como|para|em|no|na',
  fr: 'de|du|des|la|le|les|un|une|au|aux|à|comme|pour|en',
  it: 'di|del|della|dello|il|lo|la|i|gli|le|un|una|a|al|alla|come|per|in',
  // German's pronouns and "passend" too: "wenn Sie mich für eine passende Position empfehlen" names no title.
  de: 'als|für|die|der|den|dem|das|eine|einen|ein|zur|zum|auf|im|wenn|ob|ich|Sie|mich|dich|Ihnen|dir|uns|passende[nrm]?|geeignete[nrm]?|offene[nrm]?',
  'hi-en':
    'maine|mene|main|mai|mein|me|mera|meri|mere|mujhe|aapki|aapka|aapke|apki|apka|apke|tumhari|tumhara|ki|ka|ke|ko|pe|par|se|wala|wale|wali|liye|is|iss|us|yeh|ye|woh|aur|koi|bhi|kuch|jo|sab|kisi|agar',
};

/** "Any" in each language, inside a title the English reader found ("Backend side koi bhi opening"): a kind of role, not a posting. */
export const ANY_OF_KIND: Readonly<Record<string, string>> = {
  es: 'cualquier|cualquiera',
  pt: 'qualquer',
  fr: "n['’]importe quel(?:le)?|tout poste",
  it: 'qualsiasi|qualunque',
  de: 'irgendeine[nm]?|jede[nrm]?',
  // "team mein agar koi opening ho": any opening in a team, with or without "bhi"
  'hi-en': 'koi bhi|kisi bhi|jo bhi|agar koi|koi(?= (?:opening|vacancy|position|role)s?\\b)',
};

/**
 * Any opening of a kind, in each language: the words before the kind ("alguma vaga de enfermagem",
 * "alguna vacante de logística", "qualche posizione in amministrazione"). What follows, in lower case, is the kind
 * (in German, a noun). So is a line of work in the referrer's team the writer wants a role in, when no posting
 * fits yet ("me interesa el área de debida diligencia", "un poste tourné vers la pharmacologie clinique",
 * "per esempio nella logistica in entrata", "mich interessiert besonders das Recruiting für …").
 */
export const ANY_ROLE_OF_KIND: Readonly<Record<string, string>> = {
  pt: String.raw`\b(?:alguma|qualquer) (?:vaga|posição|oportunidade|função)(?: em aberto)? (?:de|em|na área de|na área da|para) |\b(?:[Ii]nteressa-me|[Mm]e interessa|[Tt]enho interesse n[ao]) (?:muito |sobretudo |especialmente )?(?:a área|a parte|a linha) de `,
  es: String.raw`\b(?:alguna|cualquier) (?:vacante|posición|plaza|oportunidad|puesto)(?: abiert[ao])? (?:de|en|en el área de|para) |\b[Mm]e interesa(?:n|ría)? (?:mucho |sobre todo |especialmente )?(?:el área|la parte|la línea) de `,
  fr: String.raw`\b(?:un poste|une offre|une opportunité|n['’]importe quel poste) (?:en|dans|côté|de) |\b[Uu]n poste (?:davantage |plus )?(?:tourné|orienté|axé|centré) (?:vers|sur) (?:la |le |les |l['’])`,
  it: String.raw`\b(?:qualche|qualsiasi|qualunque) (?:posizione|ruolo|opportunità|offerta)(?: aperta)? (?:di|in|nell['’]area) |\b(?:[Uu]n ruolo|[Uu]na posizione)\b[^.;!?]{0,50}?\b(?:per esempio|ad esempio|magari) (?:nell['’]|nella |nel |in )`,
  de: String.raw`\b(?:irgendeine|eine) (?:offene )?(?:Stelle|Position) (?:im Bereich|in der|in) |\b(?:[Mm]ich interessier(?:t|en)|[Ii]nteressier(?:t|en) mich) (?:besonders |vor allem |sehr )?(?:das|die|der) `,
};
