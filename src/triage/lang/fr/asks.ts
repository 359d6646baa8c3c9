/**
 * French phrase data: What the writer asks for: a referral, advice, the referrer to do the matching.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 * A list is read with `\b` before each phrase, and JavaScript draws `\b` only around ASCII letters: no
 * phrase starts with an accented letter, and in a whole-word list none ends with one (`café?`).
 */
import { phraseLines } from '../../shared/phrases.js';

export const REFERRAL_ASK = `
  # "coopter" is the French word for an employee referral; "prime de cooptation" is a bonus, not an ask
  (me )?coopter
  (?<!prime de )(?<!programme de )cooptation(?! (program|programme|bonus|prime))
  (me|m') (recommander|pistonner|parrainer|pousser) (en interne|pour|sur|auprès|chez)
  (me|m') recommander\\b
  # for someone else: "accepterais-tu de la recommander ?"
  (de|pour|pourrais-tu|pourriez-vous|peux-tu|pouvez-vous) (le|la|les) (recommander|coopter|pistonner|parrainer|référer)\\b
  (le|la|les) (recommand|coopt)(erais|eriez|erait)\\b
  (me|m') (recommand|coopt)(es|ez|erais|eriez|erait|iez)\\b
  (recommandation|référence) interne
  (transmettre|faire suivre|faire passer|faire remonter|transférer|passer|relayer|partager) (mon|ma) (cv|candidature|profil|dossier)
  (mon|ma) (cv|candidature|profil) (au|à la|à l'|aux) (recruteu|rh|manager|responsable|équipe)
  (glisser|dire|toucher) (un|deux) (petit )?mots? (pour moi|en ma faveur|au recruteur|à la recruteuse|au manager|aux rh)
  (appuyer|soutenir|pousser|porter) ma candidature
  # "postuler avec votre recommandation": applying with the referrer behind them
  (postuler|candidater|me présenter|déposer ma candidature) (avec|grâce à|sous) (votre|ta|ton) (recommandation|parrainage|soutien|appui|cooptation)
  (me )?(présenter|mettre en relation avec) (le|la|au|à la) (manager|responsable du recrutement|recruteu|hiring manager)
  (me )?parrainer
  (me|m') (référer|référencer)\\b
  (me|m') (réfèr|référenc)(es|ez|erais|eriez|erait)\\b
`;

export const ADVICE_ASK = `
  (prendre|boire) un (petit )?caf(é|e)?
  un caf(é|e)? (virtuel|ensemble|rapide)
  (un|une) (petit |petite |bref |brève |court |courte )?(appel|call|visio|échange|discussion|coup de fil) (rapide )?(de )?\\d+ ?min(utes)?
  \\d+ ?min(utes)? (de votre temps|de ton temps|d'échange|d'appel)
  (vos|tes|quelques|des|un) (petits? )?conseils?
  (votre|ton) (avis|regard) sur
  # "votre retour d'expérience sur…" alone is the referrer's talk; asking for it takes a verb
  (avoir|recueillir|connaître|bénéficier de|profiter de) (votre|ton) retour d'expérience
  (me )?conseiller sur
  (un|une|mon|ma) mentor(at)?
  (entretien|échange) (informatif|informel|exploratoire)
  en savoir plus sur (votre|ton) (parcours|expérience|métier|quotidien)
  comment (vous avez|tu as) (fait|réussi|commencé|percé)
  (vous|te) poser quelques questions
`;

/** "Dites-moi quels postes me correspondraient": the referrer is asked to do the matching. */
export const FIT_OUTSOURCED = phraseLines(`
  \\b(dites|dis)-(moi|nous) (quels?|quelles?|si) (des )?(postes?|rôles?|offres?|équipes?)
  \\b(n'importe quel|tout) (poste|rôle) (qui (vous|te) (semble|paraît)|que (vous jugez|tu juges))
  \\b(quels?|quelles?) (postes?|offres?) (me correspondrai(en)?t|pourrai(en)?t me convenir|seraient adaptés?)
  \\bce qui (vous|te) (semble|paraît) (le )?(plus )?(adapté|pertinent)
`).join('|');
