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

/** Cuts to `max` characters with an ellipsis, never in the middle of an escape like &amp;. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/&[a-z]{0,4}$/i, '')}…`;
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

/** Slack's date formatting: shown in each reader's own time zone, with a plain fallback. */
export function slackDate(iso: string): string {
  const seconds = Math.floor(new Date(iso).getTime() / 1000);
  return `<!date^${seconds}^{date_short}|${iso.slice(0, 10)}>`;
}

/** A link Slack renders, with the label escaped; only http(s) URLs become links. */
export function link(url: string | null | undefined, label: string): string {
  if (!url || !/^https?:\/\/[^\s<>|]+$/i.test(url)) return escapeMrkdwn(label);
  return `<${url}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;
}
