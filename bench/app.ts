import { FakeSlack } from '../test/helpers/fake-slack.js';
import { sendSigned, slashCommand } from '../test/helpers/slack-requests.js';
import { startAppProcess, startBareBolt } from './processes.js';
import { heading, ms, row, summarize } from './stats.js';

const NOTE =
  "Hi Priya, I'm applying for the Senior PM, Developer Platform role. I led a launch that cut CI time by 35%. Would you refer me? No worries if not.";
const FORM = 'application/x-www-form-urlencoded';

/** Resolves per trigger when views.open arrives, and per request when the modal is filled in. */
export function watch(slack: FakeSlack) {
  const opened = new Map<string, () => void>();
  const updated: Array<() => void> = [];
  slack.onCall((call) => {
    if (call.method === 'views.open') opened.get(String(call.args.trigger_id))?.();
    if (call.method === 'views.update') updated.shift()?.();
  });
  return {
    opened: (trigger: string) => new Promise<void>((resolve) => opened.set(trigger, resolve)),
    updated: () => new Promise<void>((resolve) => updated.push(resolve)),
  };
}

/** One request at a time: time to the ack, and (for our app) to views.open reaching Slack; waits for the work to finish. */
async function sequential(
  url: string,
  count: number,
  slack: FakeSlack | null,
): Promise<{ acked: number[]; opened: number[] }> {
  const w = slack ? watch(slack) : null;
  const acked: number[] = [];
  const opened: number[] = [];
  for (let i = 0; i < count; i++) {
    const body = slashCommand(`${NOTE} #${i}`);
    const trigger = new URLSearchParams(body).get('trigger_id') as string;
    const done = w?.updated();
    const open = w?.opened(trigger);
    const start = performance.now();
    await sendSigned(`${url}/slack/events`, body, FORM);
    acked.push(performance.now() - start);
    if (open) {
      await open;
      opened.push(performance.now() - start);
      await done;
    }
  }
  return { acked, opened };
}

export async function benchApp(): Promise<void> {
  heading('Slack app (HTTP mode, SQLite; driver, app and bare Bolt in separate processes)');
  const count = 1000;
  const slack = await new FakeSlack().start();
  const app = await startAppProcess({
    SLACK_API_URL: slack.apiUrl,
    DATABASE_URL: `file:/tmp/refer-triage-bench-app-${Date.now()}.sqlite`,
  });
  const bare = await startBareBolt();
  try {
    row('idle app resident memory', `${app.rssMb().toFixed(0)} MB`);
    await sequential(app.url, 50, slack);
    await sequential(bare.url, 50, null);
    const ours = await sequential(app.url, count, slack);
    const base = summarize((await sequential(bare.url, count, null)).acked);
    const ack = summarize(ours.acked);
    const open = summarize(ours.opened);
    row(`refer-triage: command → ack, ${count} requests`, `median ${ms(ack.median)}, p99 ${ms(ack.p99)}`);
    row('refer-triage: command → views.open at Slack', `median ${ms(open.median)}, p99 ${ms(open.p99)}`);
    row('bare Bolt that only acks: command → ack', `median ${ms(base.median)}, p99 ${ms(base.p99)}`);
    row('ack ratio, ours / bare (target < 1.5)', (ack.median / base.median).toFixed(2));
    row('views.open ratio, ours / bare ack', (open.median / base.median).toFixed(2));
    row('app resident memory after', `${app.rssMb().toFixed(0)} MB`);
  } finally {
    await app.stop();
    await bare.stop();
    await slack.stop();
  }
}
