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

/**
 * The rule a mail client draws over an earlier or a forwarded message, per language, between dashes:
 * "-----Mensagem original-----", "---------- Message transféré ----------". English's is read in
 * intake/mail.ts.
 */
export const MAIL_SEPARATORS: Readonly<Record<string, string>> = {
  es: 'mensaje original',
  pt: 'mensagem original',
  fr: "message d'origine|message original",
  de: 'ursprüngliche nachricht',
  it: 'messaggio originale',
};

/** The same rule over a forwarded message: the note under it was written to the one who forwards it. */
export const FORWARD_SEPARATORS: Readonly<Record<string, string>> = {
  es: 'mensaje reenviado',
  pt: 'mensagem encaminhada',
  fr: 'message transféré',
  de: 'weitergeleitete nachricht',
  it: 'messaggio inoltrato',
};

/** The field that names the sender over a quoted or forwarded message: "De:", "De :", "Von:", "Da:". */
export const SENDER_FIELDS: readonly string[] = ['de', 'von', 'da'];

/** The other fields of that header: to whom, when, the subject ("Para:", "Enviada:", "À :", "Betreff:"). */
export const MAIL_FIELDS: Readonly<Record<string, string>> = {
  es: 'para|enviado|fecha|asunto',
  pt: 'para|enviada|enviado|data|assunto',
  fr: 'à|envoyé|date|objet',
  de: 'an|gesendet|datum|betreff',
  it: 'a|inviato|data|oggetto',
};
