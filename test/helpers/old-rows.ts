/**
 * A triages row with only the columns 0.1 and 0.2 wrote: what an upgrade finds in the table.
 * Tests of stored results and of migrations insert it, each with its own id, result and status.
 */
export function oldTriageRow(row: {
  id: string;
  teamId: string;
  referrerId: string;
  result: string;
  status?: string;
  requestText?: string;
  at?: string;
  updatedAt?: string;
}) {
  const at = row.at ?? '2026-10-01T12:00:00.000Z';
  return {
    id: row.id,
    team_id: row.teamId,
    referrer_id: row.referrerId,
    requester_id: null,
    requester_name: 'Daniel',
    source: 'shortcut',
    channel_id: null,
    message_ts: null,
    permalink: null,
    request_text: row.requestText ?? 'A note.',
    result: row.result,
    recommendation: 'no',
    decision: 'pending',
    status: row.status ?? 'triaged',
    reply_text: null,
    blurb_text: null,
    blurb_state: 'none',
    blurb_channel: null,
    blurb_ts: null,
    blurb_permalink: null,
    earlier_triage_id: null,
    created_at: at,
    updated_at: row.updatedAt ?? at,
  };
}
