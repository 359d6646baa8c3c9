import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs, webApi } from '@slack/bolt';
import type { AppDeps } from '../src/deps.js';
import { EMPTY_PIPELINE, pipelineModel, profileModel } from '../src/presenters/home.js';
import { StoreUnavailableError } from '../src/store/errors.js';
import type { Owner } from '../src/store/schema.js';
import { userMessage } from '../src/user-messages.js';
import { buildHome } from '../src/views/home.js';

/** Builds and publishes a referrer's Home tab; a database outage shows a notice rather than nothing. */
export async function publishHome(deps: AppDeps, client: webApi.WebClient, owner: Owner): Promise<void> {
  let view: ReturnType<typeof buildHome>;
  try {
    const [profile, counts, pipeline] = await Promise.all([
      deps.store.profiles.get(owner),
      deps.store.home.counts(owner, 30),
      deps.store.home.pipeline(owner),
    ]);
    view = buildHome({
      profile: profileModel(profile),
      counts,
      pipeline: pipelineModel(pipeline),
    });
  } catch (error) {
    // Only an outage gets a notice on the Home tab; anything else is a bug for the error log.
    if (!(error instanceof StoreUnavailableError)) throw error;
    view = buildHome({
      profile: null,
      counts: { pending: 0, yes: 0, one_pager: 0, no: 0 },
      pipeline: EMPTY_PIPELINE,
      problem: userMessage(error).text,
    });
  }
  await client.views.publish({ user_id: owner.userId, view });
}

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>;

export const makeAppHomeOpened =
  (deps: AppDeps) =>
  async ({ event, body, client }: Args) => {
    if (event.tab !== 'home') return;
    const teamId = (body as { team_id?: string }).team_id ?? 'T0';
    await publishHome(deps, client, { teamId, userId: event.user });
  };

const teamOf = (body: unknown) => (body as { team_id?: string }).team_id ?? null;

/** The app was uninstalled from a workspace: none of that workspace's data is kept. */
export const makeAppUninstalled =
  (deps: AppDeps) =>
  async ({ body }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_uninstalled'>) => {
    const teamId = teamOf(body);
    if (!teamId) return;
    const deleted = await deps.store.erasure.forgetWorkspace(teamId);
    deps.logger.info({ teamId, ...deleted }, 'app uninstalled: workspace data deleted');
  };

/** A bot token was revoked: the installation that held it is deleted; user tokens are not stored. */
export const makeTokensRevoked =
  (deps: AppDeps) =>
  async ({ event, body }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'tokens_revoked'>) => {
    const teamId = teamOf(body);
    if (!teamId || !event.tokens.bot?.length) return;
    await deps.store.erasure.forgetInstallation(teamId);
    deps.logger.info({ teamId }, 'bot token revoked: installation deleted');
  };

export function register(app: App, deps: AppDeps): void {
  app.event('app_home_opened', makeAppHomeOpened(deps));
  app.event('app_uninstalled', makeAppUninstalled(deps));
  app.event('tokens_revoked', makeTokensRevoked(deps));
}
