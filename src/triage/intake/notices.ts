/**
 * A platform's notices (issue 22): the line in its own voice naming who asks ("Ana Lima has asked you to
 * refer them", "Ana Lima wants a referral"), and a mail's From name that is a hiring system or a hiring
 * mailbox ("Workday", "Acme Careers") or a no-reply address, which is no person: the person its notice names is the
 * sender.
 */
import { APPLIED_UNDER_NAME, HIRING_MAILBOXES, HIRING_SYSTEMS, NOTICE_SENDER } from '../lang/en/intake.js';
import { alternation, wordAlternation } from '../shared/phrases.js';
import { FROM_FIELD, GMAIL_SENDER, senderName } from './mail-sender.js';
import { profileName } from './profile-line.js';

const NOTICES = NOTICE_SENDER.map((p) => new RegExp(p, 'u'));
const APPLIED = new RegExp(APPLIED_UNDER_NAME, 'u');
/** A short line of capitalized words: a name as a card prints it, for names.ts to test. */
const CARD_NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Ll}{1,5})){0,3}$/u;

/** A platform's notice naming someone in its own voice ("Ana Lima has asked you to refer them"): no writer's words. */
export const platformNotice = (line: string) => NOTICES.some((p) => p.test(line.trim()));

/** The sender a platform's notice names ("Ana Lima is interested in: …"), read as a last clue. */
export function noticeSender(lines: readonly string[]): string | null {
  for (const [i, line] of lines.entries()) {
    const name = NOTICES.map((p) => p.exec(line.trim())?.[1]).find(Boolean);
    if (name) return name;
    // A job board's card: whose application it is stands over the job it names.
    if (CARD_NAME.test(line.trim()) && APPLIED.test(lines[i + 1]?.trim() ?? '')) return line.trim();
  }
  return null;
}

const SYSTEM = wordAlternation(HIRING_SYSTEMS.trim().split(/\s+/).join('|'));
const MAILBOX = alternation(HIRING_MAILBOXES);
/**
 * Between a mailbox's words, a separator too ("Acme Careers – Employee Referrals"); never after a person's
 * name ("Dana Reyes – Talent Acquisition" is a recruiter who signs with her team).
 */
const SEP = String.raw`(?:\s*[:|·–—]\s*|\s+-\s+|\s+)`;
/**
 * A system alone or before mailbox words ("Greenhouse", "LinkedIn Job Alerts"), or mailbox words after a
 * company's name ("Northwind Careers", "Talent Acquisition"); a person's name never ends on them.
 */
const SYSTEM_NAME = new RegExp(
  String.raw`^(?:${SYSTEM}(?:[\s:|·–—-]+(?:${MAILBOX}|jobs))*|(?:[\p{L}\p{M}\d&.'’-]+\s+){0,4}${MAILBOX}(?:${SEP}${MAILBOX})*)$`,
  'iu',
);
/** A company's page sent through a system: "Thunder Bay Park via Workday". */
const VIA_SYSTEM = new RegExp(String.raw`\svia\s+${SYSTEM}\s*(?:<|$)`, 'iu');

/** The display name of a From line, before the address: "Workday" in "From: Workday <…@myworkday…>". */
const displayName = (line: string) => {
  const value = line.trim().replace(FROM_FIELD, '').trim();
  return (GMAIL_SENDER.exec(value)?.[1] ?? value).replace(/^["']|["']$/g, '').trim();
};

/** Whether a From line's name is a hiring system or mailbox, or a page sent through one. */
export const systemSender = (fromLine: string): boolean =>
  SYSTEM_NAME.test(displayName(fromLine)) || VIA_SYSTEM.test(fromLine);

/** An address nobody answers ("no-reply@…", "notifications@…", "alerts@…"): a system's, though a person's name may stand before it. */
const NO_REPLY = /<\s*(?:no-?reply|do-?not-?reply|notifications?|alerts?|mailer)[\w.+-]{0,20}@/i;
/** An address at a job board's domain: "…@harvestjobs.example.com", "…@jobs.example.org". */
const JOBS_DOMAIN = /@(?:[\w-]+\.)*[\w-]*jobs?\b/i;
/** A name ending on "Jobs" ("Harvest Jobs"): a board's only at a board's address, for a person may bear it. */
const JOBS_NAME = /^\S.{0,40}\sjobs$/i;
/** A job board's From: "Harvest Jobs <alerts@…>", never "Sam Jobs <sam@…>". */
const jobBoard = (fromLine: string) =>
  JOBS_NAME.test(displayName(fromLine)) && (NO_REPLY.test(fromLine) || JOBS_DOMAIN.test(fromLine));

/** A headline under a card's name: parts between middle dots ("Lab assistant · Open to work · Lyon"). */
const HEADLINE = /\S\s[·•]\s\S/u;
/**
 * The person a system's message card shows: a full name before its headline on one line ("Ana Lima ·
 * Baker at Crumb Co · Leeds"), or a name alone on the line over it.
 */
function cardPerson(lines: readonly string[]): string | null {
  for (const [i, line] of lines.entries()) {
    const inline = profileName(line);
    if (inline && /\s/.test(inline)) return inline;
    const next = lines[i + 1]?.trim() ?? '';
    if (/\s/.test(line.trim()) && CARD_NAME.test(line.trim()) && HEADLINE.test(next)) return line.trim();
  }
  return null;
}

/**
 * The sender of a mail whose From line is `fromLine`: a system's From names no one, and the person its
 * notice names ("Jamal Pierce has asked you to refer them") is who asks.
 */
export function mailSender(fromLine: string, message: readonly string[]): string | null {
  // A no-reply address sends an organisation's notice ("Lakeview Health <no-reply@…>"): whom it names asks.
  const notice = systemSender(fromLine) || NO_REPLY.test(fromLine) ? noticeSender(message) : null;
  // A job board's mail names no one in its From: the card of whose message it carries does.
  if (jobBoard(fromLine)) return notice ?? cardPerson(message);
  if (!systemSender(fromLine)) return notice ?? senderName(fromLine);
  return notice ?? (VIA_SYSTEM.test(fromLine) ? senderName(fromLine) : null);
}
