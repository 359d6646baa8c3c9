import * as z from 'zod';
import { parseEncryptionKey } from './encryption-key.js';
import { sprayKey } from './sprays/fingerprint.js';
import { DEFAULT_SPRAY_WINDOW_DAYS } from './store/retention.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** How to get each setting; printed with a problem, never the value. */
const HOW_TO_GET: Record<string, string> = {
  SLACK_BOT_TOKEN: 'copy the xoxb- Bot User OAuth Token from your app’s OAuth & Permissions page',
  SLACK_SIGNING_SECRET: 'copy the Signing Secret from your app’s Basic Information page',
  SLACK_APP_TOKEN: 'create an xapp- App-Level Token with connections:write on your app’s Basic Information page',
  SLACK_API_URL: 'leave it unset for https://slack.com/api/, or give a full http(s) URL',
  PORT: 'use a whole number from 1 to 65535 (default 3000)',
  DATABASE_URL: 'leave it unset for SQLite under ./data, or use file:PATH or postgres://user@host:5432/db',
  LOG_LEVEL: `use one of ${LOG_LEVELS.join(', ')}`,
  SLACK_CLIENT_ID: 'set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET together, from Basic Information',
  SLACK_CLIENT_SECRET:
    'set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET together, from Basic Information',
  SLACK_STATE_SECRET:
    'set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET together; any long random string',
  INSTALLATION_ENCRYPTION_KEY: 'generate one with: openssl rand -hex 32',
  SPRAY_HASH_KEY: 'leave it unset to derive it from another secret, or generate one with: openssl rand -hex 32',
  SPRAY_WINDOW_DAYS: 'use a whole number of days from 1 to 365 (default 30)',
};

const optional = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

const EnvSchema = z.object({
  SLACK_BOT_TOKEN: optional.refine((v) => !v || v.startsWith('xoxb-'), 'must start with xoxb-'),
  SLACK_SIGNING_SECRET: optional.refine((v) => !v || /^[0-9a-f]{16,}$/i.test(v), 'must be the hex signing secret'),
  SLACK_APP_TOKEN: optional.refine((v) => !v || v.startsWith('xapp-'), 'must start with xapp-'),
  SLACK_API_URL: optional
    .refine((v) => !v || /^https?:\/\/[^\s]+$/i.test(v), 'must be an http(s) URL')
    .transform((v) => (v ? (v.endsWith('/') ? v : `${v}/`) : 'https://slack.com/api/')),
  PORT: optional
    .refine((v) => !v || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 65535), 'must be a port number')
    .transform((v) => (v ? Number(v) : 3000)),
  DATABASE_URL: optional.refine(
    (v) => !v || /^(?:postgres(?:ql)?:\/\/.+|file:.+)$/i.test(v),
    'must be postgres://… or file:PATH',
  ),
  LOG_LEVEL: optional
    .refine((v) => !v || (LOG_LEVELS as readonly string[]).includes(v), 'is not a log level')
    .transform((v) => (v ?? 'info') as (typeof LOG_LEVELS)[number]),
  SLACK_CLIENT_ID: optional,
  SLACK_CLIENT_SECRET: optional,
  SLACK_STATE_SECRET: optional,
  INSTALLATION_ENCRYPTION_KEY: optional.refine((v) => !v || parseEncryptionKey(v) !== null, 'must be 32 bytes'),
  SPRAY_HASH_KEY: optional.refine((v) => !v || v.length >= 32, 'must be at least 32 characters'),
  SPRAY_WINDOW_DAYS: optional
    .refine((v) => !v || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 365), 'must be a number of days')
    .transform((v) => (v ? Number(v) : DEFAULT_SPRAY_WINDOW_DAYS)),
});

/** Rules between settings, checked even when a field is malformed so every problem shows at once. */
function crossChecks(raw: Record<string, string | undefined>): Array<{ key: string; message: string }> {
  const has = (key: string) => Boolean(raw[key]?.trim());
  const out: Array<{ key: string; message: string }> = [];
  const oauthKeys = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'];
  if (oauthKeys.some(has)) {
    for (const key of oauthKeys) if (!has(key)) out.push({ key, message: 'is missing (OAuth needs all three)' });
    if (!has('INSTALLATION_ENCRYPTION_KEY'))
      out.push({ key: 'INSTALLATION_ENCRYPTION_KEY', message: 'is required when OAuth is on' });
  } else if (!has('SLACK_BOT_TOKEN')) {
    out.push({ key: 'SLACK_BOT_TOKEN', message: 'is missing' });
  }
  if (!has('SLACK_APP_TOKEN') && !has('SLACK_SIGNING_SECRET')) {
    out.push({ key: 'SLACK_SIGNING_SECRET', message: 'is missing (HTTP mode verifies every request with it)' });
  }
  return out;
}

export interface Config {
  botToken: string | undefined;
  signingSecret: string | undefined;
  appToken: string | undefined;
  socketMode: boolean;
  slackApiUrl: string;
  port: number;
  databaseUrl: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  oauth: { clientId: string; clientSecret: string; stateSecret: string; encryptionKey: Buffer } | null;
  /** The spray check: the HMAC key for senders and roles, and how many days back it looks. */
  sprays: { key: Buffer; windowDays: number };
}

/** Invalid settings, one line per problem, naming the variable and how to fix it, never the value. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`refer-triage cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads settings from an environment object (process.env by default), t3-env style: all problems at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  const parsed = EnvSchema.safeParse(env);
  const issues = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ key: String(i.path[0] ?? 'settings'), message: i.message }))),
    ...crossChecks(env),
  ];
  if (!parsed.success || issues.length > 0) {
    const problems = issues.map(({ key, message }) => `${key} ${message}: ${HOW_TO_GET[key] ?? 'see .env.example'}`);
    throw new ConfigError([...new Set(problems)]);
  }
  const e = parsed.data;
  return Object.freeze({
    botToken: e.SLACK_BOT_TOKEN,
    signingSecret: e.SLACK_SIGNING_SECRET,
    appToken: e.SLACK_APP_TOKEN,
    socketMode: Boolean(e.SLACK_APP_TOKEN),
    slackApiUrl: e.SLACK_API_URL,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    oauth:
      e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET && e.INSTALLATION_ENCRYPTION_KEY
        ? {
            clientId: e.SLACK_CLIENT_ID,
            clientSecret: e.SLACK_CLIENT_SECRET,
            stateSecret: e.SLACK_STATE_SECRET,
            encryptionKey: parseEncryptionKey(e.INSTALLATION_ENCRYPTION_KEY) as Buffer,
          }
        : null,
    sprays: {
      // Every replica derives the same key; crossChecks guarantee one of these secrets is set.
      key: sprayKey(
        e.SPRAY_HASH_KEY ?? e.INSTALLATION_ENCRYPTION_KEY ?? e.SLACK_SIGNING_SECRET ?? e.SLACK_APP_TOKEN ?? '',
      ),
      windowDays: e.SPRAY_WINDOW_DAYS,
    },
  });
}
