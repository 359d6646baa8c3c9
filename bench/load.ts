import pg from 'pg';
import { FakeSlack } from '../test/helpers/fake-slack.js';
import { sendSigned, slashCommand } from '../test/helpers/slack-requests.js';
import { type Running, startAppProcess, startBareBolt } from './processes.js';
import { heading, ms, row, summarize } from './stats.js';

const PG_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const NOTE =
  "Hi Priya, I'm applying for the Senior PM, Developer Platform role. I led a launch that cut CI time by 35%. Would you refer me? No worries if not.";

interface LoadResult {
  sent: number;
  ok: number;
  errors: number;
  latencies: number[];
  seconds: number;
}

/**
 * Open-loop load: signed slash commands at a steady rate for a fixed time, to loopback only, with
 * a bounded number of requests. Every request is counted whether or not it succeeds.
 */
async function steadyLoad(target: Running, ratePerSecond: number, seconds: number): Promise<LoadResult> {
  const total = Math.min(ratePerSecond * seconds, 100_000);
  const interval = 1000 / ratePerSecond;
  const latencies: number[] = [];
  let ok = 0;
  let errors = 0;
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const sentAt = performance.now();
    inFlight.push(
      sendSigned(`${target.url}/slack/events`, slashCommand(`${NOTE} #${i}`), 'application/x-www-form-urlencoded').then(
        (response) => {
          latencies.push(performance.now() - sentAt);
          if (response.status === 200) ok++;
          else errors++;
        },
        () => {
          errors++;
        },
      ),
    );
  }
  await Promise.all(inFlight);
  return { sent: total, ok, errors, latencies, seconds: (performance.now() - start) / 1000 };
}

function report(label: string, r: LoadResult): void {
  const s = summarize(r.latencies);
  row(`${label}: throughput`, `${(r.ok / r.seconds).toFixed(1)} req/s (${r.ok}/${r.sent} ok, ${r.errors} errors)`);
  row(`${label}: ack latency`, `p50 ${ms(s.median)}, p99 ${ms(s.p99)}`);
}

export async function benchLoad(): Promise<void> {
  const seconds = Number(process.env.LOAD_SECONDS ?? 60);
  const rate = Number(process.env.LOAD_RATE ?? 50);
  heading(`Load: ${rate} signed commands/s for ${seconds} s, HTTP mode on PostgreSQL`);
  const name = `refer_triage_load_${Date.now()}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const slack = await new FakeSlack().start();
  const app = await startAppProcess({ SLACK_API_URL: slack.apiUrl, DATABASE_URL: url.toString() });
  const bare = await startBareBolt();
  try {
    const before = app.rssMb();
    // Resident memory every tenth of the run: a plateau is heap warm-up, a steady climb would be a leak.
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(app.rssMb()), (seconds * 1000) / 10);
    const ours = await steadyLoad(app, rate, seconds);
    clearInterval(sampler);
    await new Promise((r) => setTimeout(r, 2000));
    const after = app.rssMb();
    const notices = slack.callsTo('views.update').filter((c) => String(c.args.view).includes('triage_notice')).length;
    report('refer-triage', ours);
    row('refer-triage: modals that ended in an error notice', String(notices));
    row('refer-triage: resident memory before / after', `${before.toFixed(0)} MB / ${after.toFixed(0)} MB`);
    row('refer-triage: resident memory during (MB)', samples.map((s) => s.toFixed(0)).join(' '));
    report('bare Bolt (ack only)', await steadyLoad(bare, rate, seconds));
  } finally {
    await app.stop();
    await bare.stop();
    await slack.stop();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
