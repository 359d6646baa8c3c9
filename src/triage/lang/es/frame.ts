/**
 * Spanish phrase data: the note’s frame: greeting and sign-off.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { alternation } from '../../shared/phrases.js';

export const GREETING = String.raw`^[¡]?(?:hola|buenas|buenos d[ií]as|buenas tardes|buenas noches|estimad[oa]s?|querid[oa]|apreciad[oa]|qu[eé] tal)(?:[\s,]+@?[\p{L}\p{N}_.'-]+){0,4}\s*[,!:.?¿—–-]*$`;

export const GREETING_PREFIX = String.raw`^[¡]?(?:hola|buenas|estimad[oa]|querid[oa])\b(?: @?[\p{L}\p{N}_.-]+){0,2}[,!:]?\s+`;

export const SIGN_OFF = `^[¡]?${alternation(`
  gracias
  muchas gracias
  mil gracias
  gracias de antemano
  gracias por leerme
  saludos
  un saludo
  saludos cordiales
  un cordial saludo
  un abrazo
  abrazo
  abrazos
  atentamente
  cordialmente
  quedo atent[oa]
  besos
  besitos
  besote
  un beso
  beso
  abrazote
  un fuerte abrazo
  hasta pronto
  nos vemos
  cuídate
  un saludo grande
`)}\\b[\\s\\p{L}!,.'-]{0,40}$`;
