/**
 * Mail as pasted from Gmail or Outlook: the header block above the message (From, Sent, To, Cc,
 * Subject; Gmail's "Name <address>", its date and "to me"), and the quoted history under or above it.
 * Quote headers in many languages ("On … wrote:", "Le … a écrit :", "-----Original Message-----") and
 * device signatures come from email-reply-parser; what it does not cover (a header block at the top,
 * an introduction kept from the quote) are rules of our own.
 */
import EmailReplyParser from 'email-reply-parser';
import { FORWARD_SEPARATORS, MAIL_FIELDS, MAIL_SEPARATORS, SENDER_FIELDS } from '../lang/quoted-history.js';
import { findFrom } from '../shared/text.js';
import { atsField, atsHeaderLine, headerApplicant, jobField, messageOnly } from './ats.js';
import { appTitle, metaAfterName } from './from-meta.js';
import { stampLine } from './furniture.js';
import { nameShaped } from './header-line.js';
import { FROM_FIELD, GMAIL_SENDER, senderName } from './mail-sender.js';
import { mailSender } from './notices.js';
import { isScreenLine } from './screen-line.js';

const LOCAL_FORWARDS = Object.values(FORWARD_SEPARATORS).join('|');
const LOCAL_SEPARATORS = [...Object.values(MAIL_SEPARATORS), LOCAL_FORWARDS].join('|');
/** The rule over an earlier or a forwarded message: "-----Original Message-----", "-----Mensagem original-----". */
export const SEPARATOR = new RegExp(`^-{2,} ?(?:(?:original|forwarded) message|${LOCAL_SEPARATORS}) ?-{2,}$`, 'iu');
/** A separator over a forwarded message, not a reply's quote: "Forwarded message", "Message transféré". */
export const FORWARD_SEPARATOR = new RegExp(`^-{2,} ?(?:forwarded message|${LOCAL_FORWARDS}) ?-{2,}$`, 'iu');
const FIELDS = ['from|to|cc|bcc|sent|date|reply-to', ...SENDER_FIELDS, ...Object.values(MAIL_FIELDS)].join('|');
/**
 * A field's name and value copied apart by a tab, with no colon, as some clients print them
 * ("From<tab>Sam Ortega <…>"): read as the field it is.
 */
export const TABBED_FIELD = new RegExp(`^(${FIELDS}|subject)\\t+(?=\\S)`, 'gimu');
/** The lines a mail client puts above a message: who, when, to whom, in English or another language read. */
export const MAIL_FIELD = new RegExp(
  `^(?:(?:${FIELDS})(?::| :) .{1,200}|begin forwarded message:)$|${SEPARATOR.source}`,
  'iu',
);
export const SUBJECT = /^\s*subject:/i;
/**
 * A forward's subject: "Subject: FW: …", "Subject: Fwd: …". Only blanks within the line before it: a run
 * spanning lines finds the same lines, and reading it from every line start would take the square of its length.
 */
export const FW_SUBJECT = /^[^\S\n\r\u2028\u2029]*subject:\s*(?:fw|fwd):/im;
/**
 * Gmail's date line, month first as in the US ("Tue, Mar 4, 8:12 AM (2 days ago)", "Mar 4, 2025, 8:12 AM")
 * or day first as elsewhere ("Fri, 16 May, 11:05", "Thu 10 Apr 2025, 18:22"), and its "to me" line.
 */
const GMAIL_DATE =
  /^(?:[A-Z][a-z]{2},? )?(?:[A-Z][a-z]{2} \d{1,2}|\d{1,2} [A-Z][a-z]{2})(?:,? \d{4})?,? \d{1,2}:\d{2}\s?(?:AM|PM)?(?: \(.{1,30}\))?(?:\s*☆)?$/;
const GMAIL_TO = /^(?:to|cc|bcc) (?:me|[\p{L}\s,.'-]{1,60})(?:,? (?:cc|bcc): ?(?:me|[\p{L}\s,.'-]{1,60}))*(?:\s*▾)?$/iu;

/** What a quote header or a device signature starts with, in the languages the parser reads (blanks as above). */
const MAIL_HINT = new RegExp(
  [
    String.raw`wrote:|a écrit|escribió|schrieb|scritto|escreveu|skrev|kirjoitti|pisze|napisał|写道|작성|メッセージ`,
    String.raw`original message|ursprüngliche|message d'origine|oprindelig|^[^\S\n\r\u2028\u2029]*(?:from|von|de|da|van)\s?:`,
    String.raw`^(?:sent from|envoyé|gesendet|sendt fra|get outlook|télécharger outlook)|^[^\S\n\r\u2028\u2029]*(?:-{2,4}|_{2,4}|\+{2,4}|={2,4})\s*$`,
  ].join('|'),
  'im',
);

const isHeader = (line: string) =>
  !line.trim() ||
  MAIL_FIELD.test(line.trim()) ||
  SUBJECT.test(line) ||
  GMAIL_SENDER.test(line.trim()) ||
  dateLine(line) ||
  GMAIL_TO.test(line.trim()) ||
  /^attachments?$/i.test(line.trim());

/** A mail's date line: Gmail's, or any stamp a client prints ("10:03 AM (4 hours ago)", "Mon, Oct 12 at 6:02 AM"). */
const dateLine = (line: string) =>
  GMAIL_DATE.test(line.trim()) || (stampLine(line.trim()) && !MAIL_FIELD.test(line.trim())); // "Sent: …" is Outlook's field

/**
 * A sender's name alone on its line, with no address, over the recipients ("Nguyễn Thị Lan" / "to me · 11:26
 * AM", "LaToya Pennington" / "To: Curtis Boone"): how a phone's mail app heads a message.
 */
function bareSender(line: string, next: string): string | null {
  const [name, to] = [line.trim(), next.trim()];
  const recipients = /^(?:to|cc)\b/i.test(to) && (MAIL_FIELD.test(to) || GMAIL_TO.test(to) || stampLine(to));
  return recipients && /\s/.test(name) && nameShaped(name) ? name : null;
}

const nextFilled = (lines: readonly string[], i: number) => findFrom(lines, i + 1, (l) => l.trim()) ?? '';
/** The line under a bare sender that may name the recipients, past a date printed first ("Fri, 15 Mar, 14:20" / "to me"). */
function underSender(lines: readonly string[], i: number): string {
  const next = nextFilled(lines, i);
  // "to me · 11:26 AM" is the recipients' line, its time the date's.
  if (/^(?:to|cc)\b/i.test(next.trim()) || !dateLine(next)) return next;
  return nextFilled(lines, lines.indexOf(next, i + 1));
}

/**
 * A paste that opens with a header block starts with the message itself: the header lines go, the
 * subject stays (it often names the role), and the sender the header names is a clue.
 */
export function dropLeadingHeaders(all: readonly string[]): { lines: string[]; sender: string | null } {
  const top = headerTop(all);
  if (top > 0) {
    // A page copied whole: the subject stays as it was written, a folder label ("Inbox") goes.
    const rest = dropLeadingHeaders(all.slice(top));
    const titles = all.slice(0, top).filter((l) => l.trim() && !isScreenLine(l) && !appTitle(l));
    return { lines: [...titles.slice(0, 2), ...rest.lines], sender: rest.sender };
  }
  const lines = all;
  const bare = bareSender(lines[0] ?? '', underSender(lines, 0));
  let at = bare ? 1 : 0;
  // A hiring system's fields are its header's too, and its applicant wrote the message, not the portal.
  const applicant = headerApplicant(lines);
  const headed = (line: string) =>
    isHeader(line) || (bare !== null && isScreenLine(line)) || (applicant !== null && atsHeaderLine(line));
  // Under a bare sender, the app's own buttons ("View details") are the header's too.
  while (at < lines.length && headed(lines[at] as string)) at++;
  if (at === 0) return { lines: [...lines], sender: null };
  const header = lines.slice(0, at);
  // A forwarded mail's "From" wrote what was forwarded, which may be a thread: not a clue to who asks.
  const forwarded = header.some((l) => FORWARD_SEPARATOR.test(l.trim()) || /begin forwarded/i.test(l));
  const fromLine = forwarded
    ? undefined
    : (header.find((l) => FROM_FIELD.test(l)) ?? header.find((l) => GMAIL_SENDER.test(l.trim())));
  const message = applicant ? messageOnly(lines.slice(at)) : lines.slice(at);
  return {
    lines: [...header.filter((l) => SUBJECT.test(l) || (applicant !== null && jobField(l))), ...message],
    sender: applicant ?? (fromLine ? mailSender(fromLine, message) : bare),
  };
}

/**
 * Gmail's conversation view pasted whole: each message under its own sender and date lines. The latest
 * message is the note, its sender the clue; the earlier ones are quoted history, set under it.
 */
export function latestInThread(lines: readonly string[]): { lines: string[]; sender: string | null } | null {
  const starts = lines.flatMap((l, i) =>
    GMAIL_SENDER.test(l.trim()) && GMAIL_DATE.test(nextFilled(lines, i).trim()) ? [i] : [],
  );
  const at = starts.at(-1);
  if (at === undefined || !lines.slice(0, at).some((l) => /[\p{L}][.!?]\s*$/u.test(l.trim()))) return null;
  let body = at + 1;
  while (body < lines.length && isHeader(lines[body] as string)) body++;
  const subject = lines.filter((l) => SUBJECT.test(l)).slice(0, 1);
  const earlier = lines.slice(0, at).filter((l) => !SUBJECT.test(l));
  return {
    lines: [...subject, ...lines.slice(body), '', ...earlier.map((l) => `> ${l}`)],
    sender: senderName(lines[at] as string),
  };
}

/** Whether the paste opens like mail: a header field, a Gmail sender line, a forward marker. */
export function opensWithHeaders(lines: readonly string[]): boolean {
  const [first = '', ...rest] = lines.filter((l) => l.trim()).map((l) => l.trim());
  // Some clients copy the subject above the fields ("Subject: …" then "From: …"): still a header block.
  const subjectFirst =
    SUBJECT.test(first) && (MAIL_FIELD.test(rest[0] ?? '') || rest.slice(0, 3).some((l) => FROM_FIELD.test(l)));
  return (
    /^(?:from|to|sent|date|cc|-{2,}|begin)/i.test(first) ||
    subjectFirst ||
    GMAIL_SENDER.test(first) ||
    headerTop(lines) > 0
  );
}

/** Whether a mail's header block stands under the page's title lines: mail, whatever else the page shows. */
export const headedPage = (lines: readonly string[]) => headerTop(lines) > 0;

/**
 * Whether a mail's header block opens the paste or stands under its title lines: mail, though a résumé
 * pasted under it has a line shaped like a chat's label and stamp ("Bar Staff, Riverside Arena — May 2021").
 */
export const headedMail = (lines: readonly string[]) => headerTop(lines, true) >= 0;

/**
 * A mail's page copied whole opens with its subject, maybe a folder label and the app's name ("GMX
 * Posteingang", "Inbox"), above the header: a Gmail sender line over its date, or a "From:" field.
 * The index of the header's first line, or -1.
 */
function headerTop(lines: readonly string[], fromTop = false): number {
  const filled = lines.flatMap((l, i) => (l.trim() ? [i] : [])).slice(0, 5);
  for (const [k, i] of filled.entries()) {
    const next = filled[k + 1];
    if ((k === 0 && !fromTop) || k > 2 || next === undefined) continue;
    const line = lines[i]?.trim() ?? '';
    // Above a From field, a title is no sentence: a line that ends on one is the note's, over quoted mail.
    // A forward's separator over the fields is the header's own first line, no title.
    const above = filled.slice(0, k).map((t) => lines[t] ?? '');
    const titles = above.every((t) => !/[.!?:]$/.test(t.trim()) && !isHeader(t));
    // A job board's From line carries the app's fields after the name, or stands over the date alone;
    // a hiring system's stands over its own fields (Applicant, Requisition, Status).
    const over = (n: string) =>
      MAIL_FIELD.test(n.trim()) || atsField(n) || dateLine(n.trim()) || metaAfterName(line.replace(FROM_FIELD, ''));
    if (titles && FROM_FIELD.test(line) && over(lines[next] ?? '')) return i;
    // A subject may be a question ("Pharmacy student - quick question?"): over a sender's line it is still a title.
    const subjects = above.every((t) => !/[.!:]$/.test(t.trim()) && !isHeader(t));
    if (subjects && bareSender(line, underSender(lines, i))) return i;
    // Gmail may show "Attachments" or the recipients between the sender and the date.
    const dated = [next, filled[k + 2]].some((n) => n !== undefined && dateLine(lines[n] ?? ''));
    if (GMAIL_SENDER.test(line) && dated) return i;
  }
  return -1;
}

/**
 * Where the quoted history or a device signature begins, as email-reply-parser reads the paste: the
 * index of the first line of its first hidden fragment below some visible text, or -1.
 */
export function historyStart(all: readonly string[], keep: (line: string) => boolean = () => false): number {
  // Only a paste with a quote header or a device signature is given to the parser, a line at most
  // 300 characters long: some of its patterns are quadratic on a long line.
  if (!MAIL_HINT.test(all.join('\n'))) return -1;
  const lines = all.map((l) => l.slice(0, 300));
  const email = new EmailReplyParser().read(lines.join('\n'));
  let offset = 0;
  let seenVisible = false;
  for (const fragment of email.getFragments()) {
    const content = fragment.getContent();
    const start = findLine(lines, content, offset);
    const hidden = fragment.isHidden() && (fragment.isQuoted() || fragment.isSignature());
    if (hidden && seenVisible && start >= 0 && !keep(lines[start] as string)) return start;
    if (!fragment.isHidden() && content.trim()) seenVisible = true;
    if (start >= 0) offset = start + 1;
  }
  return -1;
}

/** The line where a fragment's first non-empty line is, from `offset` on. */
function findLine(lines: readonly string[], content: string, offset: number): number {
  const first = content
    .split('\n')
    .find((l) => l.trim())
    ?.trim();
  if (!first) return -1;
  for (let i = offset; i < lines.length; i++) if ((lines[i] ?? '').trim() === first) return i;
  return -1;
}
