/**
 * Turns a pasted request (Slack mrkdwn, a LinkedIn message, an email with its history) into the
 * plain text a person reads. Every evidence span the triage reports is a substring of this text.
 */
import { INTRODUCTIONS } from '../lang/introductions.js';
import { phraseMatcher } from '../shared/phrases.js';
import { withAddressedLines } from './addressed-lines.js';
import { withoutMailBanners } from './banners.js';
import { earlierOwnMessage, signedName } from './earlier.js';
import { type Forwarded, forwardedNote, forwardedRecipient, forwardedSender, forwards, goBetween } from './forward.js';
import { carriesMessage } from './forward-mark.js';
import { hasWords, type Intake } from './intake.js';
import { stripInvisibles } from './invisibles.js';
import { dropLeadingHeaders, historyStart, latestInThread, MAIL_FIELD, opensWithHeaders, SEPARATOR } from './mail.js';
import { FROM_FIELD } from './mail-sender.js';
import { splitResume } from './resume.js';
import { buttonRow } from './screen-line.js';
import { dropScreens } from './screens.js';
import { senderAddress } from './sender-address.js';
import { blockUnder, CLOSING_LINE, splitSignature } from './signature.js';

const INTRODUCTION = phraseMatcher(INTRODUCTIONS);

const SPECIAL_MENTIONS: Record<string, string> = { here: '@here', channel: '@channel', everyone: '@everyone' };

/** Replaces Slack's `<…>` markup; runs before entities are decoded so only real markup is touched. */
function replaceSlackMarkup(raw: string): string {
  return raw.replace(/<([^<>\n]{1,3000})>/g, (whole, inner: string) => {
    const bar = inner.indexOf('|');
    const target = bar === -1 ? inner : inner.slice(0, bar);
    const label = bar === -1 ? '' : inner.slice(bar + 1);
    switch (target[0]) {
      case '@':
        return label ? `@${label.replace(/^@/, '')}` : target;
      case '#':
        return label ? `#${label}` : target;
      case '!': {
        const command = target.slice(1).split('^')[0] ?? '';
        if (command in SPECIAL_MENTIONS) return SPECIAL_MENTIONS[command] ?? '';
        if (command === 'subteam') return label ? `@${label.replace(/^@/, '')}` : '@group';
        return label || '';
      }
      default:
        break;
    }
    if (/^(https?:\/\/|mailto:)/i.test(target)) {
      const url = target.replace(/^mailto:/i, '');
      if (!label || label === url || `http://${label}` === url || `https://${label}` === url) return url;
      return `${label} (${url})`;
    }
    return whole;
  });
}

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Slack's *bold*, _italic_, ~strike~ and `code`, only where they wrap whole words, so URLs and {first_name} survive. */
function stripEmphasis(text: string): string {
  return text
    .replace(/```/g, '')
    .replace(/(^|[\s(["'])([*_~`])([^\s*_~`](?:[^*_~`\n]{0,400}[^\s*_~`])?)\2(?=$|[\s).,!?;:'"\]])/gm, '$1$3');
}

/**
 * Drops emoji codes. In chat, an emoji after a clause often does a period's work ("…our slot
 * templates :chart: would you be up for…"), so one that ends three words or more with no
 * punctuation, and comes before more text, ends the sentence there ("I :heart: data" does not).
 */
function stripEmoji(text: string): string {
  return text.replace(
    /(^|[\s(])((?::[a-z0-9_+'-]{1,60}:)+)(?=$|[\s).,!?])/gim,
    (match: string, lead: string, _codes: string, at: number, all: string) => {
      const clause = /[^.!?\n]{0,200}$/.exec(all.slice(Math.max(0, at - 200), at))?.[0] ?? '';
      const after = all.slice(at + match.length, at + match.length + 2);
      const endsClause = /[\p{L}\p{N}]$/u.test(clause) && (clause.match(/\S+/g)?.length ?? 0) >= 3;
      return endsClause && /^ [\p{L}@]/u.test(after) ? '.' : lead;
    },
  );
}

/** The note's own lines, the quoted history, the introductions in it, and the block under a "--" marker. */
type History = { own: string[]; quoted: string[]; introductions: string[]; raw: string[]; below: string[] };

/**
 * Drops quoted earlier mail and what follows a signature marker: the new request is what the referrer
 * answers. An introduction in the quoted mail ("Grace, meet Jasmine") is the reason to ask, so its
 * lines are kept, just after the note's greeting. Where the history starts is read by
 * email-reply-parser (quote headers in many languages, device signatures) and by our own header rule.
 */
function splitHistory(lines: string[]): History {
  const library = historyStart(lines, (l) => CLOSING_LINE.test(l.trim()) || /^\s*>/.test(l));
  const kept: string[] = [];
  let rest: string[] = [];
  let below: string[] = [];
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim();
    // The block under a "--" marker is the note's signature, up to any quoted mail (signature.ts).
    if (trimmed === '--') below = blockUnder(lines.slice(i + 1), (l) => startsQuote(l.trim()) || /^\s*>/.test(l));
    const header =
      startsQuote(trimmed) || (i === library && /wrote:|écrit|escribió|schrieb|scritto|escreveu/i.test(trimmed));
    if ((header || i === library) && saysSomething(kept)) {
      rest = lines.slice(header ? i + 1 : i);
      break;
    }
    if (trimmed === '--' || /^sent from my \w+/i.test(trimmed)) break;
    kept.push(line);
  }
  const unquoted = kept.filter((l) => !/^\s*>/.test(l));
  // A note that is only a quote (a pasted forward) keeps its text; otherwise the quote is history.
  if (!hasWords(unquoted, 8))
    return { own: kept.map((l) => l.replace(/^\s*>\s?/, '')), quoted: [], introductions: [], raw: [], below };
  const quoted = [...kept.filter((l) => /^\s*>/.test(l)), ...rest].map((l) => l.replace(/^\s*>\s?/, ''));
  const introductions = withAddressedLines(
    quoted,
    quoted.filter((l) => INTRODUCTION.test(l) && hasWords([l], 4)),
  );
  const context = quoted.filter((l) => l.trim() && !MAIL_FIELD.test(l.trim()));
  // The quote header that started the history says whose the first quoted message is.
  const raw = rest.length > 0 ? [lines[lines.length - rest.length - 1] ?? '', ...quoted] : quoted;
  if (introductions.length === 0) return { own: unquoted, quoted: context, introductions, raw, below };
  const at = unquoted.findIndex((l) => l.trim()) + 1;
  return {
    own: [...unquoted.slice(0, at), ...introductions, ...unquoted.slice(at)],
    quoted: context,
    introductions,
    raw,
    below,
  };
}

const QUOTE_HEADER = /^(?:on .{1,200} wrote:|begin forwarded message:)$/i;
/** A line that starts quoted or forwarded mail: a quote header, a separator rule, a sender field ("De : Karim"). */
const startsQuote = (line: string) =>
  QUOTE_HEADER.test(line) || SEPARATOR.test(line) || (FROM_FIELD.test(line) && MAIL_FIELD.test(line));

/**
 * Whether the lines above a mail header are the sender's own words, so the header starts quoted
 * history: a sentence ("Sure, here it is.") or four words, not a label like "FYI" or "Fwd:".
 */
function saysSomething(lines: string[]): boolean {
  const own = lines.filter((l) => !MAIL_FIELD.test(l.trim()));
  return hasWords(own, 4) || /[\p{L}\p{N}][.!?]$/u.test(own.join(' ').trim());
}

function tidyWhitespace(lines: string[]): string {
  return lines
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The intake's output, as the reading stage takes it (see intake.ts). */
export type NormalizedRequest = Intake;

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"')\]]{1,2000}/gi;

/** Blanks out URLs (same length, so offsets hold) where their words must not count as the note's words. */
export function maskUrls(text: string): string {
  // Every URL has "://"; most sentences have none.
  return text.includes('://') ? text.replace(URL_PATTERN, (url) => ' '.repeat(url.length)) : text;
}

export function extractUrls(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(URL_PATTERN)) {
    found.add(match[0].replace(/[.,;:!?]+$/, ''));
  }
  return [...found];
}

/**
 * Slack-formatted text as a person reads it, read once: mentions as @name (or the ID), channels as
 * #name, links as "label (url)", broadcasts as @here, and &amp; &lt; &gt; decoded. Every place that
 * shows a requester's words back starts from this, then escapes once for where it goes.
 */
export function fromSlackMarkup(text: string): string {
  const replaced = text.includes('<') ? replaceSlackMarkup(text) : text;
  return replaced.includes('&') ? decodeEntities(replaced) : replaced;
}

/** A forward's cover is a third person's introduction: kept after the note's greeting, like one from quoted mail. */
function withCover(history: History, forward: Forwarded): History {
  const { own, quoted, introductions } = history;
  const at = own.findIndex((l) => l.trim()) + 1;
  return {
    own: [...own.slice(0, at), ...forward.cover, ...own.slice(at)],
    quoted: [...forward.context, ...quoted],
    introductions: [...forward.cover, ...introductions],
    raw: history.raw,
    below: history.below,
  };
}

/** From what arrived to the note's own words, with what was set apart and the clues to who is who. */
export function normalizeRequest(raw: string): Intake {
  // Each pass runs only when the note holds the character it acts on: most notes have no markup at all.
  let plain = withoutMailBanners(fromSlackMarkup(stripInvisibles(raw)));
  if (/[*_~`]/.test(plain)) plain = stripEmphasis(plain);
  if (plain.includes(':')) plain = stripEmoji(plain);
  let { lines, sender, shape } = dropScreens(plain, plain.split('\n'));
  // A notice's buttons ("[ Refer Ana ]   [ Not now ]") are no one's words, nor a signature's name line.
  lines = lines.filter((l) => !buttonRow(l));
  if (opensWithHeaders(lines)) {
    const headed = dropLeadingHeaders(lines);
    lines = headed.lines;
    sender = sender ?? headed.sender;
    if (shape === 'plain') shape = 'email';
    const thread = latestInThread(lines);
    if (thread) ({ lines, sender } = thread);
  }
  const forwarding = forwards(plain, lines);
  const forward = forwarding ? forwardedNote(lines) : null;
  // Forwarded more than once, the message forwarded is the innermost: its sender wrote the note.
  const forwardedFrom = forwarding ? (forward?.sender ?? forwardedSender(lines)) : null;
  const forwardedTo = forwarding ? forwardedRecipient(lines) : null;
  const carrier = forward ? goBetween(forward, sender) : null;
  // A chat message passed on is carried by whoever sent it on: their line over it is the cover.
  const chatCover = shape === 'chat' && carriesMessage(plain) ? sender : null;
  const coverBy = forward && forward.cover.length > 0 ? (sender ?? forward.forwarder) : chatCover;
  if (forward) {
    lines = forward.lines;
    sender = forward.sender ?? sender;
  }
  const history = splitHistory(lines);
  const { own, quoted, introductions, raw: quotedLines } = forward ? withCover(history, forward) : history;
  const { note, resume } = splitResume(own);
  // A chat has no signature block: a link sent as a message of its own is the note's.
  const { note: body, signature } = shape === 'chat' ? { note, signature: [] } : splitSignature(note);
  if (shape === 'plain' && (quoted.length > 0 || signature.length > 0)) shape = 'email';
  if (shape !== 'chat') signature.push(...history.below);
  const text = tidyWhitespace(body);
  const mailbox = senderAddress(plain, sender);
  const earlier = earlierOwnMessage(quotedLines, sender ?? signedName(text));
  return {
    text,
    urls: extractUrls(text),
    quoted,
    introductions,
    earlier,
    resume,
    clues: { sender, mailbox, signature, goBetween: carrier, coverBy, forwardedFrom, forwardedTo },
    shape,
  };
}
