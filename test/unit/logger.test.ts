import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { boltLogger, createLogger } from '../../src/logger.js';
import { LogCapture } from '../helpers/app-harness.js';

describe('logging', () => {
  it('redacts text, tokens and secrets from structured fields and from messages', () => {
    const capture = new LogCapture();
    const logger = createLogger('debug', capture);
    logger.info(
      { text: 'could you refer me', token: 'xoxb-1-secret', signingSecret: 'abc', event: { text: 'hidden' } },
      'fields',
    );
    logger.warn('a token xoxb-123-456-secret in a message');
    boltLogger(logger).error('bolt says', { token: 'xapp-1-secret' });
    boltLogger(logger).error(new Error('failed with xoxb-9-secret'));
    const all = capture.all;
    expect(all).not.toMatch(/could you refer me|hidden|xoxb-|xapp-|"abc"/);
    expect(all).toContain('[redacted]');
    expect(capture.lines).toHaveLength(4);
  });

  it('lets LOG_LEVEL alone decide what Bolt writes, and never writes Bolt’s debug lines', () => {
    const quiet = new LogCapture();
    const warnOnly = boltLogger(createLogger('warn', quiet));
    warnOnly.setLevel(LogLevel.INFO);
    expect(warnOnly.getLevel()).toBe(LogLevel.WARN);
    warnOnly.info('Bolt chatter');
    warnOnly.warn('worth a look');
    expect(quiet.lines).toHaveLength(1);

    const verbose = new LogCapture();
    const debug = boltLogger(createLogger('debug', verbose));
    debug.setName('socket-mode');
    debug.debug('http request body: {"view":"could you refer me"}');
    debug.info('connected');
    expect(verbose.all).not.toContain('could you refer me');
    expect(verbose.lines.map((l) => JSON.parse(l) as { component: string; msg: string })).toEqual([
      expect.objectContaining({ component: 'socket-mode', msg: 'connected' }),
    ]);
  });
});
