import type * as z from 'zod';
import type { SharedAttachmentSchema, SlackFile } from './payloads.js';

type Attachment = z.infer<typeof SharedAttachmentSchema>;

/** Any message the app is asked to read: a DM event, or the message a shortcut was run on. */
export interface MessageLike {
  text?: string | undefined;
  attachments?: Attachment[] | undefined;
  files?: SlackFile[] | undefined;
}

/** What a message holds for the triage. */
export interface MessageContent {
  /** The request to triage, in Slack's markup. */
  request: string;
  /** Who wrote the request, when Slack says: a shared message's author, an email's sender. */
  author: { id: string | null; name: string | null; permalink: string | null } | null;
  /** The referrer's own words around a shared message ("can you look at this?"): theirs, not the candidate's. */
  comment: string | null;
  /** Files that came with it, by name; only emails are read. */
  fileNames: string[];
  /** Emails whose text the payload left out, to fetch with files.info. */
  emailsToFetch: string[];
}

const isEmail = (file: SlackFile) => file.filetype === 'email';

/** An email as a note: its subject (it often names the role), then its body. */
export function emailText(file: SlackFile): string {
  return [file.subject, file.plain_text].filter((part) => part?.trim()).join('\n\n');
}

function sharedOf(message: MessageLike): Attachment[] {
  return (message.attachments ?? []).filter((a) => a.is_share || a.is_msg_unfurl || a.author_id || a.from_url);
}

function authorOf(shared: Attachment[], emails: SlackFile[]): MessageContent['author'] {
  const a = shared.find((x) => x.author_id || x.author_name || x.from_url);
  if (a) {
    return {
      id: a.author_id && /^[UW][A-Z0-9]+$/.test(a.author_id) ? a.author_id : null,
      name: a.author_subname ?? a.author_name ?? null,
      permalink: a.from_url && /^https:\/\//.test(a.from_url) ? a.from_url : null,
    };
  }
  const sender = emails.find((e) => e.from?.[0]?.name)?.from?.[0]?.name ?? null;
  return sender ? { id: null, name: sender, permalink: null } : null;
}

/**
 * Reads any shape of message into the request to triage. A shared (forwarded) message is the
 * request and the sharer's own text is their comment; an email brought into Slack is read from its
 * plain text; other files are noted by name, never opened.
 */
export function readMessage(message: MessageLike): MessageContent {
  const shared = sharedOf(message);
  const files = [...(message.files ?? []), ...shared.flatMap((a) => a.files ?? [])];
  const emails = files.filter(isEmail);
  const sharedText = shared.map((a) => [a.pretext, a.text ?? a.fallback].filter(Boolean).join('\n'));
  const ownText = message.text?.trim() ? message.text : '';
  const parts = shared.length ? sharedText : [ownText];
  const request = [...parts, ...emails.map(emailText)].filter((t) => t.trim()).join('\n\n');
  return {
    request,
    author: authorOf(shared, emails),
    comment: shared.length && ownText ? ownText : null,
    fileNames: files.filter((f) => !isEmail(f)).map((f) => f.name ?? f.title ?? f.id),
    emailsToFetch: emails.filter((e) => !e.plain_text?.trim()).map((e) => e.id),
  };
}
