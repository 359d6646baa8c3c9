/**
 * LinkedIn's messaging page and InMail as copied: buttons, read receipts, times, dates, the sender's
 * name line and headline, in any order. The sender LinkedIn names is kept as a clue to who wrote.
 */
import { LINKEDIN_SCREEN, LINKEDIN_SENDER } from '../lang/en/intake.js';
import { alternation } from '../shared/phrases.js';
import { labelAsName } from './header-line.js';
import { isScreenLine, labelRow } from './screen-line.js';

/** A person's name as LinkedIn prints it: one to four words, any script. */
const NAME = String.raw`[\p{L}\p{M}][\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}][\p{L}\p{M}'’.-]*){0,3}`;
const SCREEN_LINE = new RegExp(`^${alternation(LINKEDIN_SCREEN).replaceAll('NAME', NAME)}$`, 'iu');
const SENDER = LINKEDIN_SENDER.map((p) => new RegExp(p, 'u'));
/** A headline under the name line: "Senior PM at Quillstack | CI/CD & Dev Tools", short and unpunctuated but for initials ("B.S."). */
const HEADLINE = /^(?:[^.!?]|(?<=\p{Lu})\.){3,160}(?:\bat\b|\||[·•])(?:[^.!?]|(?<=\p{Lu})\.){0,160}$/u;

/** The same screen in the other languages the triage reads: "Profil anzeigen", "Scrivi un messaggio…". */
const LOCAL_SCREEN =
  /^(?:profil anzeigen|visualizza profilo|ver perfil|voir le profil|nachricht schreiben|scrivi un messaggio|escreva uma mensagem|escribe un mensaje|écrire un message)|enviou as seguintes mensagens/imu;

/**
 * The name line with the connection's degree as the other languages print it: "3er+", "2º", "3e et +",
 * "2.", "3°+"; and the name line over a message with a time written "08 h 12".
 */
const LOCAL_DEGREE = /^(.{2,60}?)\s?[·•]\s?(?:1er|1re|2do|2da|3er|3ro|[123][eº°ª]|[123]\.)(?:\s?\+|\s?et \+)?$/u;
const LOCAL_OVER_A_MESSAGE = /^(\p{Lu}.{1,59}?)\s+(?:[·•]\s?)?\d{1,2}\s?h\s?\d{2}$/u;

/** Whether the paste carries LinkedIn's screen text. */
export function looksLikeLinkedIn(text: string): boolean {
  return (
    /linkedin|view (?:full )?profile|view \S+['’]s profile|seen by|sent the following message|write a message|\b(?:1st|2nd|3rd)\s*$|inmail/im.test(
      text,
    ) || LOCAL_SCREEN.test(text)
  );
}

/**
 * The lines that name the sender weakly: a label over a message ("Name  9:14 AM", "Name • 2:07 PM"),
 * and a profile's button ("View Hannah's profile"), which other apps print for whoever the message
 * is about, not only for who wrote it.
 */
const WEAK_SENDER = new Set([2, 4, 6]);

/** Post-nominals after the name, each after a comma: ", M.A., CCC-SLP", ", RN", ", LEED AP", ", PhD". */
const POST_NOMINALS = /(?:,\s*(?:\p{Lu}[\p{Lu}.()-]*\p{Lu}\.?(?: \p{Lu}{2,})*|Ph\.?D\.?|Esq\.?|Jr\.?|Sr\.?))+$/u;

const NAME_LINE = new RegExp(`^${NAME}$`, 'u');
/** A name line as LinkedIn prints it, without its post-nominals: capitalized, no separator, no screen text. */
const nameLine = (line: string) => {
  const name = line.replace(POST_NOMINALS, '');
  return NAME_LINE.test(name) && !isScreenLine(name) && /^\p{Lu}/u.test(name) && !/[·•:|]/u.test(name) ? name : null;
};

/**
 * InMail's header: the sender's name line, their headline, then "InMail · Mar 4"; or "InMail" alone over
 * the name line and the headline (blank lines between are allowed). The index of the name line, or -1.
 */
function inMailNameLine(lines: readonly string[]): number {
  const filled = lines.flatMap((l, i) => (l.trim() ? [i] : []));
  // Over "InMail · Mar 4", the two lines just above it; under "InMail" alone, the first two past the page's own
  // lines ("Sponsored"), which may stand between, and not a name line with its degree ("Jonas Pfeiffer · 3rd").
  const at = filled.findIndex((i) => /^(?:linkedin )?inmail\s?[·•]/iu.test(lines[i]?.trim() ?? ''));
  const top = filled.findIndex((i) => /^(?:linkedin )?inmail$/iu.test(lines[i]?.trim() ?? ''));
  const under = top >= 0 ? filled.slice(top + 1).filter((i) => !SCREEN_LINE.test(lines[i]?.trim() ?? '')) : [];
  const [n, h] = at >= 2 ? [filled[at - 2], filled[at - 1]] : [under[0], under[1]];
  const [name, headline] = [lines[n ?? -1]?.trim() ?? '', lines[h ?? -1]?.trim() ?? ''];
  const headed = HEADLINE.test(headline) && (at >= 2 || !SENDER[1]?.test(headline));
  return n !== undefined && headed && nameLine(name) ? n : -1;
}

/** InMail's sender, from its header's name line, without post-nominals ("Valentina Ruiz-Castro, M.A., CCC-SLP"). */
function inMailSender(lines: readonly string[]): string | null {
  const at = inMailNameLine(lines);
  return at >= 0 ? nameLine(lines[at]?.trim() ?? '') : null;
}

/**
 * The sender LinkedIn names, when a line says it; with `strong`, only a line that names the thread's
 * other party ("Conversation with X", "X · 2nd", "X sent the following message"), not a label over a
 * message or a profile's button.
 */
export function linkedInSender(lines: readonly string[], strong = false): string | null {
  const inMail = inMailSender(lines);
  if (inMail) return inMail;
  // Another language's degree line may be the referrer's own ("Fernanda Lacerda • 1º"): a weak clue only.
  const patterns = strong
    ? SENDER.filter((_, i) => !WEAK_SENDER.has(i))
    : [...SENDER, LOCAL_DEGREE, LOCAL_OVER_A_MESSAGE];
  for (const line of lines) {
    for (const pattern of patterns) {
      const name = pattern.exec(line.trim())?.[1]?.trim();
      // The referrer's own side of the thread ("You • 5:02 PM") is not who wrote.
      // …nor is a receipt shaped like a label ("Sent · 2:14 PM").
      if (!name || /^(?:you|me)$/i.test(name) || isScreenLine(name)) continue;
      // A label over a message is any chat app's, Teams' "Horváth, Zsófia  09:47" too: the name turned round.
      return WEAK_SENDER.has(SENDER.indexOf(pattern)) ? labelAsName(name) : name;
    }
  }
  return null;
}

/**
 * Drops the screen text. A headline right under the sender's name line ("X · 2nd") goes too, and so
 * does the name line before a time ("Brandon Kessler  9:14 AM").
 */
export function dropLinkedInScreen(lines: readonly string[]): string[] {
  const kept: string[] = [];
  let afterNameLine = false;
  // The contact beside the back arrow comes back alone over their message ("Dana Reyes, RN"): screen text too.
  let contact: string | null = null;
  // InMail's name line over the headline: both are the page's.
  const inMailName = inMailNameLine(lines);
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim().replace(/\s{2,}/g, ' ');
    if (i === inMailName) {
      afterNameLine = true;
      continue;
    }
    const arrow = /^(?:‹|<\s)\s*(.+)$/u.exec(trimmed)?.[1];
    if (arrow && !/^(?:messag|inbox|back$|chats$)/i.test(arrow)) contact = arrow;
    if (!arrow && contact && trimmed === contact) {
      afterNameLine = true;
      continue;
    }
    if (afterNameLine && HEADLINE.test(trimmed) && !SENDER[1]?.test(trimmed)) {
      afterNameLine = false;
      continue;
    }
    const nameLine = (SENDER[1]?.test(trimmed) ?? false) || LOCAL_DEGREE.test(trimmed) || /^(?:‹|<\s)/.test(trimmed);
    // A status under the name line ("Active now") stands between it and the headline.
    const status: boolean = afterNameLine && /^active\b/i.test(trimmed);
    afterNameLine = nameLine || status;
    if (trimmed && (SCREEN_LINE.test(trimmed) || LOCAL_DEGREE.test(trimmed) || LOCAL_OVER_A_MESSAGE.test(trimmed)))
      continue;
    // A row of buttons spaced apart ("Refer    Not now", "Accept   Ignore"): the page's, never one's ask.
    if (/\S\s{3,}\S/.test(line.trim()) && labelRow(line)) continue;
    kept.push(line);
  }
  return kept;
}
