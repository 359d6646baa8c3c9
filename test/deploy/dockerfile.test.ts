import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/net.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');

interface Stage {
  name: string;
  lines: string[];
}

/** The Dockerfile's stages and their instructions (continuation lines joined). */
function stages(): Stage[] {
  const joined = dockerfile
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const out: Stage[] = [];
  for (const line of joined) {
    const from = /^FROM\s+\S+(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) out.push({ name: from[1] ?? `stage${out.length}`, lines: [] });
    else out.at(-1)?.lines.push(line);
  }
  return out;
}

const runtime = stages().at(-1) as Stage;
const instruction = (stage: Stage, word: string) => stage.lines.filter((l) => l.toUpperCase().startsWith(`${word} `));
const execForm = (line: string) => JSON.parse(line.replace(/^(?:CMD|HEALTHCHECK.*?CMD)\s+/i, '')) as string[];

describe('Dockerfile, read', () => {
  it('is multi-stage: build, production dependencies, then a runtime with the build only', () => {
    expect(stages().map((s) => s.name)).toEqual(['build', 'deps', 'runtime']);
    expect(instruction(stages()[0] as Stage, 'RUN').join('\n')).toMatch(/npm ci[\s\S]*npm run build/);
    expect(instruction(stages()[1] as Stage, 'RUN').join('\n')).toMatch(/npm ci --omit=dev/);
    const copies = instruction(runtime, 'COPY');
    expect(copies.some((c) => /--from=deps .*node_modules/.test(c))).toBe(true);
    expect(copies.some((c) => /--from=build .*\/app\/dist/.test(c))).toBe(true);
    expect(copies.some((c) => /\bsrc\b|\.env/.test(c))).toBe(false);
  });

  it('runs as a non-root user, with an exec-form CMD and a HEALTHCHECK on /healthz', () => {
    expect(instruction(runtime, 'USER')).toEqual(['USER node']);
    const [cmd] = instruction(runtime, 'CMD');
    expect(execForm(cmd as string)[0]).toBe('node');
    const [health] = instruction(runtime, 'HEALTHCHECK');
    expect(health).toMatch(/\/healthz/);
    expect(execForm(health as string)[0]).toBe('node');
  });

  it('keeps .env and local data out of the image', () => {
    const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['.env', 'data/', 'node_modules/']) expect(ignored).toContain(entry);
  });
});

/**
 * No Docker engine runs here, so the runtime stage's steps run in a scratch directory instead:
 * the production install, the build, the exact CMD, /healthz, the HEALTHCHECK command, and SIGTERM.
 */
describe('Dockerfile runtime stage, run outside Docker', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'refer-triage-runtime-'));
  beforeAll(async () => {
    for (const file of ['package.json', 'package-lock.json', 'manifest.yml'])
      copyFileSync(join(root, file), join(scratch, file));
    await run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], { cwd: scratch });
    await run('npx', ['tsc', '-p', join(root, 'tsconfig.build.json'), '--outDir', join(scratch, 'dist')], {
      cwd: root,
    });
  }, 300_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('starts with production dependencies only, answers /healthz and the HEALTHCHECK, and stops on SIGTERM', async () => {
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: scratch };
    for (const line of instruction(runtime, 'ENV')) {
      for (const [, k, v] of line.slice(4).matchAll(/(\w+)=(\S+)/g)) env[k as string] = v as string;
    }
    const port = await freePort();
    Object.assign(env, {
      PORT: String(port),
      SLACK_BOT_TOKEN: 'xoxb-runtime-test',
      SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef0123456789',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
    });
    const [command, ...args] = execForm(instruction(runtime, 'CMD')[0] as string);
    const child = spawn(command as string, args, { cwd: scratch, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      output += c.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      await expect
        .poll(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.status, {
          timeout: 20_000,
          interval: 200,
        })
        .toBe(200);
      const [hcCommand, ...hcArgs] = execForm(instruction(runtime, 'HEALTHCHECK')[0] as string);
      await expect(run(hcCommand as string, hcArgs, { env })).resolves.toBeDefined();
      expect(output).toContain('refer-triage is running');
      expect(output).toContain(`sqlite:./data/refer-triage.sqlite`);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(output).toContain('"msg":"stopped"');
  }, 60_000);
});
