import { FakeSlack } from '../test/helpers/fake-slack.js';

/**
 * The fake Slack Web API in its own process, so the benchmark driver's event loop does not also
 * serve Slack's side. Prints its URL, then one line per views.open / views.update with the arrival
 * time on the shared wall clock (performance.timeOrigin + now, microsecond resolution).
 */
const slack = await new FakeSlack().start();
slack.onCall((call) => {
  if (call.method === 'views.open' || call.method === 'views.update') {
    process.stdout.write(
      `${JSON.stringify({ method: call.method, trigger: call.args.trigger_id ?? null, at: performance.timeOrigin + performance.now() })}\n`,
    );
  }
});
process.stdout.write(`${JSON.stringify({ url: slack.apiUrl })}\n`);
process.once('SIGTERM', () => {
  void slack.stop().then(() => process.exit(0));
});
