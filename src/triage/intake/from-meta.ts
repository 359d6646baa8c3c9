/**
 * A job board's or an ATS's message header (issue 22): the "From:" field's name, then on the same line
 * what the app says about the sender, set apart by "·", "•" or "|" ("From: Brandon K. Lutz · Applied to:
 * 0 of your jobs", "From: Ortega, Sam • Candidate"). The name is the sender's as in a mail's From field,
 * the rest the app's; over it, the app's own title ("TradesHire • Messages") is screen text, no subject.
 */
import { APP_SECTIONS } from '../lang/en/intake.js';
import { labelAsName, nameShaped } from './header-line.js';

/** The separators between a sender's name and the app's fields after it. */
const META = /\s+[·•|]\s+/;
const APP_SECTION = new RegExp(APP_SECTIONS, 'i');

/** A From field's value without the app's fields after the name: "Brandon K. Lutz · Applied to: …" reads "Brandon K. Lutz". */
export const withoutMeta = (value: string): string => value.split(META)[0] ?? value;

/** Whether a From field's value is a name, then the app's fields: a message header, whatever stands around it. */
export function metaAfterName(value: string): boolean {
  const [name, ...meta] = value.trim().split(META);
  return meta.length > 0 && name !== undefined && nameShaped(labelAsName(name));
}

/** An app's title over a header: its name and a list's ("TradesHire • Messages", "Inbox | Hireline"). */
export const appTitle = (line: string): boolean => {
  const parts = line.trim().split(META);
  return parts.length > 1 && parts.some((part) => APP_SECTION.test(part.trim()));
};
