import type { webApi } from '@slack/bolt';
import { vi } from 'vitest';
import { slackErrorFor, strictMessage, strictView, type Violation } from './block-kit.js';

/** Canned answers for the Web API methods the handlers call, in the shapes Slack returns. */
const ANSWERS: Record<string, object> = {
  'views.open': { ok: true, view: { id: 'V0LOADING' } },
  'views.update': { ok: true, view: { id: 'V0LOADING' } },
  'views.publish': { ok: true },
  'conversations.open': { ok: true, channel: { id: 'D0REFERRER' } },
  'conversations.join': { ok: true },
  'conversations.info': { ok: true, channel: { id: 'C0HIRING', is_channel: true, is_ext_shared: false } },
  'chat.postMessage': { ok: true, ts: '1700000000.000100' },
  'chat.update': { ok: true },
  'chat.getPermalink': { ok: true, permalink: 'https://acme.slack.com/archives/D0REQUESTER/p1700000000000100' },
  'users.info': { ok: true, user: { id: 'U0REQUESTER', real_name: 'Amara Okafor' } },
};

/** A Web API error as @slack/web-api raises it: the Slack error code in data.error. */
const slackError = (code: string) =>
  Object.assign(new Error(code), { code: 'slack_webapi_platform_error', data: { error: code } });

function blockKitProblems(method: string, args: unknown): Violation[] {
  const a = (args ?? {}) as Record<string, unknown>;
  if (method.startsWith('views.') && a.view) return strictView(a.view as Record<string, unknown>);
  if (['chat.postMessage', 'chat.update', 'chat.postEphemeral'].includes(method)) return strictMessage(a);
  return [];
}

/** One entry per call, ack included, in the order they happened. */
export interface Recorded {
  method: string;
  args: unknown;
}

/**
 * A typed fake of what a listener gets from Bolt: a Web API client whose every method is recorded
 * (unknown methods fail, as Slack would answer unknown_method; `failures` makes a method answer an
 * error code), plus ack and respond. The one cast
 * from the fake to Bolt's types lives here.
 */
export function buildArgs<T extends object>(payload: T, failures: Record<string, string> = {}) {
  const calls: Recorded[] = [];
  const call = (method: string) =>
    vi.fn(async (args: unknown) => {
      calls.push({ method, args });
      // The same Block Kit rules the fake Slack enforces: a view or message Slack would refuse fails here too.
      const problems = blockKitProblems(method, args);
      if (problems.length) throw slackError(slackErrorFor(problems));
      const failure = failures[method];
      if (failure) throw slackError(failure);
      const answer = ANSWERS[method];
      if (!answer) throw slackError('unknown_method');
      return answer;
    });
  const group = (name: string) => new Proxy({}, { get: (_target, method: string) => call(`${name}.${method}`) });
  const client = new Proxy({ token: 'xoxb-test', slackApiUrl: 'http://127.0.0.1:1/api/' } as Record<string, unknown>, {
    get: (target, name: string) => (name in target ? target[name] : group(name)),
  }) as unknown as webApi.WebClient;
  const ack = vi.fn(async (response?: unknown) => {
    calls.push({ method: 'ack', args: response });
  });
  const respond = vi.fn(async (message: unknown) => {
    calls.push({ method: 'respond', args: message });
  });
  return { payload, client, ack, respond, calls };
}

/** The Slack Web API calls made, in order, without ack and respond. */
export const slackCalls = (calls: Recorded[]) => calls.filter((c) => c.method !== 'ack' && c.method !== 'respond');
