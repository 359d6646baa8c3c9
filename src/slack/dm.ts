import type { types, webApi } from '@slack/bolt';

/** A message as the views build it: the notification text and its blocks. */
export interface OutgoingMessage {
  text: string;
  blocks: types.KnownBlock[];
}

/** The referrer's DM with the app (a D… id), which is where replies and previews go. */
export async function openDm(client: webApi.WebClient, userId: string): Promise<string> {
  const opened = await client.conversations.open({ users: userId });
  const id = opened.channel?.id;
  if (!id) throw new Error('conversations.open returned no channel');
  return id;
}

/** Sends messages to the referrer's DM in order, opening the conversation once; says where each landed. */
export async function postDms(
  client: webApi.WebClient,
  userId: string,
  ...messages: OutgoingMessage[]
): Promise<Array<{ channel: string; ts: string }>> {
  const channel = await openDm(client, userId);
  const refs: Array<{ channel: string; ts: string }> = [];
  for (const message of messages) {
    const posted = await client.chat.postMessage({
      channel,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
    });
    if (!posted.ts) throw new Error('chat.postMessage returned no ts');
    refs.push({ channel: posted.channel ?? channel, ts: posted.ts });
  }
  return refs;
}

/** Sends messages to the referrer's DM in order, opening the conversation once. */
export async function sendDm(
  client: webApi.WebClient,
  userId: string,
  ...messages: OutgoingMessage[]
): Promise<string> {
  const channel = await openDm(client, userId);
  for (const message of messages) {
    await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, unfurl_links: false });
  }
  return channel;
}

/** Posts one message to the referrer's DM and says where it landed, so it can be updated in place later. */
export async function postDm(
  client: webApi.WebClient,
  userId: string,
  message: OutgoingMessage,
): Promise<{ channel: string; ts: string }> {
  const [ref] = await postDms(client, userId, message);
  if (!ref) throw new Error('no DM was posted');
  return ref;
}

/** An ephemeral answer through response_url, the one way to reply privately from a command or shortcut. */
export async function replyPrivately(
  respond: ((m: object) => Promise<unknown>) | undefined,
  text: string,
): Promise<void> {
  if (!respond) return;
  await respond({ response_type: 'ephemeral', replace_original: false, text });
}
