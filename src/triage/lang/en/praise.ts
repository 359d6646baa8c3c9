/**
 * English word data: words of praise that describe nothing, so "your visionary work" names no work the
 * writer saw and "your incredible team" no role. Read by the why-me phrases and the role words; not a
 * phrase list of its own.
 */
export const PRAISE_ADJECTIVES =
  'amazing incredible inspiring brilliant awesome great impressive visionary outstanding phenomenal legendary ' +
  'wonderful fantastic stellar excellent extraordinary exceptional fabulous remarkable';
