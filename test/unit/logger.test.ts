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

  it('adapts to Bolt’s Logger interface', () => {
    const logger = boltLogger(createLogger('info', new LogCapture()));
    logger.setLevel('debug' as never);
    expect(logger.getLevel()).toBe('debug');
    logger.setName('socket-mode');
  });
});
