/**
 * Spanish phrase data: what makes a referral risky: flattery, pressure, bumps, placeholders, asks on someone else’s behalf.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { type RegexData, wordAlternation } from '../../shared/phrases.js';

export const PRAISE = wordAlternation(`
  inspiración | referente | crack | genio | ídolo | modelo a seguir | increíble | la mejor | el mejor
`);

export const FLATTERY = `
  admiro (muchísimo |mucho |un montón )?(tu|su)
  (te|le) sigo (hace|desde)
  (eres|sos|es usted) (todo |toda )?(una |un )?(gran |verdadera |verdadero |auténtica |auténtico |absoluta |absoluto )?${PRAISE}
  (una|un) (gran |verdadera |verdadero )?(inspiración|referente)
  (gran|muy) fan
  (tu|su) (trayectoria|carrera|recorrido) es (simplemente |realmente |muy |súper |totalmente )?(increíble|impresionante|admirable|inspiradora|brutal)
  (increíble|impresionante|admirable) trayectoria
  (una de las|uno de los) (personas|profesionales|referentes|líderes) que (yo )?más (admiro|respeto|sigo)
  (llevo|he estado) (años|tiempo|meses) siguiendo (tu|su) (trayectoria|carrera|trabajo|recorrido)
  (llevo|hace) (muchísimo |mucho |años |tiempo )?(tiempo )?(siguiéndote|siguiéndola|siguiéndolo)
  (me|nos) (inspiras|inspira) (muchísimo|un montón|tanto)
`;

export const PRESSURE = `
  (es|sería|eres) mi (última|ultima|única|unica) (oportunidad|opción|esperanza|salida)
  me (lo )?debes\\b
  necesito (una )?respuesta (hoy|ya|cuanto antes|antes del?)
  (eres|es usted) (la única|el único|mi única|mi último|mi última)\\b
  (veo|ya veo) que lo has (leído|visto) y no (contestas|respondes)
  pensaba que eras más
  pens[eé] que eras (más |mejor )?(buena onda|amable|bacán|mejor persona|más)
  # guilt: "no te cuesta nada"; a deadline set for the referrer: "necesito que me recomiendes"
  no (te|le) cuesta nada
  necesito que me (recomiendes|recomiende|refieras|refiera|respondas|responda)
  mi (única|ultima|última) (esperanza|opción)
  (?<!(nada|no es|no|nada de) )urgente(mente)?
  cuanto antes
  lo antes posible
  (hoy|mañana) mismo
  (te|se lo) (ruego|suplico)
  por favor,? por favor
  desesperad[oa]
  necesito (este trabajo|esto|tu ayuda|su ayuda) (ya|hoy|sí o sí)
  no me (dejes|deje) (tirad[oa]|colgad[oa])
  (mi|nuestra) (visa|familia|vida) depende de
`;

/** An earlier message, in the past or the past before it ("te había escrito"). */
export const CONTACTED =
  '(te escribí|le escribí|te mandé|le mandé|te envié|le envié|te contacté|le contacté|te había escrito|le había escrito|te había mandado|le había mandado|te había contactado|le había contactado)';

export const FOLLOW_UP = `
  (perdona|perdone|disculpa|disculpe) (la|mi) insistencia
  (pudiste|has podido|alcanzaste a|alcanzó a|pudo) (ver|leer) mi (mensaje|correo)
  (perdona|perdone|disculpa|disculpe)(me)? que insista
  vuelvo a escribir(te|le)?
  ${CONTACTED}
  mi (mensaje|correo|email) (anterior|de la semana pasada|del otro día)
  por si (mi mensaje|mi correo|no lo viste|no lo vio|se (te |le )?perdió)
  (segundo|tercer|cuarto) (mensaje|correo|intento)
  (te|le) recuerdo mi
  insisto (de nuevo|otra vez)
  (te|le|les) escribo (de nuevo|nuevamente|otra vez)
  mis (\\w+ )?(mensajes|correos|emails) anteriores
  no he recibido respuesta
  no sé si (lo |la )?(viste|vio|leíste|leyó|has visto|ha visto)
`;

export const CONTACT_VERB = `\\b(?:${CONTACTED.slice(1, -1)})((?: \\w+){0,3})`;

export const QUANTIFIER = String.raw`\b(una vez|dos veces|tres veces|(\d{1,2}) veces|varias veces)\b`;

export const REPEATED_BUMP = String.raw`\b(?:(?:vuelvo|volviendo) a escribir(?:te|le)? (?:de nuevo|otra vez)|mis (?:dos|tres|varios|últimos) (?:mensajes|correos))\b`;

export const ORDINAL_MESSAGE = String.raw`\b(segundo|tercer|tercero|cuarto|quinto) (?:mensaje|correo|intento)\b`;

export const PLACEHOLDER_PATTERNS: ReadonlyArray<readonly [string, RegexData]> = [
  [
    '[',
    { source: String.raw`\[(?:NOMBRE|EMPRESA|PUESTO|CARGO|ÁREA|AREA|NOMBRE DE LA EMPRESA)[^\]\n]{0,30}\]`, flags: 'i' },
  ],
  ['{', { source: String.raw`\{\{?\s*(?:nombre|empresa|puesto)\s*\}?\}`, flags: 'i' }],
];

export const ON_BEHALF = `
  # a recruiter offering candidates: "estoy trabajando con varios perfiles muy sólidos"
  (estoy trabajando|estamos trabajando|trabajo|trabajamos) con (varios|algunos|unos|diversos) (perfiles|candidat[oa]s)
  en nombre de (mi|un|una|nuestro) (cliente|candidat[oa])
  # a recruiter's one candidate, unnamed: "estoy trabajando con un candidato excelente"
  (estoy trabajando|estamos trabajando|estoy acompañando|estamos acompañando|acompaño|acompañamos|estoy representando|estamos representando|represento|representamos|estoy asesorando|estamos asesorando) (con |a )?(un|una) (candidat[oa]|perfil|profesional)\\b
  # the candidate kept anonymous: "todavía no puedo compartir su nombre"
  no (puedo|podemos) (todavía |aún |por ahora )?(compartir|revelar|dar|decirte|decirle|pasarte|pasarle) (su|el) nombre
  mi (hijo|hija|sobrino|sobrina|hermano|hermana|primo|prima) (acaba de|busca|está buscando|necesita)
  (podrías|puedes|podría) (recomendarlo|recomendarla|referirlo|referirla)\\b
  (somos|trabajo en) una (agencia|consultora) de (selección|reclutamiento)
  honorarios de (colocación|selección)
`;

export const NOT_A_REFERRAL = `
  (ser|hacer de) (mi|una) referencia
  una carta de recomendación
  (presentarme|ponerme en contacto) con (el|la) (responsable|encargad[oa]) de (compras|proveedores)
  (una )?demo (rápida|breve)
`;

export const SERVICE_ASK = `
  (preséntame|ponme en contacto|me pondrías en contacto) con (quien|la persona que|alguien que) (lleva|gestiona|decide|compra)
`;

export const JOB_TALK = String.raw`\b(?:vacantes?|puestos?|empleos?|trabajo|ofertas?|procesos? de selecci\w+|contrataci\w+|entrevistas?|cv|curr[ií]culum|rol|roles)\b`;

export const BROADCAST = String.raw`\bhola a tod[oa]s\b|\b(?:escribiendo|escribo|escribiendo a|contactando a) (?:a )?(?:varias|muchas|varios|muchos|diferentes|distintos) (?:personas|profesionales|contactos)\b`;
