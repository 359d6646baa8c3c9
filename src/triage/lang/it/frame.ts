/**
 * Italian phrase data: The note’s frame: greeting and sign-off.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { alternation } from '../../shared/phrases.js';

export const GREETING = String.raw`^(?:ciao|buongiorno|buonasera|salve|gentile|gentilissim[oa]|egregi[oa]|car[oa]|hey|hello)(?:,?\s+@?[\p{L}\p{N}_.'-]+){0,4}\s*[,!:.—–-]*$`;

export const GREETING_PREFIX = String.raw`^(?:ciao|buongiorno|buonasera|salve|gentile|car[oa])(?![\p{L}])(?: @?[\p{L}\p{N}_.-]+){0,2}[,!:]?\s+`;

export const SIGN_OFF = `^${alternation(`
  cordiali saluti
  distinti saluti
  saluti
  un saluto
  un caro saluto
  a presto
  grazie
  grazie mille
  grazie in anticipo
  grazie ancora
  ti ringrazio
  la ringrazio
  buona giornata
  buona serata
  buon lavoro
  un abbraccio
  baci
  bacioni
  un bacio
  ciao
  a risentirci
  resto a disposizione
  in attesa di un (tuo|suo) riscontro
  cordialmente
  un abbraccio forte
  un saluto cordiale
  baci e abbracci
  un caro abbraccio
  saluti cordiali
`)}(?![\\p{L}])[\\s\\p{L}!,.'-]{0,40}$`;
