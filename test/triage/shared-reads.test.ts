import { describe, expect, it } from 'vitest';
import { normalizeRequest } from '../../src/triage/intake/normalize.js';
import { isScreenLine } from '../../src/triage/intake/screen-line.js';
import { readRequest } from '../../src/triage/reading/reading.js';
import { noteContext } from '../../src/triage/signals/detectors.js';
import { detectSignals } from '../../src/triage/signals/signal-reading.js';

// Issue 23: reads shared within one triage must answer as the reads they replace.
describe('reads shared within a triage', () => {
  it('answers the service ask once per sentence, for the no-ask and not-a-referral checks alike', () => {
    const context = noteContext(
      readRequest('Could you refer me to whoever runs procurement at your firm? We make pallet racking.'),
      0,
    );
    const first = context.serviceAsk('Could you refer me to whoever runs procurement at your firm?');
    expect(first).not.toBeNull();
    expect(context.serviceAsk('Could you refer me to whoever runs procurement at your firm?')).toBe(first);
    const signals = detectSignals(context);
    expect(signals.notAReferral.present).toBe(true);
    expect(signals.noAsk.present).toBe(true);
  });

  it('reads a screen line the same when the caller says it is not furniture alone', () => {
    for (const line of ['Start a new message', 'Seen by 2 people', 'Loved the pastry course, thanks'])
      expect(isScreenLine(line, false)).toBe(isScreenLine(line));
  });

  it('still reads a contact over a stamp line as the thread’s sender', () => {
    const paste = [
      'Okafor, Tunde (Ops)',
      'Tuesday 4:12 PM',
      'Hey, any chance you could pass my CV to the line cook hiring lead?',
      '',
      'Okafor, Tunde (Ops)',
      'Tuesday 4:13 PM',
      'I ran the grill at Ember for two years.',
    ].join('\n');
    expect(normalizeRequest(paste).clues.sender).toBe('Tunde Okafor');
  });
});
