/**
 * Spanish phrase data: what the writer asks for (a referral, advice, the referrer to do the matching),
 * the easy out, and a note that answers the referrer's own ask. Tú, vos and usted are all read.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { phraseLines } from '../../shared/phrases.js';

export const REFERRAL_ASK = `
  recomendarme
  # a former boss vouching: "te quiero recomendar a alguien que trabajó conmigo"
  (te|le|les) (quiero|quisiera|querría) recomendar a\\b
  (quiero|quisiera|querría) recomendarte a\\b
  recomendarla\\b
  recomendarlo\\b
  (me|la|lo) (recomiendes|recomiende|recomendarías|recomendaría|recomendaras|recomendara)\\b(?! (estudiar|hacer|leer|aprender|hacerlo|que|algo|algún|alguna|algunos|algunas|cursos?|libros?))
  referirme
  (me )?(podrías|podría|puedes|puede|podés) referir(me)?
  (me )?(refieras|refiera|referirías|referiría|refiriera|refirieras|refirieses|refiriese)\\b
  (una )?(recomendación|referencia|referral) interna
  (pasar|hacer llegar|reenviar) mi (cv|currículum|curriculum|perfil|candidatura)
  (proponerme|postularme) (internamente|como referido)
  darme (una )?(recomendación|referencia)
  (decir|poner) (una )?buena palabra
  presentarme al (responsable|hiring manager|equipo de selección)
  # for someone else: "¿te animarías a referirla?", "¿la podrías recomendar?"
  referirl[ao]s?\\b
  referirle\\b
  (la|lo|le) (podrías|podría|puedes|puede|podés|podrás) (referir|recomendar)\\b
  (la|lo) (refieras|refiera|referirías|referiría|refirieras|refiriera)\\b
  (pasar|hacer llegar|reenviar) (su|el) (cv|currículum|curriculum|perfil|candidatura)
`;

export const ADVICE_ASK = `
  (tomar|tomarnos|invitarte a) (un )?(café|cafe)
  un (café|cafe) (virtual )?
  (unos )?\\d+ minutos( de tu tiempo| de su tiempo)?
  unos minutos
  (tus|sus|algún|algunos) consejos?
  (tu|su) consejo
  orientación
  mentor(ía|ia)?
  (una )?(llamada|videollamada|charla) (rápida|breve|corta)
  (hacerte|hacerle) (unas |algunas )?preguntas
  cómo (diste|dio|hiciste|hizo) el salto
`;

export const FIT_OUTSOURCED = phraseLines(`
  \\ben lo que sea\\b
  \\blo que haya\\b
  \\bcualquier (puesto|posición|vacante|cosa|rol)\\b
  \\bel puesto que (veas|creas|consideres)\\b
`).join('|');

export const ANSWERS_AN_ASK = `
  como me (pediste|pidió|sugeriste|sugirió|comentaste|comentó)
  (te|le) (mando|envío|paso|adjunto) (el|mi) (one[- ]?pager|resumen)
  según (me )?(pediste|pidió|comentaste|comentó)
  gracias por (responder|contestar|tu respuesta|su respuesta)
`;

export const IMPLIED_ASK = `
  si no (puedes|puede|podés|es posible|te es posible|le es posible|lo ves)\\b
  si (prefieres|prefiere|preferís) que no
`;

export const GRACEFUL_EXIT = `
  sin (ningún |ningun )?compromiso
  si (prefiere|prefieres|preferís|prefieren) no\\b
  lo entiendo (perfectamente|totalmente|completamente)
  lo entenderé
  lo entendería
  (sin|ningún|ninguna) (problema|drama|rollo|lío|apuro|presión|bronca|compromiso)
  si no (te|le) (cierra|convence|cuadra|termina de cerrar)
  no pasa nada
  no te preocupes
  no se preocupe
  sin compromiso
  sin presión
  (entiendo|entenderé|entendería) (perfectamente|totalmente|si no)
  si no lo ves claro
  si no (te|le) parece
  si no encaja
  (está|esta) (totalmente |perfectamente )?bien si no
  (tranquil[oa]|faltaría más) si no
  cero (problema|problemas|drama|presión|estrés|rollo)
  no hay (ningún )?(problema|drama|rollo|lío|presión|apuro)
  ni un problema
  (obvio|claro|por supuesto|desde luego) que lo entiendo
  si no\\b[^.!?]{0,40}\\b(lo entiendo|lo entenderé|lo entendería|lo comprendo|tranquil[oa]|ningún problema|sin problema|no pasa nada)
  (tranquil[oa]|tranqui),? (lo entiendo|de verdad|no pasa nada)
  (te|le) (agradezco|agradeceré) (igual|igualmente|de todas formas|de todos modos)
  (gracias|muchas gracias) (igual|igualmente|de todas formas|de todos modos)
`;
