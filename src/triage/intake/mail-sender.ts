/**
 * Who sent a mail, read off its header: the "From:" field in the languages read, Gmail's sender line,
 * and the name without its address, its service's words or its post-nominals.
 */
import { SENDER_FIELDS } from '../lang/quoted-history.js';
import { withoutMeta } from './from-meta.js';
import { withoutFurniture } from './furniture.js';

/** The field naming a message's sender, in English or another language read ("From:", "De :", "Von:"). */
export const FROM_FIELD = new RegExp(`^\\s*(?:from|${SENDER_FIELDS.join('|')}) ?:`, 'iu');
/** Gmail's sender line: "Sam Ortega <sam@example.com>", maybe with "via LinkedIn" or a date after it. */
export const GMAIL_SENDER = /^([^<>\n@]{2,60}?)\s*<[^<>\s@]+@[^<>\s]+>(?:\s.{0,60})?$/u;
/** The sender's name from a "From:" line or a Gmail sender line, without the address. */
export function senderName(line: string): string | null {
  const trimmed = line.trim();
  // A job board prints its own fields after the name ("From: Brandon K. Lutz · Applied to: 0 of your jobs").
  const from = FROM_FIELD.test(trimmed) ? withoutMeta(trimmed.replace(FROM_FIELD, '').trim()) : trimmed;
  // What a mail service prints beside the name ("Inês Carvalho-Mendes via Lunchclub") is no part of it.
  const named = GMAIL_SENDER.exec(from)?.[1] ?? (/@/.test(from) ? '' : from);
  const bare = (withoutFurniture(named).middle || named)
    .replace(/^["']|["']$/g, '')
    .replace(/\s*\[mailto:[^\]]*\]/i, '')
    .trim();
  if (!bare || /@/.test(bare)) return null;
  // Post-nominals after a comma go first ("Achebe, Emeka, MD" and "…, MD PhD" are "Achebe, Emeka").
  const parts = bare.split(/\s*,\s*/);
  const postNominals = (part: string) => part.split(/\s+/).every((w) => POST_NOMINAL.test(w));
  while (parts.length > 1 && postNominals(parts[parts.length - 1] ?? '')) parts.pop();
  // Outlook writes "Ortega, Sam"; "Kwabena Mensah-Bonsu, PE" is a name and its post-nominal. A directory's
  // note after the given name ("Drummond, Ewan (Prof)", "Ortega, Sam (Finance)") is the label's, not the name's.
  const given = parts[1]?.replace(/\s*\([^()]*\)$/, '');
  return parts.length === 2 && given ? `${given} ${parts[0]}` : parts.join(', ');
}

/** A post-nominal written after a comma: "PE", "MD", "Ph.D.", "Esq.", "Jr." */
const POST_NOMINAL = /^(?:\p{Lu}[\p{Lu}.()-]+|\p{Lu}[\p{L}]?\.?\p{Lu}\.?|Ph\.?D\.?|Esq\.?|Jr\.?|Sr\.?|[IV]{2,3})$/u;
