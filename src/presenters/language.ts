import { languageName, type TriageResult } from '../triage/index.js';

/**
 * The note's language as the modal, the DM and Home show it: nothing for English, the language for
 * the others, and for a language the triage does not read, that it gave no verdict.
 */
export function languageLine(result: Pick<TriageResult, 'language'>): string | null {
  const { code, supported } = result.language;
  if (code === 'en') return null;
  const name = languageName(code);
  const named = name === code ? `a language the triage does not know (${code})` : name;
  return supported
    ? `Written in ${named}; the drafts answer in ${named}.`
    : `Written in ${named}, which the triage does not read: answer by hand.`;
}

/** Home's short form: "in Spanish". */
export function languageTag(result: Pick<TriageResult, 'language'>): string | null {
  const { code, supported } = result.language;
  if (code === 'en') return null;
  return `in ${languageName(code)}${supported ? '' : ' (not read)'}`;
}

/** The drafts a view edits: none are written for a note the triage does not read, so the referrer starts from blank. */
export function draftsOf(result: Pick<TriageResult, 'drafts'>): NonNullable<TriageResult['drafts']> {
  return result.drafts ?? { yes: '', one_pager: '', no: '' };
}
