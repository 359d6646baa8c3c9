/**
 * Every Slack identifier the app uses, in one place: handlers, views, tests and the manifest test
 * read them from here, so a rename cannot leave one of them behind.
 */
export const COMMAND = '/refer-triage' as const;

export const SHORTCUTS = {
  triageMessage: 'triage_referral_message',
} as const;

export const VIEWS = {
  triage: 'triage_decision',
  paste: 'triage_paste',
  settings: 'profile_settings',
  editBlurb: 'edit_blurb',
  loading: 'triage_loading',
  notice: 'triage_notice',
} as const;

export const ACTIONS = {
  postBlurb: 'post_blurb',
  editBlurb: 'edit_blurb',
  discardBlurb: 'discard_blurb',
  blurbChannel: 'blurb_channel',
  openTriage: 'open_triage',
  /** Pushes the five questions' evidence, the reasons and the risks over the triage modal. */
  showEvidence: 'show_evidence',
  editProfile: 'edit_profile',
  forgetMe: 'forget_me',
  /** Moves a referral to the stage in the button's value ("<triage id>:<stage>"). */
  moveStage: 'move_stage',
  /** A one-pager reminder's "Keep waiting": another wait before the next reminder. */
  keepWaiting: 'keep_waiting',
  /** Hiring-channel word back on a posted blurb. */
  voteInterested: 'vote_interested',
  voteNotAFit: 'vote_not_a_fit',
} as const;

/** Input blocks and their elements, read back from view_submission state. */
export const INPUTS = {
  /** Dispatches on change, so switching the answer swaps in that draft. */
  answer: { block: 'answer', action: 'answer_choice' },
  reply: { block: 'reply', action: 'reply_value' },
  blurb: { block: 'blurb', action: 'blurb_value' },
  channel: { block: 'channel', action: 'channel_value' },
  paste: { block: 'paste', action: 'paste_value' },
  name: { block: 'name', action: 'name_value' },
  teamArea: { block: 'team_area', action: 'team_area_value' },
  openRoles: { block: 'open_roles', action: 'open_roles_value' },
  hiringChannel: { block: 'hiring_channel', action: 'hiring_channel_value' },
  workingLanguage: { block: 'working_language', action: 'working_language_value' },
  retention: { block: 'retention', action: 'retention_value' },
  reminders: { block: 'reminders', action: 'reminders_value' },
  onePagerWait: { block: 'one_pager_wait', action: 'one_pager_wait_value' },
  /** Workspace-wide, shown to admins and owners only. */
  sprayChecks: { block: 'spray_checks', action: 'spray_checks_value' },
} as const;

export const EVENTS = ['app_home_opened', 'message.im', 'app_uninstalled', 'tokens_revoked'] as const;

/** Bot scopes, each for a call the app makes; the manifest declares exactly these. */
export const BOT_SCOPES = {
  commands: 'the /refer-triage command and the message shortcut',
  'chat:write': 'DM the referrer their reply and post approved blurbs',
  'channels:join': 'join a public hiring channel before posting a blurb there',
  'channels:read': 'check that a public hiring channel is not shared with another organisation before posting',
  'groups:read': 'check that a private hiring channel is not shared with another organisation before posting',
  'files:read': 'read an email brought into Slack when a message carries it without its text',
  'users:read':
    'read the requester’s name for a shortcut on their message, the referrer’s time zone so reminders come in their daytime, and whether they are a workspace admin for workspace settings',
  'im:write': 'open the DM with the referrer',
  'im:history': 'receive requests forwarded or pasted into the app’s DM',
} as const;

/** The actions block under a blurb preview names its triage, since the channel select carries no value. */
export const blurbActionsBlock = {
  for: (triageId: string) => `blurb_actions:${triageId}`,
  triageOf: (blockId: string | null): string | null =>
    blockId?.startsWith('blurb_actions:') ? blockId.slice('blurb_actions:'.length) : null,
};
