import { App, HTTPReceiver, LogLevel } from '@slack/bolt';

/** The baseline: Bolt's HTTP receiver and a command listener that only acks. */
const receiver = new HTTPReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET as string,
  logLevel: LogLevel.ERROR,
});
const app = new App({
  receiver,
  authorize: async () => ({ botToken: 'xoxb-bare', botUserId: 'U0BOT', botId: 'B0BOT' }),
  logLevel: LogLevel.ERROR,
});
app.command('/refer-triage', async ({ ack }) => {
  await ack();
});
await app.start(Number(process.env.PORT));
process.once('SIGTERM', () => {
  void app.stop().then(() => process.exit(0));
});
