import { describe, expect, it } from 'vitest';
import { INPUTS } from '../../src/ids.js';
import { profileModel } from '../../src/presenters/home.js';
import { coreProfile } from '../../src/services/triage-service.js';
import { readSettings } from '../../src/slack/settings-form.js';
import type { StoredProfile } from '../../src/store/schema.js';
import { triage, WORKING_LANGUAGES } from '../../src/triage/index.js';
import { buildHome } from '../../src/views/home.js';
import { buildSettingsModal } from '../../src/views/settings-modal.js';
import { checkView } from '../helpers/block-kit.js';

const STORED: StoredProfile = {
  name: 'Priya',
  teamArea: 'Platform & internal tools: developer platform, CI/CD, APIs',
  openRoles: [{ title: 'Senior PM, Developer Platform', url: 'https://careers.example.com/jobs/4821' }],
  hiringChannel: 'C0HIRING',
  retentionDays: 90,
  remindersOn: true,
  onePagerWaitDays: null,
  workingLanguage: 'en',
};

const NAMES = ['English', 'Español', 'Português', 'Français', 'Deutsch', 'Italiano', 'Hinglish (English blurb)'];

type Select = {
  type: string;
  action_id: string;
  options: Array<{ text: { type: string; text: string }; value: string }>;
  initial_option?: unknown;
};

function languageBlock(profile: StoredProfile | null) {
  const view = buildSettingsModal(profileModel(profile));
  const block = view.blocks.find((b) => b.block_id === INPUTS.workingLanguage.block) as
    | { type: string; optional?: boolean; label: { text: string }; element: Select }
    | undefined;
  if (!block) throw new Error('no language block in the settings modal');
  return { view, block };
}

/** The form as Slack sends it back on submit, with the language chosen from the menu as given. */
function submitted(language?: { text: string; value: string }) {
  const values: Record<string, Record<string, unknown>> = {
    [INPUTS.teamArea.block]: { [INPUTS.teamArea.action]: { type: 'plain_text_input', value: 'Growth: pricing' } },
    [INPUTS.retention.block]: { [INPUTS.retention.action]: { type: 'number_input', value: '90' } },
  };
  if (language)
    values[INPUTS.workingLanguage.block] = {
      [INPUTS.workingLanguage.action]: {
        type: 'static_select',
        selected_option: { text: { type: 'plain_text', text: language.text, emoji: true }, value: language.value },
      },
    };
  return readSettings(values as never);
}

describe('the blurb’s language in settings', () => {
  it('is a static select of the supported languages by their own names, English by default', () => {
    const { view, block } = languageBlock(null);
    expect(block.type).toBe('input');
    expect(block.label.text).toBe('Language of the blurb');
    expect(block.element.type).toBe('static_select');
    expect(block.element.action_id).toBe(INPUTS.workingLanguage.action);
    expect(block.element.options.map((o) => o.text.text)).toEqual(NAMES);
    expect(block.element.options.map((o) => o.value)).toEqual([...WORKING_LANGUAGES]);
    expect(block.element.options.every((o) => o.text.type === 'plain_text')).toBe(true);
    // Slack takes an initial option only when it is identical to one of the options: text, its type and value.
    expect(block.element.initial_option).toEqual(block.element.options[0]);
    expect(checkView(view as never)).toEqual([]);
    // It sits with the hiring channel: the blurb goes there.
    const ids = view.blocks.map((b) => b.block_id);
    expect(ids.indexOf(INPUTS.workingLanguage.block)).toBe(ids.indexOf(INPUTS.hiringChannel.block) + 1);
  });

  it.each(WORKING_LANGUAGES.map((code, i) => [code, NAMES[i]] as const))(
    'starts on the stored language (%s: %s), exactly as offered',
    (code, name) => {
      const { view, block } = languageBlock({ ...STORED, workingLanguage: code });
      expect(block.element.initial_option).toEqual(block.element.options.find((o) => o.value === code));
      expect(JSON.stringify(block.element.initial_option)).toContain(JSON.stringify(name));
      expect(checkView(view as never)).toEqual([]);
    },
  );

  it('reads the chosen language on submit, refuses one not in the list on its field, and means English when absent', () => {
    expect(submitted({ text: 'Français', value: 'fr' })).toMatchObject({
      ok: true,
      profile: { workingLanguage: 'fr' },
    });
    expect(submitted({ text: 'Hinglish (English blurb)', value: 'hi-en' })).toMatchObject({
      ok: true,
      profile: { workingLanguage: 'hi-en' },
    });
    expect(submitted()).toMatchObject({ ok: true, profile: { workingLanguage: 'en' } });
    expect(submitted({ text: 'Japanese', value: 'ja' })).toEqual({
      ok: false,
      errors: { [INPUTS.workingLanguage.block]: 'Choose one of the languages in the list.' },
    });
  });

  it('Home’s profile summary names it', () => {
    const pipeline = {
      you: { items: [], more: false },
      them: { items: [], more: false },
      closed: { items: [], more: false },
    };
    const home = (workingLanguage: StoredProfile['workingLanguage']) =>
      buildHome({
        profile: profileModel({ ...STORED, workingLanguage }),
        counts: { pending: 0, yes: 0, one_pager: 0, no: 0 },
        pipeline,
      });
    expect(JSON.stringify(home('de'))).toContain('*Writes blurbs in*\\nDeutsch');
    expect(JSON.stringify(home('en'))).toContain('*Writes blurbs in*\\nEnglish');
    expect(checkView(home('pt') as never)).toEqual([]);
  });

  it('reaches the triage: the stored language writes the blurb, the reply stays in the note’s', () => {
    const note =
      "Hi Priya, I'm applying for the Senior PM, Developer Platform role (https://careers.example.com/jobs/4821). I led a launch that cut CI time by 35% for 400 engineers. Would you refer me? No worries if not.\nAmara";
    const english = triage(note, coreProfile(STORED));
    const spanish = triage(note, coreProfile({ ...STORED, workingLanguage: 'es' }));
    expect(coreProfile({ ...STORED, workingLanguage: 'es' })?.workingLanguage).toBe('es');
    expect(english.blurb).toMatch(/^Amara .* Senior PM, Developer Platform/);
    expect(spanish.blurb).toContain('se ha postulado a la vacante de Senior PM, Developer Platform');
    expect(spanish.drafts?.yes).toBe(english.drafts?.yes);
    expect(triage(note, coreProfile({ ...STORED, workingLanguage: 'hi-en' })).blurb).toBe(english.blurb);
  });
});
