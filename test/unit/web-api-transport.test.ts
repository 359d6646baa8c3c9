import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackFetch } from '../../src/slack/web-api-transport.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { freshTrigger } from '../helpers/slack-requests.js';

describe('slackFetch, the Web API client transport', () => {
  const slack = new FakeSlack();
  let plain: Server;
  let plainUrl = '';
  const client = (options: webApi.WebClientOptions = {}) =>
    new webApi.WebClient('xoxb-transport', { slackApiUrl: slack.apiUrl, fetch: slackFetch, ...options });

  beforeAll(async () => {
    await slack.start();
    // Answers with whatever status the path names, echoing the request so headers and body can be checked.
    plain = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        const status = Number(req.url?.slice(1)) || 200;
        res.writeHead(status, { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'] });
        res.end(status === 204 ? undefined : JSON.stringify({ method: req.method, headers: req.headers, body }));
      });
    });
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    plainUrl = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await slack.stop();
    plain.closeAllConnections();
    await new Promise((resolve) => plain.close(resolve));
  });

  it('carries a Web API call: form body, bearer token, JSON answer', async () => {
    const trigger = freshTrigger();
    const result = await client().views.open({
      trigger_id: trigger,
      view: { type: 'modal', title: { type: 'plain_text', text: 'Hi' }, blocks: [] },
    });
    expect(result.ok).toBe(true);
    const [call] = slack.callsTo('views.open').slice(-1);
    expect(call?.token).toBe('xoxb-transport');
    expect(call?.args.trigger_id).toBe(trigger);
  });

  it('passes headers through, so a 429 keeps its Retry-After', async () => {
    slack.inject('chat.postMessage', { status: 429, retryAfter: 7 });
    const error = await client({ rejectRateLimitedCalls: true })
      .chat.postMessage({ channel: 'C1', text: 'x' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: webApi.ErrorCode.RateLimitedError, retryAfter: 7 });
  });

  it('reports a non-200 answer as an HTTP error with its status', async () => {
    slack.inject('chat.postMessage', { status: 500 });
    const error = await client({ retryConfig: { retries: 0 } })
      .chat.postMessage({ channel: 'C1', text: 'x' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: webApi.ErrorCode.HTTPError, statusCode: 500 });
  });

  it('gives up when the client timeout passes', async () => {
    slack.inject('auth.test', { delayMs: 2_000 });
    const started = Date.now();
    const error = await client({ timeout: 100, retryConfig: { retries: 0 } })
      .auth.test()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: webApi.ErrorCode.RequestError });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('accepts a Headers object and keeps repeated response headers', async () => {
    const response = await slackFetch(`${plainUrl}/201`, {
      method: 'POST',
      headers: new Headers({ 'x-probe': 'yes', 'content-type': 'text/plain' }),
      body: 'hello',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('set-cookie')).toBe('a=1, b=2');
    const echoed = (await response.json()) as { method: string; headers: Record<string, string>; body: string };
    expect(echoed).toMatchObject({ method: 'POST', body: 'hello', headers: { 'x-probe': 'yes' } });
  });

  it('answers a no-content status with an empty body instead of throwing', async () => {
    const response = await slackFetch(`${plainUrl}/204`, { method: 'POST', body: '' });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });
});
