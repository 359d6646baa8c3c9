import { INPUTS } from '../ids.js';
import { type StoredProfile, StoredProfileSchema } from '../store/schema.js';
import { WORKING_LANGUAGES, type WorkingLanguage } from '../triage/index.js';
import type { ViewState } from './view-state.js';
import { checkedValues, selectedConversation, selectedValue, textValue } from './view-state.js';

export type SettingsResult =
  | {
      ok: true;
      profile: StoredProfile /** Role lines read as a title and a link, to tell the referrer. */;
      split: string[];
    }
  | { ok: false; errors: Record<string, string> };

const TRAILING_URL = /^(.*?)[\s|]+(https?:\/\/\S+)$/i;

/**
 * One role line as a title and an optional link: "Title | https://…", or "Title https://…" with the
 * link pasted after the title (read the same way, so a link never becomes part of a role's name).
 */
export function readRoleLine(line: string): { title: string; url?: string; split: boolean } {
  if (line.includes('|')) {
    const [title = '', url] = line.split('|').map((p) => p.trim());
    return { title, ...(url ? { url } : {}), split: false };
  }
  const match = TRAILING_URL.exec(line);
  const title = match?.[1]?.trim();
  if (match && title) return { title, url: match[2] as string, split: true };
  return { title: line, split: false };
}

/** The open roles box, one role per line; a problem is put on the box. */
function readRoles(
  state: ViewState,
  errors: Record<string, string>,
): { roles: StoredProfile['openRoles']; split: string[] } {
  const roles: StoredProfile['openRoles'] = [];
  const split: string[] = [];
  const rolesText = textValue(state, INPUTS.openRoles) ?? '';
  rolesText
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .forEach((line, index) => {
      const { title, url, split: wasSplit } = readRoleLine(line);
      if (!title) errors[INPUTS.openRoles.block] = `Line ${index + 1} needs a role title before the |.`;
      else if (url && !/^https?:\/\/\S+$/i.test(url))
        errors[INPUTS.openRoles.block] = `Line ${index + 1}: the link must start with https://.`;
      else {
        roles.push(url ? { title, url } : { title });
        if (wasSplit) split.push(title);
      }
    });
  if (roles.length > 20) errors[INPUTS.openRoles.block] = 'List at most 20 open roles.';
  return { roles, split };
}

/**
 * The blurb's language: one of the menu's options. A form without the menu (opened before it existed)
 * means English, the default; anything else is refused on the field.
 */
function readWorkingLanguage(state: ViewState, errors: Record<string, string>): WorkingLanguage {
  const chosen = selectedValue(state, INPUTS.workingLanguage);
  if (chosen === null) return 'en';
  const known = WORKING_LANGUAGES.find((code) => code === chosen);
  if (!known) errors[INPUTS.workingLanguage.block] = 'Choose one of the languages in the list.';
  return known ?? 'en';
}

/** Reads the settings modal; every problem is reported on its own field, in words a person can act on. */
export function readSettings(state: ViewState): SettingsResult {
  const errors: Record<string, string> = {};
  const { roles, split } = readRoles(state, errors);
  const workingLanguage = readWorkingLanguage(state, errors);
  const retentionText = textValue(state, INPUTS.retention) ?? '';
  const retention = Number(retentionText);
  if (!Number.isInteger(retention) || retention < 1 || retention > 3650) {
    errors[INPUTS.retention.block] = 'Use a whole number of days from 1 to 3650.';
  }
  const waitText = textValue(state, INPUTS.onePagerWait) ?? '';
  const wait = waitText.trim() ? Number(waitText) : null;
  if (wait !== null && (!Number.isInteger(wait) || wait < 1 || wait > 60)) {
    errors[INPUTS.onePagerWait.block] = 'Use a whole number of days from 1 to 60.';
  }
  const teamArea = (textValue(state, INPUTS.teamArea) ?? '').trim();
  if (!teamArea) errors[INPUTS.teamArea.block] = 'Describe your team area in a few words.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const parsed = StoredProfileSchema.safeParse({
    name: textValue(state, INPUTS.name)?.trim() || null,
    teamArea,
    openRoles: roles,
    hiringChannel: selectedConversation(state, INPUTS.hiringChannel),
    retentionDays: retention,
    remindersOn: checkedValues(state, INPUTS.reminders).includes('on'),
    onePagerWaitDays: wait,
    workingLanguage,
  });
  if (!parsed.success) {
    const field: Record<string, string> = {
      name: INPUTS.name.block,
      teamArea: INPUTS.teamArea.block,
      openRoles: INPUTS.openRoles.block,
      hiringChannel: INPUTS.hiringChannel.block,
      retentionDays: INPUTS.retention.block,
      onePagerWaitDays: INPUTS.onePagerWait.block,
      workingLanguage: INPUTS.workingLanguage.block,
    };
    for (const issue of parsed.error.issues) {
      errors[field[String(issue.path[0])] ?? INPUTS.teamArea.block] = issue.message;
    }
    return { ok: false, errors };
  }
  return { ok: true, profile: parsed.data, split };
}
