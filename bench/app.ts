import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { sendSigned, slashCommand } from '../test/helpers/slack-requests.js';
import { startAppProcess, startBareBolt } from './processes.js';
import { heading, ms, row, summarize } from './stats.js';

const NOTE =
  "Hi Priya, I'm applying for the Senior PM, Developer Platform role. I led a launch that cut CI time by 35%. Would you refer me? No worries if not.";
const FORM = 'application/x-www-form-urlencoded';

/** The fake Slack in a child process; resolves per trigger with views.open's arrival time. */
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
  const url = await new Promise<string>((resolve) => {
    lines.on('line', (line) => {
      const m = JSON.parse(line) as { url?: string; method?: string; trigger?: string; at?: number };
      if (m.url) resolve(m.url);
      else if (m.method === 'views.open') opened.get(String(m.trigger))?.(m.at as number);
    });
  });
  return {
    apiUrl: url,
    opened: (trigger: string) => new Promise<number>((resolve) => opened.set(trigger, resolve)),
    stop: () => new Promise<void>((resolve) => child.once('exit', () => resolve()).kill('SIGTERM')),
  };
}

const now = () => performance.timeOrigin + performance.now();

/** Where commands go; for our app, also how to see views.open arrive and the request finish. */
interface Target {
  url: string;
  opened?: (trigger: string) => Promise<number>;
  handled?: () => Promise<void>;
}

interface Timing {
  acked: number;
  /** When views.open reached the fake Slack (our app only). */
  opened?: number;
}

/** One signed slash command; resolves once the target has fully handled it, all work after the ack included. */
async function command(target: Target, i: number): Promise<Timing> {
  const body = slashCommand(`${NOTE} #${i}`);
  const trigger = new URLSearchParams(body).get('trigger_id') as string;
  const handled = target.handled?.();
  const open = target.opened?.(trigger);
  const start = now();
  await sendSigned(`${target.url}/slack/events`, body, FORM);
  const acked = now() - start;
  if (!open) return { acked };
  const opened = (await open) - start;
  await handled;
  return { acked, opened };
}

const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - now())));

/**
 * Paced and alternating, as commands really arrive: one every PACE_MS, ours and the baseline taking
 * turns, so both start each request from the same idle state and neither gets a warmer loop.
 */
const PACE_MS = 10;

async function paced(ours: Target, bare: Target, count: number): Promise<{ ours: Timing[]; bare: Timing[] }> {
  const out = { ours: [] as Timing[], bare: [] as Timing[] };
  const first = now();
  for (let i = 0; i < count; i++) {
    out.ours.push(await command(ours, i));
    await sleepUntil(first + (2 * i + 1) * PACE_MS);
    out.bare.push(await command(bare, i));
    await sleepUntil(first + (2 * i + 2) * PACE_MS);
  }
  return out;
}

/** Each app alone, the next request as soon as the last is handled: a hot loop, which flatters the two-process baseline. */
async function backToBack(target: Target, count: number): Promise<Timing[]> {
  const out: Timing[] = [];
  for (let i = 0; i < count; i++) out.push(await command(target, i));
  return out;
}

function report(label: string, ours: Timing[], bare: Timing[], target = ''): void {
  const ack = summarize(ours.map((t) => t.acked));
  const open = summarize(ours.map((t) => t.opened as number));
  const base = summarize(bare.map((t) => t.acked));
  console.log(`  ${label}`);
  row('  refer-triage: command → ack', `median ${ms(ack.median)}, p99 ${ms(ack.p99)}`);
  row('  refer-triage: command → views.open at Slack', `median ${ms(open.median)}, p99 ${ms(open.p99)}`);
  row('  bare Bolt that only acks: command → ack', `median ${ms(base.median)}, p99 ${ms(base.p99)}`);
  row(`  views.open / bare ack${target}`, (open.median / base.median).toFixed(2));
  row('  ack / bare ack', (ack.median / base.median).toFixed(2));
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
  const ours: Target = { url: app.url, opened: slack.opened, handled: app.handled };
  const baseline: Target = { url: bare.url };
  try {
    row('idle app resident memory', `${app.rssMb().toFixed(0)} MB`);
    await paced(ours, baseline, 50);
    const alternating = await paced(ours, baseline, count);
    report(
      `paced: one command every ${PACE_MS} ms, taking turns, ${count} each`,
      alternating.ours,
      alternating.bare,
      ' (target < 1.5)',
    );
    report(
      `back to back: each app alone, ${count} each`,
      await backToBack(ours, count),
      await backToBack(baseline, count),
    );
    row('app resident memory after', `${app.rssMb().toFixed(0)} MB`);
  } finally {
    await app.stop();
    await bare.stop();
    await slack.stop();
  }
}
