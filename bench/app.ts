import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { sendSigned, slashCommand } from '../test/helpers/slack-requests.js';
import { startAppProcess, startBareBolt } from './processes.js';
import { heading, ms, row, summarize } from './stats.js';

const NOTE =
  "Hi Priya, I'm applying for the Senior PM, Developer Platform role. I led a launch that cut CI time by 35%. Would you refer me? No worries if not.";
const FORM = 'application/x-www-form-urlencoded';

/** The fake Slack in a child process; resolves per trigger with views.open's arrival time, and per request on views.update. */
async function fakeSlackProcess() {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./fake-slack-process.ts', import.meta.url))],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const opened = new Map<string, (at: number) => void>();
  const updated: Array<() => void> = [];
  const url = await new Promise<string>((resolve) => {
    lines.on('line', (line) => {
      const m = JSON.parse(line) as { url?: string; method?: string; trigger?: string; at?: number };
      if (m.url) resolve(m.url);
      else if (m.method === 'views.open') opened.get(String(m.trigger))?.(m.at as number);
      else if (m.method === 'views.update') updated.shift()?.();
    });
  });
  return {
    apiUrl: url,
    opened: (trigger: string) => new Promise<number>((resolve) => opened.set(trigger, resolve)),
    updated: () => new Promise<void>((resolve) => updated.push(resolve)),
    stop: () => new Promise<void>((resolve) => child.once('exit', () => resolve()).kill('SIGTERM')),
  };
}

type Fake = Awaited<ReturnType<typeof fakeSlackProcess>>;
const now = () => performance.timeOrigin + performance.now();

/** One request at a time: time to the ack, and (for our app) to views.open reaching Slack; waits for its work to finish. */
async function sequential(
  url: string,
  count: number,
  slack: Fake | null,
): Promise<{ acked: number[]; opened: number[] }> {
  const acked: number[] = [];
  const opened: number[] = [];
  for (let i = 0; i < count; i++) {
    const body = slashCommand(`${NOTE} #${i}`);
    const trigger = new URLSearchParams(body).get('trigger_id') as string;
    const done = slack?.updated();
    const open = slack?.opened(trigger);
    const start = now();
    await sendSigned(`${url}/slack/events`, body, FORM);
    acked.push(now() - start);
    if (open) {
      opened.push((await open) - start);
      await done;
    }
  }
  return { acked, opened };
}

export async function benchApp(): Promise<void> {
  heading('Slack app (HTTP mode, SQLite; driver, app, bare Bolt and fake Slack in separate processes)');
  const count = 1000;
  const slack = await fakeSlackProcess();
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
