import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

export interface SignedOptions {
  secret?: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  signature?: string;
  headers?: Record<string, string>;
}

/** Signs exactly as Slack does: v0=HMAC-SHA256(secret, "v0:{timestamp}:{raw body}"). */
export function signature(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SlackResponse {
  status: number;
  body: string;
  json: unknown;
  ms: number;
}

export async function sendSigned(
  url: string,
  body: string,
  contentType: string,
  options: SignedOptions = {},
): Promise<SlackResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const start = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? signature(body, timestamp, options.secret),
      ...options.headers,
    },
    body,
  });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: response.status, body: text, json, ms: performance.now() - start };
}

export function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

let triggerCounter = 0;
/** A trigger id the fake Slack honours for three seconds from now, once. */
export function freshTrigger(issuedAt = Date.now()): string {
  triggerCounter++;
  return `${issuedAt}.${triggerCounter}.fake`;
}

export const TEAM = 'T0TEAM';
export const REFERRER = 'U0REFERRER';

export function slashCommand(text: string, over: Record<string, string> = {}): string {
  return form({
    token: 'legacy',
    team_id: TEAM,
    team_domain: 'acme',
    channel_id: 'D0REFERRERDM',
    channel_name: 'directmessage',
    user_id: REFERRER,
    user_name: 'priya',
    command: '/refer-triage',
    text,
    api_app_id: 'A0APP',
    response_url: '',
    trigger_id: freshTrigger(),
    ...over,
  });
}

export function interaction(payload: object): string {
  return form({ payload: JSON.stringify(payload) });
}

export function eventBody(event: object, over: Record<string, unknown> = {}): string {
  return JSON.stringify({
    token: 'legacy',
    team_id: TEAM,
    api_app_id: 'A0APP',
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    event,
    ...over,
  });
}

let dmSeq = 0;

/** A message in the app's DM with the referrer, signed and sent as Slack sends a message.im event. */
export function sendDmEvent(eventsUrl: string, fields: Record<string, unknown>): Promise<SlackResponse> {
  return sendSigned(
    eventsUrl,
    eventBody({
      type: 'message',
      channel: 'D0REFERRER',
      channel_type: 'im',
      team: TEAM,
      ts: `1732570000.${String(++dmSeq).padStart(6, '0')}`,
      ...fields,
    }),
    'application/json',
  );
}
