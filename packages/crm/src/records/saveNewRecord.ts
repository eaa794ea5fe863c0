import { ok, type Result } from "@baton/core";
import type { CompanyDirectory } from "../funnel/companyDirectory";
import { shownRecord } from "../funnel/recordAccess";
import type { CrmError } from "../kernel/crmError";
import type { WriteScope } from "../kernel/unitOfWork";
import type { OwnerPlacement } from "./ownerPlacement";
import type { RecordStore } from "./recordStores";
import type { CreatedRecord } from "./savedRecord";

/**
 * Stores a new record with its history (every field, from nothing) and its
 * `record_created` event, in the write's transaction, and returns it as the
 * actor may see it (only its id when routing sent it out of their reach).
 *
 * @example return saveNewRecord(w, accountStore, account, placement, directory)
 */
export const saveNewRecord = async <E extends { readonly id: string; readonly name: string }>(
  w: WriteScope,
  store: RecordStore<E>,
  entity: E,
  placement: OwnerPlacement,
  directory: CompanyDirectory,
): Promise<Result<CreatedRecord<E>, CrmError>> => {
  await store.insert(w.tx, entity, w.now);
  await w.history({ type: store.kind, id: entity.id }, null, store.historyFields(entity));
  await w.emit({
    type: "record_created",
    at: w.now,
    by: w.actor.id,
    record: { kind: store.kind, id: entity.id, name: entity.name },
  });
  return ok({
    record: shownRecord(w.actor, store.kind, entity, directory, w.ctx.config),
    version: 1,
    placement: { owner: placement.owner, explanation: placement.explanation },
  });
};
