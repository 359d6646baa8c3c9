/**
 * German phrase data: The note’s frame: greeting and sign-off.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { alternation } from '../../shared/phrases.js';

export const GREETING = String.raw`^(?:hallo|hi|hey|guten (?:morgen|tag|abend)|liebe[rs]?|sehr geehrte[rs]?|servus|moin(?: moin)?|grüß (?:gott|dich)|grüezi|salü)(?:,?\s+@?[\p{L}\p{N}_.'-]+){0,4}\s*[,!:.—–-]*$`;

export const GREETING_PREFIX = String.raw`^(?:hallo|hi|hey|liebe[rs]?|servus|moin|guten tag)(?![\p{L}])(?: @?[\p{L}\p{N}_.-]+){0,2}[,!:]?\s+`;

export const SIGN_OFF = `^${alternation(`
  mit freundlichen grüßen
  mit (besten|herzlichen|lieben|vielen|freundlichen|schönen|sonnigen) grü(ß|ss)en
  (beste|viele|liebe|herzliche|freundliche|schöne) grüsse
  grüsse
  gruss
  freundliche grüße
  beste grüße
  viele grüße
  liebe grüße
  herzliche grüße
  schöne grüße
  grüße
  gruß
  lg
  vg
  mfg
  danke
  vielen dank
  herzlichen dank
  danke im voraus
  vielen dank im voraus
  bis bald
  (einen )?schönen tag
  schöne woche
  ciao
  tschüss
  bis dann
  beste
  herzlich
  herzlichst
  alles gute
  bis später
`)}(?![\\p{L}])[\\s\\p{L}!,.'-]{0,40}$`;
