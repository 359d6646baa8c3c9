/**
 * Spanish phrase data: a result, a number, a change the writer made. Decimal commas and local
 * grouping ("4,5 %", "2.300", "2'300") are numbers; a result in words ("bajó a la mitad") is one.
 * Data only: signals/local-proof.ts reads it beside English (findProof reads English alone).
 */
import { alternation, wordAlternation } from '../../shared/phrases.js';

export const PROOF_IMPACT_VERB = `
  reduj\\w*
  reduc\\w*
  redujimos
  aument\\w*
  baj\\w*
  sub\\w*
  mejor\\w*
  duplic\\w*
  tripl\\w*
  ahorr\\w*
  recort\\w*
  crec\\w*
  increment\\w*
  dismin\\w*
  logr\\w*
  consegu\\w*
  pas(amos|aron|ó|o)\\w*
  cerr\\w*
  gan\\w*
  multiplic\\w*
  alcanz\\w*
  super\\w*
  lleg(ó|o|amos|aron) a
  detect\\w*
  identific(ó|amos|aron|o)
`;

export const METRIC_UNIT = '(?:%|por ?ciento|puntos?\\b|pp\\b|millones\\b|mil\\b|k\\b|x\\b|€|euros\\b|d[oó]lares\\b)';

export const COUNTED = wordAlternation(`
  usuarios | clientes | pedidos | reservas | tiendas | equipos | personas | ventas | empleados | transacciones
  tickets | incidencias | cuentas | proyectos | pacientes | alumnos | estudiantes | contratos | despliegues
  trabajadores | servicios | países | mercados | descargas | suscriptores | socios | proveedores | envíos | pólizas | casos
  ejemplares | copias | libros | títulos | suscripciones
  visualizaciones | vistas | reproducciones | escuchas | oyentes | seguidores | impresiones | visitas | lectores
  siniestros | reclamos | reclamaciones | alertas | fraudes | denuncias | expedientes
`);

/** A number: digits with local grouping or a decimal comma. */
const N = String.raw`\d[\d.,'’]*`;

export const PROOF_METRIC = alternation(`
  \\b${N}\\s?${METRIC_UNIT}
  [$€£]\\s?\\d
  \\b${N}\\+?\\s(?:[a-záéíóúñ-]{2,20}\\s){0,2}${COUNTED}
  \\b(de|desde) ${N}\\s?%?( [\\wáéíóúñ-]+){0,3} (a|hasta) (menos de |unos |unas |solo |apenas )?\\d
`);

export const PROOF_TIME_SAVED = String.raw`\b(?:ahorr\w*|reduj\w*|reduc\w*|recort\w*|baj\w*|acort\w*)\b[^.!?]{0,60}?\b(?:\d[\d.,]*\s?|(?:dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce|quince|veinte|treinta) )(?:horas?|minutos?|d[ií]as|semanas?|meses)\b`;

export const PROOF_RATE = alternation(`
  \\b${N} ([\\wáéíóúñ-]+ ){0,2}(por|a la|al|cada) (hora|turno|d[ií]a|semana|mes)\\b[^.!?]{0,30}?\\b(de|desde|frente a) (unos |unas )?\\d
`);

export const QUANTITY = `(?:\\d|${wordAlternation(`
  un | una | dos | tres | cuatro | cinco | seis | siete | ocho | nueve | diez | doce | quince | veinte
  treinta | cuarenta | cincuenta | cien | cientos | miles | docenas? | mitad | casi nunca | nunca | cero
`)}\\b)`;

export const PROOF_IN_WORDS = alternation(`
  \\b(duplicar|triplicar|cuadruplicar) (el|la|los|las|nuestr[oa]s?)\\b
  # a level raised: "llevamos la certificación del nivel básico al nivel superior"
  \\bdel (nivel|grado|rating) [a-záéíóúñ]+ al (nivel|grado|rating) (superior|máximo|más alto|avanzado|higher)(?![a-záéíóúñ])
  \\b(a|en) la mitad\\b
  # a time against the planned or usual one: "en cinco meses en lugar de los nueve previstos"
  \\ben ${QUANTITY} (horas|días|semanas|meses|años)(?![a-záéíóúñ]),? (en lugar d|en vez d|frente a )[^.;!?]{0,12}${QUANTITY}
  # an accented last letter is no word character, so the end is a lookahead, not \\b
  \\b(duplicamos|duplicó|duplicaron|duplicado|triplicamos|triplicó|triplicaron|triplicado|cuadruplicamos|cuadruplicó)(?![a-záéíóúñ])
  \\b(redujimos|reduje|reducido|bajó|bajaron|cayó|cayeron) (casi |más de )?(a la|en la|por la) mitad\\b
  # an outcome with nothing gone wrong: "sin una sola demanda posterior", "sin ningún accidente"
  \\bsin (una sola|un solo|ning[uú]n|ninguna) (demanda|queja|reclamaci[oó]n|incidencia|accidente|error|baja|despido|sanci[oó]n|multa)s?\\b
  # what used to take long, and takes little now: the before and the after, each with its unit
  \\b(tardaba|llevaba|demoraba|duraba|tomaba|consum[ií]a) [^.;!?]{0,40}?\\d[\\d.,]* ?(horas?|minutos?|min|d[ií]as?|semanas?|meses|segundos?)(?![\\wÀ-ÿ])[^.;!?]{0,80}?\\b(ahora|hoy|hoy en d[ií]a|pas[oó] a)\\b[^.;!?]{0,40}?\\d[\\d.,]* ?(horas?|minutos?|min|d[ií]as?|semanas?|meses|segundos?)(?![\\wÀ-ÿ])
`);

export const PROOF_WORK_RATE = String.raw`\b(?:gestiono|atiendo|cierro|proceso|llevo|resuelvo) (?:unos |unas |más de |cerca de )?\d[\d.,]*\+? (?:[\wáéíóúñ-]+ ){0,3}(?:por|a la|al|cada) (?:hora|turno|d[ií]a|semana|mes|año)\b`;

export const PROOF_FROM_TO = `\\b(de|desde)\\b[^;!?]{0,60}?${QUANTITY}[^;!?]{0,60}?\\b(a|hasta)\\b (menos de |unos |unas |solo |apenas )?\\d`;

export const NOT_A_PROOF = `
  (me )?(postulé|presenté|apliqué) a (más de )?\\d
  \\d+ (postulaciones|candidaturas|entrevistas|rechazos)
  \\d+ minutos (de tu tiempo|de su tiempo|para)
`;
