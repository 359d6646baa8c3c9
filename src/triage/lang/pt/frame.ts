/**
 * Portuguese phrase data: the note’s frame: greeting and sign-off.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { alternation } from '../../shared/phrases.js';

export const GREETING = String.raw`^(?:oi|ol[áa]|bom dia|boa tarde|boa noite|prezad[oa]s?|car[oa]|querid[oa]|e a[ií])(?:[\s,]+@?[\p{L}\p{N}_.'-]+){0,4}\s*[,!:.?—–-]*$`;

export const GREETING_PREFIX = String.raw`^(?:oi|ol[áa]|prezad[oa]|car[oa])\b(?: @?[\p{L}\p{N}_.-]+){0,2}[,!:]?\s+`;

export const SIGN_OFF = `^${alternation(`
  obrigad[oa]
  muito obrigad[oa]
  desde já obrigad[oa]
  valeu
  abraço
  abraços
  um abraço
  grande abraço
  atenciosamente
  cordialmente
  com os melhores cumprimentos
  melhores cumprimentos
  cumprimentos
  saudações
  beijos
  beijinhos
  bjs
  até mais
  beijo
  beijão
  bj
  abs
  forte abraço
  um beijo
  fica bem
  até breve
  tudo de bom
`)}\\b[\\s\\p{L}!,.'-]{0,40}$`;
