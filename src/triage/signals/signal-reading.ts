import type { NoteContext } from './detectors.js';
import { REGISTRY, SIGNAL_NAMES, type SignalName, type Signals } from './registry.js';
import type { Signal } from './signal.js';
import type { SignalSpec } from './signal-spec.js';

/** Reading the registry: one entry as a plain spec, whether a signal counts against a note, every signal of a note. */

/** An entry read as a plain signal spec: each entry types its own signal shape, the readers need only the common one. */
export function specOf(name: SignalName): SignalSpec<Signal> {
  return REGISTRY[name] as unknown as SignalSpec<Signal>;
}

/** Whether a signal counts against the note: a question left unanswered, a risk raised (or the entry's own rule). */
export function countsAgainst(signals: Signals, name: SignalName): boolean {
  const spec = specOf(name);
  const signal = signals[name];
  if (spec.against) return spec.against(signal);
  return spec.kind === 'question' ? !signal.present : signal.present;
}

/** Reads every signal off one note; for a one-pager, `note` is joined to its first note and `answer` is it alone. */
export function detectSignals(note: NoteContext, answer: NoteContext = note): Signals {
  const signals: Partial<Record<SignalName, Signal>> = {};
  for (const name of SIGNAL_NAMES) signals[name] = specOf(name).detect(specOf(name).answerAlone ? answer : note);
  return signals as Signals;
}
