import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Corpus, CorpusSchema } from '../../src/cli/corpus.js';

/** The project's own fixtures: requests written for this project, with a careful referrer's verdicts. */
export function loadOwnCorpus(file = 'own-corpus.json'): Corpus {
  const path = fileURLToPath(new URL(`../fixtures/${file}`, import.meta.url));
  return CorpusSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** The batches written and labelled before their first run, each a fixture file. */
export const BLIND_BATCHES = [
  'fields-blind.json',
  'fields-blind-2.json',
  'fields-blind-3.json',
  'fields-blind-4.json',
  'fields-blind-5.json',
  'fields-blind-6.json',
  'fields-blind-7.json',
  'fields-blind-8.json',
  'fields-blind-9.json',
  'fields-blind-10.json',
  'fields-blind-11.json',
  'fields-blind-12.json',
  'fields-blind-13.json',
  'fields-blind-14.json',
  'fields-blind-15.json',
  'fields-blind-16.json',
  'fields-blind-17.json',
  'fields-blind-18.json',
  'fields-blind-19.json',
  'fields-blind-20.json',
  'fields-blind-21.json',
  'fields-blind-22.json',
  'writing-blind.json',
];
