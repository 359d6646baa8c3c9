/**
 * Spanish phrase data: why the writer picked this referrer: their work, a shared past, someone who sent them.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { type PatternData, wordAlternation } from '../../shared/phrases.js';

/** What the referrer made or did that a candidate can point to: "tu charla sobre…", "su artículo". */
export const REFERRER_WORK = wordAlternation(`
  charla | ponencia | presentación | artículo | post | publicación | taller | sesión | webinar | podcast
  entrevista | libro | curso | keynote | mesa redonda | hilo | vídeo | video | proyecto | trabajo | equipo
`);

export const REFERRER_WORK_NAMED = wordAlternation(`
  charla | ponencia | artículo | post | proyecto | equipo | podcast | keynote | sesión
`);

export const REFERRER_DID = wordAlternation(`
  contaste | contó | explicaste | explicó | presentaste | presentó | publicaste | publicó | escribiste
  escribió | lideraste | lideró | montaste | montó | compartiste | compartió
`);

export const SEEN_WORK = wordAlternation(`
  charla | ponencia | artículo | post | publicación | taller | sesión | webinar | podcast | meetup
  keynote | presentación | vídeo | video | libro | curso | hilo
`);

const WORK = String.raw`(?:charla|ponencia|presentaci[oó]n|art[ií]culo|post|publicaci[oó]n|taller|sesi[oó]n|webinar|podcast|entrevista|libro|curso|keynote|mesa redonda|hilo|v[ií]deo)`;
const NAME = String.raw`[A-ZÁÉÍÓÚÑ][\p{L}'-]+(?: [A-ZÁÉÍÓÚÑ][\p{L}'-]+){0,2}`;

export const WHY_ME_PATTERNS: readonly PatternData[] = [
  // A tie through the referrer's family: "compañero de curso de tu hijo", "vecina de tus padres".
  {
    source: String.raw`(?<![\p{L}])(?:amig[oa]s?|vecin[oa]s?|compañer[oa]s?(?: de [\p{L}]+)?|colegas?|conocid[oa]s?) de (?:tu|tus|su|sus) (?:hij[oa]s?|mamá|madre|papá|padre|padres|herman[oa]s?|espos[oa]|marido|mujer|tí[oa]s?|prim[oa]s?|abuel[oa]s?|familia)(?![\p{L}])`,
    flags: 'iu',
  },
  // Their work, seen or heard: "estuve en tu charla del PyData", "leí su artículo sobre…".
  {
    source: String.raw`\b(?:estuve en|asist[ií] a|fui a|vi|escuch[eé]|le[ií]|segu[ií]) (?:tu|su|vuestra|vuestro|la|el) (?:[\p{L}-]+ ){0,2}?${WORK}`,
    flags: 'iu',
  },
  { source: String.raw`\b(?:tus?|sus?|vuestr[ao]s?) ${WORK}(?:s|es)? (?:del?|en|sobre)\b`, flags: 'iu' },
  // A shared place or past: "nos conocimos en…", "coincidimos en…".
  {
    source: String.raw`\b(?:nos conocimos|coincidimos|hablamos|charlamos|estudiamos juntos|estudiamos juntas|trabajamos juntos|trabajamos juntas|(?:los|las) dos (?:estudiamos|trabajamos)|(?:estudiamos|trabajamos|coincidimos|fuimos) (?:los dos|las dos|ambos|ambas)|ambos (?:estudiamos|trabajamos)|ambas (?:estudiamos|trabajamos))\b`,
    flags: 'iu',
  },
  {
    source: String.raw`\b(?:como t[uú]|como usted|igual que t[uú]|igual que usted),? (?:estudi[eé]|soy|me gradu[eé]|hice)\b`,
    flags: 'iu',
  },
  // Time since a past they shared: "¡cuánto tiempo desde el máster!".
  { source: String.raw`\b(?:cu[aá]nto|tanto) tiempo (?:desde|sin (?:hablar|vernos|saber))\b`, flags: 'iu' },
  // A past the referrer may recall: "el del panel en FITUR, no sé si te acordás".
  {
    source: String.raw`\bno s[eé] si (?:te acord[aá]s|te acuerdas|se acuerda|me recuerdas|me record[aá]s|me recuerda)\b`,
    flags: 'iu',
  },
  // Someone who sent them: "Lucía, que trabaja en tu equipo, me sugirió que te escribiera".
  {
    source: String.raw`\b${NAME},? (?:que|quien) (?:trabaja|trabaj[oó]|est[aá]|estuvo|fue)\b[^.!?]{0,80}\b(?:contigo|con usted|con vos|tu equipo|su equipo|vuestro equipo)`,
    flags: 'u',
  },
  {
    source: String.raw`\bme (?:sugiri[oó]|recomend[oó]|dijo|coment[oó]|anim[oó] a|pas[oó] tu contacto|dio tu contacto)(?: que)?(?: (?:te|le) (?:escribiera|contactara|escriba|contacte))?`,
    flags: 'iu',
  },
  { source: String.raw`\b(?:te|le) escribo de parte de\b`, flags: 'iu' },
  // An introduction: "gracias a Lucía por presentarnos", "como comentó Lucía".
  { source: String.raw`\bgracias a ${NAME} por (?:presentarnos|la presentaci[oó]n|ponernos en contacto)`, flags: 'u' },
  { source: String.raw`\bcomo (?:(?:te|le) )?(?:coment[oó]|dijo|mencion[oó]) ${NAME}\b`, flags: 'u' },
  // Thanks for an introduction, or what the person who introduced them already said.
  {
    source: String.raw`\bgracias,? ${NAME},? por (?:el contacto|la presentaci[oó]n|presentarnos|conectarnos|ponernos en contacto)`,
    flags: 'u',
  },
  {
    // The one who introduced them, by name or as "ella" once named: "como te adelantaba ella".
    source: String.raw`\b[Cc]omo (?:(?:te|le|les) )?(?:adelant|cont|anticip|explic|coment)(?:[oó]|aba) (?:${NAME}|ella|[eé]l)\b`,
    flags: 'u',
  },
  // A shared background: "sos ingeniera de la UBA como yo", "fuimos compañeros de carrera".
  {
    source: String.raw`\b(?:sos|eres|es usted|estudiaste|estudi[oó]|trabajaste|trabaj[oó])\b[^.!?]{0,60}\bcomo yo\b`,
    flags: 'iu',
  },
  { source: String.raw`\b(?:fuimos|éramos) (?:compañer[oa]s|colegas)\b`, flags: 'iu' },
  // "Las dos somos antiguas alumnas de Les Roches": both from the same school or firm.
  {
    source: String.raw`\b(?:l[oa]s dos|ambos|ambas) (?:somos|fuimos|éramos) (?:antigu[oa]s |ex)?(?:alumn[oa]s|egresad[oa]s|exalumn[oa]s|compañer[oa]s|colegas)\b`,
    flags: 'iu',
  },
  // How they got the referrer's number or name: "me pasó tu número Ana", "te vi en la lista de egresados".
  {
    source: String.raw`(?<![\p{L}])(?:me (?:pas[oó]|pasaron|dio|dieron|facilit[oó]|compart[ií]o) (?:tu|su) (?:contacto|n[uú]mero|tel[eé]fono|celular|m[oó]vil|whatsapp|mail|correo|email)|(?:tu|su) (?:contacto|n[uú]mero|tel[eé]fono|celular|mail|correo) me (?:lo |la )?(?:pas[oó]|dio|facilit[oó]))(?![\p{L}])`,
    flags: 'iu',
  },
  {
    source: String.raw`(?<![\p{L}])(?:grupo|lista|red|comunidad|asociaci[oó]n|directorio|base) de (?:ex-?alumn[oa]s|egresad[oa]s|antigu[oa]s alumn[oa]s|graduad[oa]s|alumni)(?![\p{L}])`,
    flags: 'iu',
  },
  // A course, a cohort or a town they share: "los dos hicimos el máster", "de tu promoción", "ambos somos de Cuenca".
  {
    source: String.raw`(?<![\p{L}])(?:(?:l[oa]s dos|ambos|ambas) (?:hicimos|cursamos|estuvimos|somos de|venimos de|nos formamos)|(?:hicimos|cursamos) (?:l[oa]s dos|ambos|ambas|juntos|juntas)|(?:de|en) (?:tu|nuestra|la misma) (?:promoci[oó]n|generaci[oó]n|camada|cohorte))(?![\p{L}])`,
    flags: 'iu',
  },
  {
    source: String.raw`(?<![\p{L}])desde (?:nuestros|aquellos|los) (?:tiempos|años|días) (?:en|de|del)(?![\p{L}])`,
    flags: 'iu',
  },
  // The talk where the referrer said something: "en el webinar del mes pasado contaste cómo…".
  {
    source: String.raw`(?<![\p{L}])en (?:el|la|tu|su) (?:[\p{L}-]+ ){0,3}?${WORK}(?![\p{L}])[^.!?]{0,80}?(?<![\p{L}])(?:contaste|explicaste|presentaste|mostraste|hablaste|compartiste|comentaste|cont[oó]|explic[oó]|mostr[oó]|habl[oó])(?![\p{L}])`,
    flags: 'iu',
  },
  // Their message in a shared channel: "vi tu mensaje en #ventas".
  {
    source: String.raw`(?<![\p{L}])(?:vi|le[ií]) (?:tu|su) (?:mensaje|comentario|respuesta|pregunta|anuncio) (?:en|del) (?:#|el canal|el grupo|la comunidad|slack|linkedin)`,
    flags: 'iu',
  },
  // Who they are to the referrer: "soy Pablo, el del curso de inglés"; a talk already had: "como hablamos".
  {
    source: String.raw`(?<![\p{L}])soy ${NAME},? (?:el|la) (?:del|de la) (?:curso|clase|m[aá]ster|posgrado|taller|congreso|equipo|proyecto|panel|club|grupo|coro|gimnasio|barrio|colegio|escuela|universidad|facultad)(?![\p{L}])`,
    flags: 'iu',
  },
  {
    source: String.raw`(?<![\p{L}])(?:como (?:hablamos|quedamos|conversamos|lo hablamos|te coment[eé] (?:el otro día|por tel[eé]fono))|seg[uú]n (?:lo )?(?:hablado|conversado|acordado))(?![\p{L}])`,
    flags: 'iu',
  },
];
