/**
 * The line a mail client puts over quoted history, per language: what follows it is an earlier
 * message, not the note. English is read by intake/normalize.ts; these are the others, as data.
 *
 *   es  "El mar, 3 mar 2026 a las 10:02, Ana Pérez <ana@…> escribió:"
 *   pt  "Em qua., 4 de mar. de 2026 às 09:15, Ana <ana@…> escreveu:"
 *   fr  "Le mar. 3 mars 2026 à 10:02, Anne Martin <anne@…> a écrit :"
 *   de  "Am Di., 3. März 2026 um 10:02 Uhr schrieb Anna Müller <anna@…>:"
 *   it  "Il giorno mar 3 mar 2026 alle ore 10:02 Anna Rossi <anna@…> ha scritto:"
 *   hi-en  Hinglish notes arrive from English mail clients: English's header.
 */
export const QUOTED_HISTORY: Readonly<Record<string, string>> = {
  es: String.raw`^(?:El|el) [^\n]{4,120} escribi[oó]:\s*$`,
  pt: String.raw`^(?:Em|em|No dia) [^\n]{4,120} escreveu:\s*$`,
  fr: String.raw`^(?:Le|le) [^\n]{4,120} a [ée]crit\s?:\s*$`,
  de: String.raw`^(?:Am|am) [^\n]{4,120} schrieb [^\n]{0,80}:\s*$`,
  it: String.raw`^(?:Il giorno|il giorno|In data) [^\n]{4,120} ha scritto:\s*$`,
};
