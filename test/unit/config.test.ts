import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const BASE = { SLACK_BOT_TOKEN: 'xoxb-1-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef' };

function problems(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('loadConfig', () => {
  it('applies sensible defaults', () => {
    expect(loadConfig(BASE)).toMatchObject({
      socketMode: false,
      slackApiUrl: 'https://slack.com/api/',
      port: 3000,
      databaseUrl: undefined,
      logLevel: 'info',
      oauth: null,
    });
  });

  it('treats empty strings as unset and normalises the API URL', () => {
    expect(loadConfig({ ...BASE, PORT: '', SLACK_API_URL: 'http://127.0.0.1:9/api', DATABASE_URL: ' ' })).toMatchObject(
      {
        port: 3000,
        slackApiUrl: 'http://127.0.0.1:9/api/',
        databaseUrl: undefined,
      },
    );
  });

  it('runs in Socket Mode with an app token and no signing secret', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-x' }).socketMode).toBe(true);
  });

  it('reports every problem at once, one line each, naming the variable but never its value', () => {
    const secret = 'not-a-token-SECRETVALUE';
    const lines = problems({
      SLACK_BOT_TOKEN: secret,
      PORT: '99999',
      LOG_LEVEL: 'loud',
      DATABASE_URL: 'mysql://x',
      SLACK_APP_TOKEN: 'oops',
    });
    expect(lines.map((l) => l.split(' ')[0]).sort()).toEqual(
      ['DATABASE_URL', 'LOG_LEVEL', 'PORT', 'SLACK_APP_TOKEN', 'SLACK_BOT_TOKEN'].sort(),
    );
    expect(lines.join('\n')).not.toContain('SECRETVALUE');
    expect(lines.every((l) => l.includes(':'))).toBe(true);
  });

  it('derives the spray check key from a secret every replica shares, or takes its own', () => {
    const key = (env: Record<string, string>) => loadConfig(env).sprays.key.toString('hex');
    expect(loadConfig(BASE).sprays.windowDays).toBe(30);
    expect(key(BASE)).toBe(key({ ...BASE }));
    expect(key({ ...BASE, SPRAY_HASH_KEY: 'k'.repeat(32) })).not.toBe(key(BASE));
    expect(key({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-x' })).toHaveLength(64);
    expect(loadConfig({ ...BASE, SPRAY_WINDOW_DAYS: '9' }).sprays.windowDays).toBe(9);
    const lines = problems({ ...BASE, SPRAY_HASH_KEY: 'short-SECRETVALUE', SPRAY_WINDOW_DAYS: '0' });
    expect(lines.map((l) => l.split(' ')[0]).sort()).toEqual(['SPRAY_HASH_KEY', 'SPRAY_WINDOW_DAYS']);
    expect(lines.join('\n')).not.toContain('SECRETVALUE');
  });

  it('requires the whole OAuth set and an encryption key, and says how to make one', () => {
    const lines = problems({ SLACK_SIGNING_SECRET: BASE.SLACK_SIGNING_SECRET, SLACK_CLIENT_ID: '1.2' });
    expect(lines.some((l) => l.startsWith('SLACK_CLIENT_SECRET is missing'))).toBe(true);
    expect(
      lines.some((l) => l.startsWith('INSTALLATION_ENCRYPTION_KEY is required') && l.includes('openssl rand -hex 32')),
    ).toBe(true);
    const oauth = loadConfig({
      SLACK_SIGNING_SECRET: BASE.SLACK_SIGNING_SECRET,
      SLACK_CLIENT_ID: '1.2',
      SLACK_CLIENT_SECRET: 'cs',
      SLACK_STATE_SECRET: 'ss',
      INSTALLATION_ENCRYPTION_KEY: 'ab'.repeat(32),
    });
    expect(oauth.oauth?.encryptionKey.length).toBe(32);
    expect(oauth.botToken).toBeUndefined();
  });
});
