import type { types } from '@slack/bolt';

/**
 * Every piece of user text goes through here on its way into Block Kit: escaped so it cannot open
 * Slack markup (<!channel>, <@U…>, links), defanged so "@here" stays a word, and clipped to the field's limit.
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([@＠])(here|channel|everyone)\b/gi, '$1\u200B$2');
}

/**
 * Cuts to `max` characters with an ellipsis: at the last word boundary when there is one near the
 * end (a word cut in half reads as a typo), and never in the middle of an escape like &amp;.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1).replace(/&[a-z]{0,4}$/i, '');
  if (/[\p{L}\p{N}]/u.test(text[cut.length] ?? '') && /[\p{L}\p{N}]$/u.test(cut)) {
    const boundary = cut.search(/[\s,;:]+[^\s,;:]*$/u);
    // Only back up to a boundary in the last fifth (or 40 characters): a single giant token is cut as it is.
    if (boundary > 0 && cut.length - boundary <= Math.max(40, max / 5)) return `${cut.slice(0, boundary)}…`;
  }
  return `${cut.replace(/\s+$/, '')}…`;
}

export function mrkdwn(text: string, max = 3000): types.MrkdwnElement {
  return { type: 'mrkdwn', text: clip(text, max), verbatim: true };
}

export function plain(text: string, max = 3000): types.PlainTextElement {
  return {
    type: 'plain_text',
    text: clip(text.replace(/([@＠])(here|channel|everyone)\b/gi, '$1\u200B$2'), max),
    emoji: true,
  };
}

/** User text as a mrkdwn quote block. */
export function quoted(text: string, max = 3000): string {
  const lines = escapeMrkdwn(text.trim())
    .split('\n')
    .map((l) => `>${l}`);
  return clip(lines.join('\n'), max);
}

export function section(text: string, max = 3000): types.SectionBlock {
  return { type: 'section', text: mrkdwn(text, max) };
}

export function context(...texts: string[]): types.ContextBlock {
  return { type: 'context', elements: texts.slice(0, 10).map((t) => mrkdwn(t, 3000)) };
}

export function header(text: string): types.HeaderBlock {
  return { type: 'header', text: plain(text, 150) };
}

export const divider: types.DividerBlock = { type: 'divider' };

const FALLBACK_DATE = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Slack's date formatting: shown in each reader's own time zone, with a fallback a person reads ("Dec 6, 2026"). */
export function slackDate(iso: string): string {
  const ms = new Date(iso).getTime();
  if (Number.isNaN(ms)) return 'a while ago';
  return `<!date^${Math.floor(ms / 1000)}^{date_short}|${FALLBACK_DATE.format(ms)}>`;
}

/**
 * A mention read from the note ("@U0PRIYA01", as fromSlackMarkup leaves it) written back as <@U…>,
 * which a modal or Home tab draws as the person's name and which notifies no one there. Views only:
 * in a message it would ping.
 */
export function withMentionsAsNames(escaped: string): string {
  return escaped.replace(/(?<![\w<])@([UW][A-Z0-9]{6,20})\b/g, '<@$1>');
}

/** A link Slack renders, with the label escaped; only http(s) URLs become links. */
export function link(url: string | null | undefined, label: string): string {
  if (!url || !/^https?:\/\/[^\s<>|]+$/i.test(url)) return escapeMrkdwn(label);
  return `<${url}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;
}
