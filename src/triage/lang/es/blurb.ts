import type { BlurbWording } from '../blurb-types.js';

/** The blurb in Spanish, for a hiring channel that works in Spanish (writing/local-blurb.ts). */
export const BLURB: BlurbWording = {
  someone: 'La persona',
  quote: ['«', '»'],
  and: 'y',
  languageNames: {
    en: 'inglés',
    es: 'español',
    pt: 'portugués',
    fr: 'francés',
    de: 'alemán',
    it: 'italiano',
    'hi-en': 'hinglish',
  },
  role: {
    posting: '{name} se ha postulado a la vacante de {title}{link}',
    named: '{name} busca un puesto de {title}{link}',
    matched: '{name} busca un puesto de {title}, y nuestra vacante de {opening} es la que encaja{link}',
    opening: '{name} se ha postulado a nuestra vacante de {opening}{link}',
    link: '{name} se ha postulado a la vacante del enlace {url}',
    unnamed: '{name} pide una recomendación sin nombrar todavía un puesto concreto',
  },
  result: {
    other: '{name} cuenta así su resultado (en {language}: {quote})',
    same: '{name} cuenta así su resultado: {quote}',
    none: '{name} todavía no ha compartido un resultado concreto',
  },
  fit: {
    overlap: 'Su experiencia con {overlap} encaja directamente con lo que hace nuestro equipo {team}',
    strongWithResult:
      'El puesto cae de lleno en nuestra área {team}, y ese resultado es justo el tipo de prueba que buscamos',
    strong: 'El puesto cae de lleno en nuestra área {team}',
    partial:
      'El encaje con nuestra área {team} es parcial, así que todo depende de cuánto de su experiencia se traslada',
    caseWithResult: 'Su mensaje argumenta bien por qué este puesto y lo respalda con un resultado concreto',
    case: 'Su mensaje argumenta bien por qué este puesto',
  },
};
