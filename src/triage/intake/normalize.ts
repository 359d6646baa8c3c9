/**
 * Turns a pasted request (Slack mrkdwn, a LinkedIn message, an email with its history) into the
 * plain text a person reads. Every evidence span the triage reports is a substring of this text.
 */
import { INTRODUCTION as INTRODUCTION_PHRASES } from '../lang/en/intake.js';
import { alternation, phraseMatcher } from '../shared/phrases.js';

const INTRODUCTION = phraseMatcher(INTRODUCTION_PHRASES);

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

/** Control characters, zero-width and bidi marks are invisible to a reader; they only hide words from matching. */
function stripInvisibles(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point of this step.
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g,
      '',
    )
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"');
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

/** What LinkedIn's screen adds around a copied message: buttons, read receipts, times, connection degrees. */
const SCREEN_TEXT = new RegExp(
  `^${alternation(`
  view (full )?profile
  sent from linkedin
  (linkedin )?inmail
  seen by .{1,80}
  message
  connect
  follow
  reply
  like
  \\d{1,2}:\\d{2}\\s?(am|pm)?
  today
  yesterday
  (mon|tues|wednes|thurs|fri|satur|sun)day
  [·•]?\\s?(1st|2nd|3rd)( degree connection)?
  \\d+(st|nd|rd) degree connection
  (he|she|they)\\/(him|her|them)
`)}$`,
  'i',
);

/**
 * Drops the screen text of a LinkedIn paste; above "View profile", the sender's name and headline go
 * too (the note is signed below), so the note starts at its greeting.
 */
function dropScreenText(lines: string[]): string[] {
  const profileAt = lines.findIndex((l) => /^view (?:full )?profile$/i.test(l.trim()));
  const start = profileAt >= 0 && profileAt <= 3 ? profileAt + 1 : 0;
  return lines.slice(start).filter((l) => !SCREEN_TEXT.test(l.trim()));
}

const QUOTE_HEADER =
  /^(?:on .{1,200} wrote:|-{2,} ?(?:original|forwarded) message ?-{2,}|from: .{1,200}|begin forwarded message:)$/i;

/** The lines a mail client puts above a message it forwards or a paste starts with: who, when, to whom. */
const MAIL_FIELD =
  /^(?:(?:from|to|cc|bcc|sent|date): .{1,200}|-{2,} ?(?:original|forwarded) message ?-{2,}|begin forwarded message:)$/i;

/**
 * A paste that opens with a mail's header block (a forward, an Outlook copy) starts with the message
 * itself: the header lines go, the subject stays (it often names the role), and the message below,
 * an introduction included, is the note rather than history.
 */
function dropLeadingHeaders(lines: string[]): string[] {
  const isHeader = (line: string) => !line.trim() || MAIL_FIELD.test(line.trim()) || SUBJECT.test(line);
  let at = 0;
  while (at < lines.length && isHeader(lines[at] as string)) at++;
  return at === 0 ? lines : [...lines.slice(0, at).filter((l) => SUBJECT.test(l)), ...lines.slice(at)];
}

const SUBJECT = /^\s*subject:/i;

/**
 * Drops quoted earlier mail and the signature block: the new request is what the referrer answers.
 * An introduction in the quoted mail ("Grace, meet Jasmine") is the reason to ask, so its lines are
 * kept, just after the note's greeting.
 */
function dropHistoryAndSignature(lines: string[]): string[] {
  const kept: string[] = [];
  let rest: string[] = [];
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim();
    if (QUOTE_HEADER.test(trimmed) && saysSomething(kept)) {
      rest = lines.slice(i + 1);
      break;
    }
    if (trimmed === '--' || trimmed === '-- ' || /^sent from my \w+/i.test(trimmed)) break;
    kept.push(line);
  }
  const unquoted = kept.filter((l) => !/^\s*>/.test(l));
  // A note that is only a quote (a pasted forward) keeps its text; otherwise the quote is history.
  if (!hasWords(unquoted, 8)) return kept.map((l) => l.replace(/^\s*>\s?/, ''));
  const quoted = [...kept.filter((l) => /^\s*>/.test(l)), ...rest].map((l) => l.replace(/^\s*>\s?/, ''));
  const intro = quoted.filter((l) => INTRODUCTION.test(l) && hasWords([l], 4));
  if (intro.length === 0) return unquoted;
  const at = unquoted.findIndex((l) => l.trim()) + 1;
  return [...unquoted.slice(0, at), ...intro, ...unquoted.slice(at)];
}

/**
 * Whether the lines above a mail header are the sender's own words, so the header starts quoted
 * history: a sentence ("Sure, here it is.") or four words, not a label like "FYI" or "Fwd:".
 */
function saysSomething(lines: string[]): boolean {
  const own = lines.filter((l) => !MAIL_FIELD.test(l.trim()));
  return hasWords(own, 4) || /[\p{L}\p{N}][.!?]$/u.test(own.join(' ').trim());
}

/** Whether the lines hold at least `n` whitespace-separated words; stops counting there. */
function hasWords(lines: string[], n: number): boolean {
  let count = 0;
  for (const line of lines) for (const _ of line.matchAll(/\S+/g)) if (++count >= n) return true;
  return false;
}

function tidyWhitespace(lines: string[]): string {
  return lines
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface NormalizedRequest {
  /** What a person reads; evidence spans are substrings of it. */
  text: string;
  /** Every URL in the request, in order, without duplicates. */
  urls: string[];
}

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

export function normalizeRequest(raw: string): NormalizedRequest {
  // Each pass runs only when the note holds the character it acts on: most notes have no markup at all.
  let plain = fromSlackMarkup(stripInvisibles(raw));
  if (/[*_~`]/.test(plain)) plain = stripEmphasis(plain);
  if (plain.includes(':')) plain = stripEmoji(plain);
  let lines = plain.split('\n');
  if (/linkedin|view (?:full )?profile|seen by/i.test(plain)) lines = dropScreenText(lines);
  if (/^\s*(?:from|to|sent|date|-{2,}|begin)/i.test(lines.find((l) => l.trim()) ?? ''))
    lines = dropLeadingHeaders(lines);
  const text = tidyWhitespace(dropHistoryAndSignature(lines));
  return { text, urls: extractUrls(text) };
}
