import type { types } from '@slack/bolt';

/** A message as the app posts it: the notification text and its blocks. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}
