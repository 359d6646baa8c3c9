import { FakeSlack } from '../test/helpers/fake-slack.js';

/**
 * The fake Slack Web API in its own process, so the benchmark driver's event loop does not also
 * serve Slack's side. Prints its URL, then one line per views.open with its trigger and the time the
 * request arrived, on the wall clock the driver also reads.
 */
const slack = await new FakeSlack().start();
slack.onCall((call, arrivedAt) => {
  if (call.method === 'views.open') {
    process.stdout.write(`${JSON.stringify({ method: call.method, trigger: call.args.trigger_id, at: arrivedAt })}\n`);
  }
});
process.stdout.write(`${JSON.stringify({ url: slack.apiUrl })}\n`);
process.once('SIGTERM', () => {
  void slack.stop().then(() => process.exit(0));
});
