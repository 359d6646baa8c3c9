import type { webApi } from '@slack/bolt';
import { INPUTS } from '../ids.js';
import { checkedValues, type ViewState } from '../slack/view-state.js';
import type { Owner } from '../store/schema.js';
import type { Store } from '../store/store.js';

/** Workspace-level settings, which only a workspace admin or owner sees and changes. */
export interface WorkspaceModel {
  sprayChecks: boolean;
}

/** Whether Slack says the user is a workspace admin or owner; any doubt (an error) is a no. */
export async function isWorkspaceAdmin(client: webApi.WebClient, userId: string): Promise<boolean> {
  try {
    const { user } = await client.users.info({ user: userId });
    return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
  } catch {
    return false;
  }
}

/** The workspace part of the settings modal: for an admin or owner only, null for everyone else. */
export async function workspaceModel(
  store: Store,
  client: webApi.WebClient,
  owner: Owner,
): Promise<WorkspaceModel | null> {
  if (!(await isWorkspaceAdmin(client, owner.userId))) return null;
  return { sprayChecks: await store.sprays.enabled(owner.teamId) };
}

/** What the form asks for the workspace, or null when it has no workspace part. */
export function readWorkspaceSettings(state: ViewState): WorkspaceModel | null {
  if (!state[INPUTS.sprayChecks.block]) return null;
  return { sprayChecks: checkedValues(state, INPUTS.sprayChecks).includes('on') };
}

/**
 * Applies the workspace part of a submitted form. The form is not trusted: the user's role is asked
 * of Slack again here, and a non-admin's change is refused. Returns whether it was refused.
 */
export async function saveWorkspaceSettings(
  store: Store,
  client: webApi.WebClient,
  owner: Owner,
  wanted: WorkspaceModel,
): Promise<'saved' | 'refused'> {
  if (!(await isWorkspaceAdmin(client, owner.userId))) return 'refused';
  if ((await store.sprays.enabled(owner.teamId)) !== wanted.sprayChecks) {
    await store.sprays.setEnabled(owner.teamId, wanted.sprayChecks);
  }
  return 'saved';
}
