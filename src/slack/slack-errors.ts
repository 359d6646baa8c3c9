/** The Slack Web API error a failure carries ('not_in_channel', 'ratelimited', …), or a transport kind. */
export function slackErrorCode(error: unknown): string {
  const e = error as { code?: string; data?: { error?: string }; retryAfter?: number; statusCode?: number } | null;
  if (!e) return 'unknown';
  if (e.code === 'slack_webapi_rate_limited_error') return 'ratelimited';
  if (e.code === 'slack_webapi_platform_error' && e.data?.error) return e.data.error;
  if (e.code === 'slack_webapi_http_error') return e.statusCode === 429 ? 'ratelimited' : 'slack_unavailable';
  if (e.code === 'slack_webapi_request_error') return 'slack_unavailable';
  return 'unknown';
}

const MESSAGES: Record<string, string> = {
  not_in_channel:
    'I am not in that channel. Invite me with `/invite @refer-triage` in the channel, then click Post again.',
  channel_not_found:
    'I cannot see that channel. If it is private, invite me with `/invite @refer-triage` there, then click Post again.',
  is_archived: 'That channel is archived. Pick another channel below, then click Post again.',
  ratelimited: 'Slack asked me to slow down. Nothing was posted; click Post again in a minute.',
  rate_limited: 'Slack asked me to slow down. Nothing was posted; click Post again in a minute.',
  slack_unavailable:
    'Slack did not confirm the post. Check the hiring channel first; if it is not there, click Post again.',
  invalid_auth: 'My Slack token was refused; an admin needs to reinstall the app. Nothing was posted.',
  token_revoked: 'The app was removed from this workspace; an admin needs to reinstall it. Nothing was posted.',
  account_inactive: 'The app was removed from this workspace; an admin needs to reinstall it. Nothing was posted.',
  missing_scope:
    'The app is missing a permission; an admin needs to reinstall it from the manifest. Nothing was posted.',
  restricted_action: 'This workspace does not let apps post in that channel. Pick another channel below.',
};

export function userMessageFor(code: string): string {
  return MESSAGES[code] ?? 'Something went wrong talking to Slack. Nothing was posted; click Post again in a moment.';
}
