import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { startHarness } from '../test/helpers/app-harness.js';
import type { FakeSlack } from '../test/helpers/fake-slack.js';
import { SIGNING_SECRET, sendSigned, slashCommand } from '../test/helpers/slack-requests.js';
import { heading, ms, row, summarize } from './stats.js';

const NOTE =
  "Hi Priya, I'm applying for the Senior PM, Developer Platform role. I led a launch that cut CI time by 35%. Would you refer me? No worries if not.";
const FORM = 'application/x-www-form-urlencoded';

interface Waiter {
  /** Resolves when the modal opens for this trigger: the moment the sample ends. */
  opened(trigger: string): Promise<void>;
  /** Resolves when the request's work is finished, so the next sample does not queue behind it. */
  settled(): Promise<void>;
}

/** Sends signed commands one at a time and times each from sending to views.open reaching the fake Slack. */
async function measure(url: string, count: number, waiter: Waiter): Promise<{ acked: number[]; opened: number[] }> {
  const acked: number[] = [];
  const opened: number[] = [];
  for (let i = 0; i < count; i++) {
    const body = slashCommand(`${NOTE} #${i}`);
    const trigger = new URLSearchParams(body).get('trigger_id') as string;
    const settled = waiter.settled();
    const start = performance.now();
    const open = waiter.opened(trigger);
    await sendSigned(url, body, FORM);
    acked.push(performance.now() - start);
    await open;
    opened.push(performance.now() - start);
    await settled;
  }
  return { acked, opened };
}

const ACK_ONLY: Waiter = { opened: async () => {}, settled: async () => {} };

function waiterFor(slack: FakeSlack): Waiter {
  const opened = new Map<string, () => void>();
  let settle: (() => void) | null = null;
  slack.onCall((call) => {
    if (call.method === 'views.open') opened.get(String(call.args.trigger_id))?.();
    if (call.method === 'views.update') settle?.();
  });
  return {
    opened: (trigger) => new Promise<void>((resolve) => opened.set(trigger, resolve)),
    settled: () =>
      new Promise<void>((resolve) => {
        settle = resolve;
      }),
  };
}

/** The baseline: Bolt with the same receiver settings and a command listener that only acks. */
async function bareBolt(): Promise<{ url: string; stop: () => Promise<void> }> {
  const receiver = new HTTPReceiver({ signingSecret: SIGNING_SECRET, logLevel: LogLevel.ERROR });
  const app = new App({
    receiver,
    authorize: async () => ({ botToken: 'xoxb-bare', botUserId: 'U0BOT', botId: 'B0BOT' }),
    logLevel: LogLevel.ERROR,
  });
  app.command('/refer-triage', async ({ ack }) => {
    await ack();
  });
  const server = (await app.start(0)) as Server;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`,
    stop: async () => {
      await app.stop();
    },
  };
}

/** Resident memory of the built app, idle, in its own process. */
async function idleRssMb(): Promise<number> {
  await promisify(execFile)('npx', ['tsc', '-p', 'tsconfig.build.json']);
  const port = 39_000 + Math.floor(Math.random() * 1000);
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      DATABASE_URL: `file:/tmp/refer-triage-bench-${port}.sqlite`,
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  try {
    for (let i = 0; i < 100; i++) {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 2000));
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } finally {
    child.kill('SIGTERM');
  }
}

export async function benchApp(): Promise<void> {
  heading('Slack app (HTTP mode, SQLite, fake Slack on loopback)');
  const count = 1000;
  const harness = await startHarness({ env: { LOG_LEVEL: 'info' } });
  await harness.store.saveProfile(
    { teamId: 'T0TEAM', userId: 'U0REFERRER' },
    { teamArea: 'Platform & internal tools' },
  );
  const bare = await bareBolt();
  try {
    const waiter = waiterFor(harness.slack);
    await measure(harness.events, 50, waiter);
    await measure(bare.url, 50, ACK_ONLY);
    const ours = await measure(harness.events, count, waiter);
    const base = summarize((await measure(bare.url, count, ACK_ONLY)).acked);
    const ack = summarize(ours.acked);
    const open = summarize(ours.opened);
    row(`refer-triage: command → ack, ${count} requests`, `median ${ms(ack.median)}, p99 ${ms(ack.p99)}`);
    row(`refer-triage: command → views.open at Slack`, `median ${ms(open.median)}, p99 ${ms(open.p99)}`);
    row(`bare Bolt that only acks: command → ack`, `median ${ms(base.median)}, p99 ${ms(base.p99)}`);
    row('ack ratio, ours / bare (target < 1.5)', (ack.median / base.median).toFixed(2));
    row('views.open ratio, ours / bare ack', (open.median / base.median).toFixed(2));
  } finally {
    await bare.stop();
    await harness.stop();
  }
  row('idle app resident memory', `${(await idleRssMb()).toFixed(0)} MB`);
}
