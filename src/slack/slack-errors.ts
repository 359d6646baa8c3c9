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
