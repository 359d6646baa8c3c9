import { readFileSync } from 'node:fs';
import type { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { registerHandlers } from '../handlers/index.js';
import { BOT_SCOPES, COMMAND, EVENTS, SHORTCUTS } from '../src/ids.js';

interface Manifest {
  display_information: { name: string; description: string; long_description?: string };
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: Array<{ command: string; description: string; usage_hint?: string; url: string }>;
    shortcuts: Array<{ name: string; type: string; callback_id: string; description: string }>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url: string };
    interactivity: { is_enabled: boolean; request_url: string };
    socket_mode_enabled: boolean;
  };
}

const manifest = parse(readFileSync(new URL('../manifest.yml', import.meta.url), 'utf8')) as Manifest;

/** Records what the handlers register, without a receiver or network. */
function registrations() {
  const seen = { commands: [] as string[], shortcuts: [] as string[], events: [] as string[] };
  const fake = {
    command: (name: string) => seen.commands.push(name),
    shortcut: (c: { callback_id: string }) => seen.shortcuts.push(c.callback_id),
    event: (name: string) => seen.events.push(name),
    message: () => seen.events.push('message'),
    view: () => {},
    action: () => {},
  } as unknown as App;
  registerHandlers(fake, { store: {} as never, logger: {} as never });
  return seen;
}

describe('manifest.yml', () => {
  const seen = registrations();

  it('declares exactly the slash commands the code registers, with a usage hint', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([COMMAND]);
    expect(seen.commands).toEqual([COMMAND]);
    expect(manifest.features.slash_commands[0]?.usage_hint).toBeTruthy();
  });

  it('declares exactly the shortcuts the code registers', () => {
    expect(manifest.features.shortcuts.map((s) => s.callback_id).sort()).toEqual(Object.values(SHORTCUTS).sort());
    expect(seen.shortcuts.sort()).toEqual(Object.values(SHORTCUTS).sort());
    expect(manifest.features.shortcuts.every((s) => s.type === 'message' && s.description.length <= 150)).toBe(true);
  });

  it('subscribes to exactly the events the code handles', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...EVENTS].sort());
    // Bolt registers message.im as the "message" event; the handler filters to DMs.
    expect(seen.events.map((e) => (e === 'message' ? 'message.im' : e)).sort()).toEqual([...EVENTS].sort());
  });

  it('asks for exactly the bot scopes the code uses, and nothing more', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(Object.keys(BOT_SCOPES).sort());
  });

  it('turns on the App Home tabs, interactivity and Socket Mode for development', () => {
    expect(manifest.features.app_home).toEqual({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    for (const url of [
      manifest.settings.interactivity.request_url,
      manifest.settings.event_subscriptions.request_url,
      manifest.features.slash_commands[0]?.url,
    ]) {
      expect(url).toMatch(/\/slack\/events$/);
    }
  });

  it('keeps within the manifest’s field limits', () => {
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect((manifest.display_information.long_description ?? '').length).toBeGreaterThanOrEqual(174);
    expect(manifest.features.bot_user.display_name).toMatch(/^[a-z0-9._-]{1,80}$/);
    expect(COMMAND.length).toBeLessThanOrEqual(32);
  });

  it('each scope is used by a call in the code', () => {
    const source = ['handlers/commands.ts', 'handlers/shortcuts.ts', 'src/slack/dm.ts', 'src/services/blurb-poster.ts']
      .map((f) => readFileSync(new URL(`../${f}`, import.meta.url), 'utf8'))
      .join('\n');
    const evidence: Record<string, RegExp> = {
      commands: /app\.command|app\.shortcut/,
      'chat:write': /chat\.postMessage/,
      'channels:join': /conversations\s*\.join/,
      'users:read': /users\s*\.info/,
      'im:write': /conversations\.open/,
    };
    for (const [scope, pattern] of Object.entries(evidence)) expect(source, scope).toMatch(pattern);
    expect(readFileSync(new URL('../handlers/messages.ts', import.meta.url), 'utf8')).toMatch(/app\.event\('message'/);
  });
});
