/**
 * A count of something named earlier in the sentence ("para duas delas", "tres de ellas", "two of
 * them"), in the languages the triage reads. Data only: the counts, and the words that point back.
 */
export const COUNT_WORDS = [
  'uma|um|duas|dois|três|tres|metade|ambas|ambos',
  'una|uno|dos|la mitad',
  'une|un|deux|trois',
  'due|tre',
  'einen|einem|eine|zwei|drei',
  'one|two|three|half|both',
].join('|');

export const OF_THEM = [
  'delas|deles|dessas|desses',
  'de ellas|de ellos',
  "d['’]entre elles|d['’]entre eux",
  'di esse|di essi',
  'davon|von ihnen',
  'of them|of those',
].join('|');
