import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { slackErrorFor, strictMessage, strictView } from './block-kit.js';

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  token: string | null;
}

export type Injected =
  | { error: string; extra?: Record<string, unknown> }
  | { status: number; retryAfter?: number }
  | { delayMs: number };

/**
 * Message timestamps, shared by every fake in the process: Slack's are unique in a channel, and two
 * fakes standing for one Slack (two replicas) must not hand out the same one.
 */
let lastTs = 1_732_550_000;

const VIEW_METHODS = new Set(['views.open', 'views.update', 'views.publish', 'views.push']);
const MESSAGE_METHODS = new Set(['chat.postMessage', 'chat.update', 'chat.postEphemeral']);

/**
 * A stand-in for Slack's Web API: answers as Slack does, records every call, enforces trigger
 * expiry and Block Kit's rules as Slack validates them (block-kit.ts), and fails on demand (platform errors, 429 with Retry-After, 500s, delays).
 */
export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  /** Posts made to response_url, in order. */
  readonly responses: Array<{ id: string; body: Record<string, unknown> }> = [];
  readonly violations: string[] = [];
  private readonly injected = new Map<string, Injected[]>();
  private readonly listeners: Array<(call: RecordedCall, arrivedAt: number) => void> = [];
  private readonly usedTriggers = new Set<string>();
  private server: Server | null = null;
  private views = 0;
  baseUrl = '';
  /** What apps.connections.open hands out; empty until a test starts a FakeSocketMode. */
  socketModeUrl = '';
  /** Files that files.info knows, by id. */
  readonly files = new Map<string, Record<string, unknown>>();
  /** Channels that conversations.info reports as shared with another organisation (Slack Connect). */
  readonly extShared = new Set<string>();
  /** Messages the app posted, in order: chat.update answers message_not_found for any other, as Slack does. */
  readonly posted: Array<{ channel: string; ts: string; text: string }> = [];
  /** Each user's time zone as users.info reports it; Slack gives every user one. */
  readonly timeZones = new Map<string, string>();
  /** Users that users.info reports as workspace admins (is_admin); everyone else is a member. */
  readonly admins = new Set<string>();
  /** The workspace that oauth.v2.access says installed the app. */
  readonly installingTeam = { id: 'T0INSTALLED', name: 'Installed Co' };

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  responseUrl(id = 'r1'): string {
    return `${this.baseUrl}/respond/${id}`;
  }

  /** The next call(s) to `method` get these answers instead of success. */
  inject(method: string, ...answers: Injected[]): void {
    this.injected.set(method, [...(this.injected.get(method) ?? []), ...answers]);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /**
   * Called for each call before it is answered, with the time its request arrived (wall clock in
   * milliseconds, microsecond resolution, comparable across processes), so benchmarks time arrival
   * rather than this fake's own parsing.
   */
  onCall(listener: (call: RecordedCall, arrivedAt: number) => void): void {
    this.listeners.push(listener);
  }

  /** A message the app posted before this fake was watching (a test that set the state up in the store). */
  remember(message: { channel: string; ts: string }, text = ''): void {
    this.posted.push({ ...message, text });
  }

  /** The last message the app posted whose text matches, as Slack would show it: where a click on it comes from. */
  lastPosted(text: RegExp): { channel: string; ts: string } {
    const found = [...this.posted].reverse().find((m) => text.test(m.text));
    if (!found) throw new Error(`no posted message matches ${text}`);
    return { channel: found.channel, ts: found.ts };
  }

  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.violations.length = 0;
    this.injected.clear();
  }

  /** Resolves once `count` calls to `method` have arrived (or rejects after `ms`). */
  async waitFor(method: string, count = 1, ms = 5_000): Promise<RecordedCall[]> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const calls = this.callsTo(method);
      if (calls.length >= count) return calls;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`timed out waiting for ${count} × ${method}; saw ${this.calls.map((c) => c.method).join(', ')}`);
  }

  /** A message a person wrote (not the app): chat.update refuses it with cant_update_message, as Slack does. */
  byPerson(message: { channel: string; ts: string }): void {
    this.people.add(`${message.channel}/${message.ts}`);
  }

  private readonly people = new Set<string>();

  /**
   * chat.update as Slack's reference describes it: channel and ts are required and name a message
   * the app posted (a DM by its D… id, not the user's U… id); text or blocks must be given; the
   * answer carries channel, ts, text and the message as it now reads.
   */
  private update(args: Record<string, unknown>): Record<string, unknown> {
    const channel = typeof args.channel === 'string' ? args.channel : '';
    const ts = typeof args.ts === 'string' ? args.ts : '';
    const fail = (error: string) => {
      this.violations.push(`chat.update: ${ts || '(no ts)'} in ${channel || '(no channel)'} [${error}]`);
      return { ok: false, error };
    };
    if (!channel || /^[UW]/.test(channel)) return fail('channel_not_found');
    if (!ts) return fail('message_not_found');
    if (this.people.has(`${channel}/${ts}`)) return fail('cant_update_message');
    const message = this.posted.find((m) => m.channel === channel && m.ts === ts);
    if (!message) return fail('message_not_found');
    const blocks = typeof args.blocks === 'string' ? JSON.parse(args.blocks) : args.blocks;
    if (!args.text && !(Array.isArray(blocks) && blocks.length)) return fail('no_text');
    message.text = String(args.text ?? '');
    return { ok: true, channel, ts, text: message.text, message: { text: message.text, blocks } };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrivedAt = performance.timeOrigin + performance.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (status: number, body: object, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (url.pathname.startsWith('/respond/')) {
      this.responses.push({ id: url.pathname.split('/')[2] ?? '', body: JSON.parse(raw || '{}') });
      send(200, { ok: true });
      return;
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const args = parseArgs(raw, req.headers['content-type'] ?? '');
    const auth = req.headers.authorization ?? null;
    const call = { method, args, token: auth?.replace(/^Bearer /, '') ?? (args.token as string | undefined) ?? null };
    this.calls.push(call);
    for (const listener of this.listeners) listener(call, arrivedAt);

    const next = this.injected.get(method)?.shift();
    if (next && 'delayMs' in next) await new Promise((r) => setTimeout(r, next.delayMs));
    else if (next && 'status' in next) {
      send(
        next.status,
        { ok: false, error: next.status === 429 ? 'ratelimited' : 'internal_error' },
        next.retryAfter ? { 'retry-after': String(next.retryAfter) } : {},
      );
      return;
    } else if (next && 'error' in next) {
      send(200, { ok: false, error: next.error, ...next.extra });
      return;
    }
    send(200, this.answer(method, args));
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const view = typeof args.view === 'string' ? (JSON.parse(args.view) as Record<string, unknown>) : undefined;
    const problems =
      VIEW_METHODS.has(method) && view ? strictView(view) : MESSAGE_METHODS.has(method) ? strictMessage(args) : [];
    if (problems.length) {
      this.violations.push(...problems.map((p) => `${method}: ${p.where}: ${p.detail} [${p.rule}]`));
      return { ok: false, error: slackErrorFor(problems) };
    }
    switch (method) {
      case 'auth.test':
        return { ok: true, team_id: 'T0TEAM', user_id: 'U0BOT', bot_id: 'B0BOT' };
      case 'apps.connections.open':
        return this.socketModeUrl ? { ok: true, url: this.socketModeUrl } : { ok: false, error: 'invalid_auth' };
      case 'oauth.v2.access':
        return args.code === 'good-code'
          ? {
              ok: true,
              app_id: 'A0APP',
              authed_user: { id: 'U0INSTALLER' },
              scope: String(args.scope ?? 'commands,chat:write'),
              token_type: 'bot',
              access_token: 'xoxb-installed-workspace-token',
              bot_user_id: 'U0BOT',
              team: this.installingTeam,
              enterprise: null,
              is_enterprise_install: false,
            }
          : { ok: false, error: 'invalid_code' };
      case 'views.open':
      case 'views.push': {
        // Both take a trigger_id, which works once and for three seconds (views.push reference page).
        const trigger = String(args.trigger_id ?? '');
        const issued = Number(trigger.split('.')[0]);
        if (this.usedTriggers.has(trigger)) return { ok: false, error: 'exchanged_trigger_id' };
        if (!issued || Date.now() - issued > 3_000) return { ok: false, error: 'expired_trigger_id' };
        this.usedTriggers.add(trigger);
        return { ok: true, view: { id: `V${++this.views}`, hash: `h${this.views}`, ...view } };
      }
      case 'views.update':
        return { ok: true, view: { id: args.view_id ?? `V${++this.views}`, hash: 'h', ...view } };
      case 'views.publish':
        return { ok: true, view: { id: `VH${++this.views}`, ...view } };
      case 'chat.postMessage': {
        const ts = `${++lastTs}.000100`;
        this.posted.push({ channel: String(args.channel), ts, text: String(args.text ?? '') });
        return { ok: true, channel: args.channel, ts, message: { text: args.text } };
      }
      case 'chat.update':
        return this.update(args);
      case 'chat.getPermalink':
        return {
          ok: true,
          permalink: `https://acme.slack.com/archives/${args.channel}/p${String(args.message_ts).replace('.', '')}`,
        };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users).replace(/^U/, '')}` } };
      case 'conversations.info':
        return {
          ok: true,
          channel: { id: args.channel, is_channel: true, is_ext_shared: this.extShared.has(String(args.channel)) },
        };
      case 'files.info': {
        const file = this.files.get(String(args.file));
        return file ? { ok: true, file } : { ok: false, error: 'file_not_found' };
      }
      case 'conversations.join':
        return { ok: true, channel: { id: args.channel } };
      case 'users.info': {
        const tz = this.timeZones.get(String(args.user)) ?? 'America/Los_Angeles';
        return {
          ok: true,
          user: {
            id: args.user,
            name: 'amara',
            real_name: 'Amara Okafor',
            profile: { real_name: 'Amara Okafor' },
            tz,
            tz_label: tz,
            tz_offset: 0,
            is_admin: this.admins.has(String(args.user)),
            is_owner: false,
            is_primary_owner: false,
          },
        };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(raw));
}

/** Parses a JSON-encoded argument the Web API client sent (view, blocks). */
export function jsonArg<T = Record<string, unknown>>(call: RecordedCall | undefined, key: string): T {
  const value = call?.args[key];
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
