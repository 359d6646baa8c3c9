import type { BlurbWording } from '../blurb-types.js';

/** The blurb in French, for a hiring channel that works in French (writing/local-blurb.ts). */
export const BLURB: BlurbWording = {
  someone: 'La personne',
  quote: ['« ', ' »'],
  and: 'et',
  languageNames: {
    en: 'anglais',
    es: 'espagnol',
    pt: 'portugais',
    fr: 'français',
    de: 'allemand',
    it: 'italien',
    'hi-en': 'hinglish',
  },
  role: {
    posting: '{name} a postulé au poste de {title}{link}',
    named: '{name} vise un poste de {title}{link}',
    matched: '{name} vise un poste de {title}, et notre offre {opening} est celle qui correspond{link}',
    opening: '{name} a postulé à notre offre {opening}{link}',
    link: '{name} a postulé à l’offre du lien {url}',
    unnamed: '{name} demande une recommandation sans nommer encore de poste précis',
  },
  result: {
    other: '{name} décrit ainsi son résultat (en {language} : {quote})',
    same: '{name} décrit ainsi son résultat : {quote}',
    none: '{name} n’a pas encore fait part d’un résultat concret',
  },
  fit: {
    overlap: 'Son expérience en {overlap} correspond directement au travail de notre équipe {team}',
    strongWithResult:
      'Le poste est pleinement dans notre périmètre {team}, et ce résultat est exactement le genre de preuve que nous cherchons',
    strong: 'Le poste est pleinement dans notre périmètre {team}',
    partial:
      'Le recoupement avec notre périmètre {team} est partiel : tout dépend de ce qui se transpose de son expérience',
    caseWithResult: 'Son message explique précisément pourquoi ce poste et s’appuie sur un résultat concret',
    case: 'Son message explique précisément pourquoi ce poste',
  },
};
