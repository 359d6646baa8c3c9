import { describe, expect, it } from 'vitest';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';

describe('normalizeRequest', () => {
  it.each([
    ['user mention with label', 'Hey <@U123|priya> hi', 'Hey @priya hi'],
    ['user mention without label', 'Hey <@U04ABCD12> hi', 'Hey @U04ABCD12 hi'],
    ['channel link', 'see <#C1|hiring>', 'see #hiring'],
    [
      'labelled link keeps its URL',
      'the <https://x.example/jobs/1|job 1> posting',
      'the job 1 (https://x.example/jobs/1) posting',
    ],
    ['bare link', 'at <https://x.example/a>', 'at https://x.example/a'],
    ['mailto link', 'mail <mailto:a@b.example|a@b.example>', 'mail a@b.example'],
    ['special mentions become words', '<!here> and <!channel> and <!everyone>', '@here and @channel and @everyone'],
    ['user group', 'ping <!subteam^S1|@pms>', 'ping @pms'],
    ['entities decode after markup', 'R&amp;D &lt;NAME&gt; 1 &gt; 0', 'R&D <NAME> 1 > 0'],
    ['bold, italic, strike and code', 'the *PM, Growth* _role_ ~old~ `code`', 'the PM, Growth role old code'],
    ['emoji codes disappear', 'Hey :wave: there :tada::tada:', 'Hey there'],
    ['underscores inside words survive', 'Hi {first_name}, snake_case', 'Hi {first_name}, snake_case'],
    ['zero-width and bidi marks vanish', 'ref\u200Ber \u202Eme', 'refer me'],
    ['curly quotes straighten', 'I\u2019m \u201Cready\u201D', 'I\'m "ready"'],
  ])('%s', (_name, raw, text) => {
    expect(normalizeRequest(raw).text).toBe(text);
  });

  it('keeps every URL, once, in order', () => {
    const { urls } = normalizeRequest(
      'Role: https://jobs.example/1, one-pager <https://docs.example/p|here>. Again https://jobs.example/1.',
    );
    expect(urls).toEqual(['https://jobs.example/1', 'https://docs.example/p']);
  });

  it('drops quoted earlier mail and the signature block', () => {
    const raw = [
      'Hi Dev, following up with the one-pager.',
      'Would you refer me for PM, Checkout?',
      '--',
      'Leah | +1 555 0100',
      'On Tue, Nov 3, 2026 at 9:14 AM Dev <dev@example.org> wrote:',
      '> Send me a one-pager.',
    ].join('\n');
    expect(normalizeRequest(raw).text).toBe(
      'Hi Dev, following up with the one-pager.\nWould you refer me for PM, Checkout?',
    );
  });

  it('drops an "On … wrote:" history even without a signature', () => {
    const raw = 'Thanks for getting back to me, here is the role link you asked for.\nOn Mon, Dev wrote:\n> ok';
    expect(normalizeRequest(raw).text).toBe('Thanks for getting back to me, here is the role link you asked for.');
  });

  it('keeps a note that is only a quote, without the quote marks', () => {
    expect(normalizeRequest('> could you refer me for the platform role?').text).toBe(
      'could you refer me for the platform role?',
    );
  });

  it('leaves broken markup as text rather than guessing', () => {
    expect(normalizeRequest('a < b and <unclosed').text).toBe('a < b and <unclosed');
  });
});
