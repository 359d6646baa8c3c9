import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from '../test/helpers/net.js';
import { SIGNING_SECRET } from '../test/helpers/slack-requests.js';

export interface Running {
  url: string;
  pid: number;
  rssMb(): number;
  stop(): Promise<number | null>;
}

export interface RunningApp extends Running {
  /** Resolves when the app logs that it has finished handling its next request (all work after the ack included). */
  handled(): Promise<void>;
}

async function waitHealthy(url: string, child: ChildProcess, probe: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode} before it was ready`);
    const response = await fetch(`${url}${probe}`, { method: probe === '/healthz' ? 'GET' : 'POST' }).catch(() => null);
    if (response && (probe !== '/healthz' || response.ok)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not become ready`);
}

function running(child: ChildProcess, url: string): Running {
  return {
    url,
    pid: child.pid as number,
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}

/** The built app (what `npm start` runs) in its own process, so the driver's clock and event loop are its own. */
let built = false;

export async function startAppProcess(env: Record<string, string>): Promise<RunningApp> {
  if (!built) {
    await promisify(execFile)('npx', ['tsc', '-p', 'tsconfig.build.json'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
    });
    built = true;
  }
  const port = await freePort();
  const child = spawn(process.execPath, [fileURLToPath(new URL('../dist/src/main.js', import.meta.url))], {
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      LOG_LEVEL: 'info',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const waiting: Array<() => void> = [];
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    if (line.includes('"msg":"handled"')) waiting.shift()?.();
  });
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url, child, '/healthz');
  return { ...running(child, url), handled: () => new Promise<void>((resolve) => waiting.push(resolve)) };
}

/** A bare Bolt app that only acks, started the same way, as the baseline. */
export async function startBareBolt(): Promise<Running> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./bare-bolt.ts', import.meta.url))],
    {
      env: { ...process.env, PORT: String(port), SLACK_SIGNING_SECRET: SIGNING_SECRET },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url, child, '/slack/events');
  return running(child, url);
}
