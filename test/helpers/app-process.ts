import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './net.js';
import { SIGNING_SECRET } from './slack-requests.js';

/** The real entry point (src/main.ts) in its own process, as `npm start` runs it, on a free port. */
export async function spawnApp(env: { SLACK_API_URL: string; DATABASE_URL: string; LOG_LEVEL?: string }): Promise<{
  child: ChildProcess;
  url: string;
}> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('../../src/main.ts', import.meta.url))],
    {
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        SLACK_BOT_TOKEN: 'xoxb-process-test',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return { child, url: `http://127.0.0.1:${port}` };
}
