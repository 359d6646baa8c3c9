import type { types } from '@slack/bolt';
import { evidenceModel, triageModalModel } from '../presenters/triage.js';
import type { Owner } from '../store/schema.js';
import type { Store } from '../store/store.js';
import type { Recommendation } from '../triage/index.js';
import { buildTriageModal } from '../views/triage-modal.js';
import { buildEvidenceView } from '../views/triage-sections.js';
import { earlierOf, type TriageRun } from './triage-service.js';

/** The triage modal right after a triage: the recommendation is the answer until the referrer changes it. */
export function modalForRun(run: TriageRun): types.ModalView {
  return buildTriageModal(
    triageModalModel(run.record, {
      answer: run.record.result.recommendation,
      hiringChannel: run.profile?.hiringChannel ?? null,
      earlier: run.earlier,
      hasProfile: run.profile !== null,
    }),
  );
}

/** The modal for a stored triage (reopened from Home or a DM, or with another answer chosen); owner-checked. */
export async function modalForStored(
  store: Store,
  owner: Owner,
  triageId: string,
  answer?: Recommendation,
): Promise<types.ModalView> {
  const [record, profile] = await Promise.all([store.triages.get(owner, triageId), store.profiles.get(owner)]);
  const earlier = await earlierOf(store, owner, record);
  return buildTriageModal(
    triageModalModel(record, {
      answer: answer ?? (record.decision === 'pending' ? record.result.recommendation : record.decision),
      hiringChannel: record.blurbChannel ?? profile?.hiringChannel ?? null,
      earlier,
      hasProfile: profile !== null,
    }),
  );
}

/** The evidence behind a stored triage, pushed over its modal; owner-checked like the modal itself. */
export async function evidenceForStored(store: Store, owner: Owner, triageId: string): Promise<types.ModalView> {
  return buildEvidenceView(evidenceModel(await store.triages.get(owner, triageId)));
}
