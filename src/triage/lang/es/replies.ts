/** Spanish replies, in the referrer's voice (see lang/replies.ts for the slots). */
import type { ReplyWording } from '../reply-types.js';

export const es: ReplyWording = {
  formal: String.raw`(?<![\p{L}])(?:[Uu]sted|[Uu]stedes|[Ll]e escribo|[Ss]u (?:charla|equipo|ponencia|art[ií]culo|trayectoria))(?![\p{L}])`,
  hi: ['Hola, {name}:', 'Buenos días, {name}:'],
  hiThere: ['Hola:', 'Buenos días:'],
  role: { named: 'el puesto de {role}', unnamed: 'este puesto' },
  yes: {
    open: ['Gracias por el mensaje, tan claro.', 'Gracias por su mensaje, tan claro.'],
    yes: ['Te recomiendo con gusto para {role}.', 'Le recomiendo con gusto para {role}.'],
    why: [
      'Lo que cuentas ("{quote}") es justo el tipo de resultado que puedo defender.',
      'Lo que cuenta ("{quote}") es justo el tipo de resultado que puedo defender.',
    ],
    needResume: [
      '¿Me mandas tu CV? En cuanto lo tenga, envío la recomendación y te aviso cuando esté dentro; a partir de ahí lo lleva el equipo de selección.',
      '¿Me envía su CV? En cuanto lo tenga, envío la recomendación y le aviso cuando esté dentro; a partir de ahí lo lleva el equipo de selección.',
    ],
    needLinkAndResume: [
      '¿Me mandas el enlace exacto de la oferta y tu CV? En cuanto los tenga, envío la recomendación y te aviso cuando esté dentro.',
      '¿Me envía el enlace exacto de la oferta y su CV? En cuanto los tenga, envío la recomendación y le aviso cuando esté dentro.',
    ],
  },
  onePager: {
    open: ['Gracias por escribirme.', 'Gracias por escribirme.'],
    fitClose: [
      'El puesto está cerca de lo que hace mi equipo, así que quiero mirarlo con calma.',
      'El puesto está cerca de lo que hace mi equipo, así que quiero mirarlo con calma.',
    ],
    ask: ['¿Me mandas un resumen de una página?', '¿Me envía un resumen de una página?'],
    askWithLink: [
      '¿Me mandas un resumen de una página y el enlace exacto de la oferta?',
      '¿Me envía un resumen de una página y el enlace exacto de la oferta?',
    ],
    close: ['Con eso te doy una respuesta de verdad.', 'Con eso le doy una respuesta de verdad.'],
  },
  pieces: {
    proof: [
      'Lo que me falta es un resultado concreto: algo que hiciste y lo que cambió, mejor con una cifra.',
      'Lo que me falta es un resultado concreto: algo que hizo y lo que cambió, mejor con una cifra.',
    ],
    fitOverlap: [
      'Lo que me falta es cómo tu experiencia encaja con {team}.',
      'Lo que me falta es cómo su experiencia encaja con {team}.',
    ],
    ask: [
      'También me ayudaría saber qué te gustaría exactamente que hiciera.',
      'También me ayudaría saber qué le gustaría exactamente que hiciera.',
    ],
    whyMe: [
      'Una línea sobre por qué crees que mi equipo es el adecuado también ayudaría.',
      'Una línea sobre por qué cree que mi equipo es el adecuado también ayudaría.',
    ],
    other: [
      'Con tu experiencia, el puesto y por qué encajas, me resulta fácil reenviarlo.',
      'Con su experiencia, el puesto y por qué encaja, me resulta fácil reenviarlo.',
    ],
    name: [
      'Y dime tu nombre completo: tu mensaje solo lleva tus iniciales, y necesito un nombre para hacer la recomendación.',
      'Y le pido su nombre completo: su mensaje solo lleva sus iniciales, y necesito un nombre para hacer la recomendación.',
    ],
  },
  about: {
    thanks: ['Gracias por escribirme sobre {name}.', 'Gracias por escribirme sobre {name}.'],
    thinking: ['Gracias por pensar en mí para ayudar a {name}.', 'Gracias por pensar en mí para ayudar a {name}.'],
    yes: ['Recomiendo a {name} con gusto para {role}.', 'Recomiendo a {name} con gusto para {role}.'],
    why: [
      'Un resultado como "{quote}" es justo lo que puedo respaldar.',
      'Un resultado como "{quote}" es justo lo que puedo respaldar.',
    ],
    needResume: [
      '¿{name} me puede mandar su CV directamente? En cuanto lo tenga, envío la recomendación y le aviso a {name} cuando esté dentro.',
      '¿Podría {name} enviarme su CV directamente? En cuanto lo tenga, envío la recomendación y le aviso a {name} cuando esté dentro.',
    ],
    needLinkAndResume: [
      '¿{name} me puede mandar el enlace exacto de la oferta y su CV directamente? En cuanto los tenga, envío la recomendación y le aviso a {name}.',
      '¿Podría {name} enviarme el enlace exacto de la oferta y su CV directamente? En cuanto los tenga, envío la recomendación y le aviso a {name}.',
    ],
    ask: [
      'Prefiero que {name} me escriba directamente, con un resumen de una página.',
      'Prefiero que {name} me escriba directamente, con un resumen de una página.',
    ],
    askWithLink: [
      'Prefiero que {name} me escriba directamente, con un resumen de una página y el enlace exacto de la oferta.',
      'Prefiero que {name} me escriba directamente, con un resumen de una página y el enlace exacto de la oferta.',
    ],
    pieces: {
      proof: [
        'Lo que me falta es un resultado concreto de {name}, mejor con una cifra.',
        'Lo que me falta es un resultado concreto de {name}, mejor con una cifra.',
      ],
      fitOverlap: [
        'Lo que me falta es cómo la experiencia de {name} encaja con {team}.',
        'Lo que me falta es cómo la experiencia de {name} encaja con {team}.',
      ],
      ask: [
        'También me ayudaría saber qué le gustaría exactamente a {name} que hiciera.',
        'También me ayudaría saber qué le gustaría exactamente a {name} que hiciera.',
      ],
      whyMe: [
        'Una línea sobre por qué {name} cree que mi equipo es el adecuado también ayudaría.',
        'Una línea sobre por qué {name} cree que mi equipo es el adecuado también ayudaría.',
      ],
      other: [
        'Con la experiencia de {name}, el puesto y por qué encaja, me resulta fácil reenviarlo.',
        'Con la experiencia de {name}, el puesto y por qué encaja, me resulta fácil reenviarlo.',
      ],
    },
    decline: [
      'No voy a poder recomendar a {name} esta vez, y prefiero decirlo con claridad en lugar de dejarlo en el aire.',
      'No voy a poder recomendar a {name} esta vez, y prefiero decirlo con claridad en lugar de dejarlo en el aire.',
    ],
    outsideArea: [
      '{role} queda fuera de mi área ({team}), así que no podría valorar el encaje.',
      '{role} queda fuera de mi área ({team}), así que no podría valorar el encaje.',
    ],
    noRole: [
      'Solo recomiendo para un puesto concreto que pueda respaldar: si {name} encuentra una oferta que encaje, un mensaje corto con el enlace y un resultado concreto lo harían mucho más fácil.',
      'Solo recomiendo para un puesto concreto que pueda respaldar: si {name} encuentra una oferta que encaje, un mensaje corto con el enlace y un resultado concreto lo harían mucho más fácil.',
    ],
    close: ['Ojalá a {name} le vaya muy bien en la búsqueda.', 'Le deseo mucha suerte a {name} en la búsqueda.'],
  },
  no: {
    open: ['Gracias por acordarte de mí.', 'Gracias por pensar en mí.'],
    outsideArea: [
      '{role} queda fuera de mi área ({team}), así que no podría valorar el encaje y no soy la persona adecuada para recomendarte. Mucha suerte.',
      '{role} queda fuera de mi área ({team}), así que no podría valorar el encaje y no soy la persona adecuada para recomendarle. Mucha suerte.',
    ],
    noRole: [
      'Solo recomiendo para un puesto concreto que pueda respaldar, así que por ahora paso. Si encuentras una oferta que encaje, un mensaje corto con el enlace y un resultado concreto lo harían mucho más fácil.',
      'Solo recomiendo para un puesto concreto que pueda respaldar, así que por ahora paso. Si encuentra una oferta que encaje, un mensaje corto con el enlace y un resultado concreto lo harían mucho más fácil.',
    ],
    advice: [
      'Ahora mismo no tengo hueco para llamadas de orientación, así que prefiero decírtelo claro. Mucha suerte con el cambio.',
      'Ahora mismo no tengo hueco para llamadas de orientación, así que prefiero decírselo claro. Mucha suerte con el cambio.',
    ],
    clear: [
      'No puedo ayudarte con esto, y prefiero decírtelo claro a dejarte esperando. Ojalá encuentres pronto el puesto adecuado.',
      'No puedo ayudarle con esto, y prefiero decírselo claro a dejarle esperando. Ojalá encuentre pronto el puesto adecuado.',
    ],
  },
};
