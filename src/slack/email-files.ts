import type { webApi } from '@slack/bolt';
import { emailText, type MessageContent } from './message-content.js';
import type { SlackFile } from './payloads.js';

/**
 * Slack sometimes leaves an email's plain text out of a message payload; files.info has it. Each
 * missing email is fetched once; one that cannot be fetched is left out rather than failing the triage.
 */
export async function withEmailText(client: webApi.WebClient, content: MessageContent): Promise<MessageContent> {
  if (content.emailsToFetch.length === 0) return content;
  const fetched = await Promise.all(
    content.emailsToFetch.map((file) =>
      client.files
        .info({ file })
        .then((r) => (r.file ?? null) as SlackFile | null)
        .catch(() => null),
    ),
  );
  const emails = fetched.filter((f): f is SlackFile => f !== null);
  const sender = emails.find((e) => e.from?.[0]?.name)?.from?.[0]?.name ?? null;
  return {
    ...content,
    request: [content.request, ...emails.map(emailText)].filter((t) => t.trim()).join('\n\n'),
    author: content.author ?? (sender ? { id: null, name: sender, permalink: null } : null),
    emailsToFetch: [],
  };
}
