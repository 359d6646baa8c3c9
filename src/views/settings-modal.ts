import type { types } from '@slack/bolt';
import { INPUTS, VIEWS } from '../ids.js';
import { DEFAULT_ONE_PAGER_WAIT_DAYS, DEFAULT_RETENTION_DAYS } from '../lifecycle.js';
import type { OpenRole, WorkingLanguage } from '../triage/index.js';
import { clip, context, escapeMrkdwn, plain, section } from './text.js';

/** A referrer's profile as the settings form shows it. */
export interface ProfileModel {
  name: string | null;
  teamArea: string;
  openRoles: OpenRole[];
  hiringChannel: string | null;
  retentionDays: number | null;
  remindersOn: boolean;
  onePagerWaitDays: number | null;
  workingLanguage: WorkingLanguage;
}

/** The languages a blurb can be written in, by their own names; Hinglish's blurb is in English (docs/languages.md). */
export const WORKING_LANGUAGE_NAMES: Readonly<Record<WorkingLanguage, string>> = {
  en: 'English',
  es: 'Español',
  pt: 'Português',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  'hi-en': 'Hinglish (English blurb)',
};

const LANGUAGE_OPTIONS = (Object.entries(WORKING_LANGUAGE_NAMES) as Array<[WorkingLanguage, string]>).map(
  ([value, name]) => ({ text: plain(name, 75), value }),
);

/** Which language the blurb is written in; the initial option is one of the options itself, as Slack requires. */
function languageInput(profile: ProfileModel | null): types.InputBlock {
  const current = profile?.workingLanguage ?? 'en';
  const initial = LANGUAGE_OPTIONS.find((o) => o.value === current) ?? LANGUAGE_OPTIONS[0];
  return {
    type: 'input',
    block_id: INPUTS.workingLanguage.block,
    label: plain('Language of the blurb'),
    hint: plain('The blurb posted to your hiring channel is written in this language. Replies follow each note’s own.'),
    element: {
      type: 'static_select',
      action_id: INPUTS.workingLanguage.action,
      options: LANGUAGE_OPTIONS,
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

const REMIND_ME = { text: plain('Remind me when a referral waits (daytime only, at most one DM a day)'), value: 'on' };

export function formatOpenRoles(roles: readonly OpenRole[]): string {
  return roles.map((r) => (r.url ? `${r.title} | ${r.url}` : r.title)).join('\n');
}

/** A plain text field of the form, with its limits. */
function text(
  block: { block: string; action: string },
  label: string,
  opts: {
    initial?: string | null;
    multiline?: boolean;
    optional?: boolean;
    max: number;
    hint?: string;
    placeholder?: string;
  },
): types.InputBlock {
  return {
    type: 'input',
    block_id: block.block,
    optional: opts.optional ?? false,
    label: plain(label),
    ...(opts.hint ? { hint: plain(opts.hint) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: block.action,
      multiline: opts.multiline ?? false,
      max_length: opts.max,
      ...(opts.initial ? { initial_value: opts.initial.slice(0, opts.max) } : {}),
      ...(opts.placeholder ? { placeholder: plain(opts.placeholder, 150) } : {}),
    },
  };
}

/** Workspace settings in the form: present only for a workspace admin or owner. */
export interface WorkspaceSettingsModel {
  sprayChecks: boolean;
}

const SPRAY_CHECKS = {
  text: plain('Check for the same note sent to many people here'),
  description: plain('Shows referrers a count, never who. Turning it off deletes the stored fingerprints.'),
  value: 'on',
};

/** The workspace-wide part, for admins and owners; everyone else never sees it. */
function workspaceInputs(workspace: WorkspaceSettingsModel | null): types.InputBlock[] {
  if (!workspace) return [];
  return [
    {
      type: 'input',
      block_id: INPUTS.sprayChecks.block,
      optional: true,
      label: plain('Workspace (admins only)'),
      element: {
        type: 'checkboxes',
        action_id: INPUTS.sprayChecks.action,
        options: [SPRAY_CHECKS],
        ...(workspace.sprayChecks ? { initial_options: [SPRAY_CHECKS] } : {}),
      },
    },
  ];
}

export function buildSettingsModal(
  profile: ProfileModel | null,
  workspace: WorkspaceSettingsModel | null = null,
): types.ModalView {
  return {
    type: 'modal',
    callback_id: VIEWS.settings,
    title: plain('Your referral profile', 24),
    submit: plain('Save', 24),
    close: plain('Cancel', 24),
    blocks: [
      text(INPUTS.teamArea, 'Your team area', {
        initial: profile?.teamArea,
        multiline: true,
        max: 500,
        hint: 'What your team works on, in your own words. Requests are checked against it.',
        placeholder: 'Platform & internal tools: developer platform, CI/CD, APIs',
      }),
      text(INPUTS.openRoles, 'Open roles you can refer for', {
        initial: profile ? formatOpenRoles(profile.openRoles) : null,
        multiline: true,
        optional: true,
        max: 3000,
        hint: 'One per line: Title | https://link-to-posting. A link after the title is read as the role’s link.',
        placeholder: 'Senior PM, Developer Platform | https://careers.example.com/jobs/4821',
      }),
      {
        type: 'input',
        block_id: INPUTS.hiringChannel.block,
        optional: true,
        label: plain('Hiring channel for approved blurbs'),
        element: {
          type: 'conversations_select',
          action_id: INPUTS.hiringChannel.action,
          placeholder: plain('Pick a channel', 150),
          ...(profile?.hiringChannel ? { initial_conversation: profile.hiringChannel } : {}),
          // A candidate's details must not leave the organisation: no Slack Connect channels.
          filter: { include: ['public', 'private'], exclude_bot_users: true, exclude_external_shared_channels: true },
        },
      },
      languageInput(profile),
      text(INPUTS.name, 'Name for sign-offs', {
        initial: profile?.name,
        optional: true,
        max: 80,
        placeholder: 'Priya',
      }),
      ...keepingInputs(profile),
      ...workspaceInputs(workspace),
    ],
  };
}

/** How long triages are kept, whether reminders come, and how long to wait for a one-pager before one. */
function keepingInputs(profile: ProfileModel | null): types.InputBlock[] {
  return [
    {
      type: 'input',
      block_id: INPUTS.retention.block,
      label: plain('Keep triages for (days)'),
      hint: plain('Older requests are deleted automatically. "Forget me" on the Home tab deletes everything now.'),
      element: {
        type: 'number_input',
        action_id: INPUTS.retention.action,
        is_decimal_allowed: false,
        min_value: '1',
        max_value: '3650',
        initial_value: String(profile?.retentionDays ?? DEFAULT_RETENTION_DAYS),
      },
    },
    {
      type: 'input',
      block_id: INPUTS.reminders.block,
      optional: true,
      label: plain('Reminders'),
      element: {
        type: 'checkboxes',
        action_id: INPUTS.reminders.action,
        options: [REMIND_ME],
        // Slack refuses an initial option that is not identical to one of the options, so it is the same object.
        ...((profile?.remindersOn ?? true) ? { initial_options: [REMIND_ME] } : {}),
      },
    },
    {
      type: 'input',
      block_id: INPUTS.onePagerWait.block,
      label: plain('Wait for a one-pager (days)'),
      hint: plain('After this many days without it, you get a reminder with a kind closing draft.'),
      element: {
        type: 'number_input',
        action_id: INPUTS.onePagerWait.action,
        is_decimal_allowed: false,
        min_value: '1',
        max_value: '60',
        initial_value: String(profile?.onePagerWaitDays ?? DEFAULT_ONE_PAGER_WAIT_DAYS),
      },
    },
  ];
}

/** After saving: which role lines were read as a title and a link, so the referrer sees how they were taken. */
export function savedSettingsModal(roles: readonly OpenRole[], split: readonly string[]): types.ModalView {
  const lines = roles
    .filter((r) => split.includes(r.title) && r.url)
    .slice(0, 20)
    .map((r) => `• *${escapeMrkdwn(clip(r.title, 150))}*, with the link ${escapeMrkdwn(clip(r.url ?? '', 300))}`);
  return {
    type: 'modal',
    callback_id: VIEWS.notice,
    title: plain('Profile saved', 24),
    close: plain('Done', 24),
    blocks: [
      section(
        `:white_check_mark: Saved. These lines had a link after the title, so the link was kept apart from the role’s name:\n${lines.join('\n')}`,
      ),
      context(
        'Drafts and blurbs name the role by its title and link to the posting. Change it any time in your profile.',
      ),
    ],
  };
}
