import { accessDecision, canSeeField, err, ok, parseInput, type Result } from "@baton/core";
import type { z } from "zod";
import { type CompanyDirectory, loadDirectory } from "../funnel/companyDirectory";
import { shownRecord } from "../funnel/recordAccess";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { changedFields, runWrite, type WriteOptions, type WriteScope } from "../kernel/unitOfWork";
import { applyPatch, managedFieldRefusal } from "./recordInput";
import type { RecordStore } from "./recordStores";
import type { SavedRecord } from "./savedRecord";

/** What every update input carries besides the fields it changes. */
type UpdateInput = { readonly id: string; readonly expectedVersion?: number | undefined };

/** How one kind is updated: its patch schema, which fields clear to `null`, and checks of the changed record. */
export type UpdateSpec<
  E extends { readonly id: string; readonly name: string },
  S extends z.ZodType<UpdateInput>,
> = {
  readonly store: RecordStore<E>;
  readonly operation: string;
  readonly input: S;
  /** Fields that clear to `null` rather than being removed. */
  readonly nullable: readonly string[];
  /** Checks the changed record against the rest of the data (its account exists, the deal is open, ...). */
  readonly check?: (
    w: WriteScope,
    directory: CompanyDirectory,
    before: E,
    after: E,
  ) => Promise<Result<true, CrmError>>;
};

/**
 * Builds an update use case: the record is locked, the actor must be allowed to
 * change it and to see every field they change, `expectedVersion` (when given)
 * must still be current, and the patched record must pass core's schema. Then
 * the editable fields are saved with one history row per changed field and a
 * `record_updated` event naming the fields; a patch that changes nothing writes nothing.
 *
 * @example const updateAccount = updateRecord(ctx, { store: accountStore, operation: "updateAccount", input: UpdateAccountInput, nullable: ["parentId"] })
 */
export const updateRecord =
  <E extends { readonly id: string; readonly name: string }, S extends z.ZodType<UpdateInput>>(
    ctx: CrmContext,
    spec: UpdateSpec<E, S>,
  ) =>
  (
    actor: Actor,
    input: z.input<S>,
    options?: WriteOptions,
  ): Promise<Result<SavedRecord<E>, CrmError>> =>
    runWrite(ctx, actor, spec.operation, options, async (w) => {
      const { kind } = spec.store;
      const managed = managedFieldRefusal(input);
      if (managed) return err(managed);
      const parsed = parseInput(spec.input, input, `${kind} change`);
      if (!parsed.ok) return parsed;
      const { id, expectedVersion, ...patch } = parsed.value as UpdateInput &
        Record<string, unknown>;
      const locked = await spec.store.lock(w.tx, id);
      const directory = await loadDirectory(w.tx);
      const target = locked ? spec.store.target(locked.entity) : null;
      if (
        !locked ||
        !target ||
        !accessDecision("read", w.actor, target, directory, ctx.config).allowed
      )
        return err(crmError("not_found", `No ${kind} with id '${id}' that you can see.`, { id }));
      const write = accessDecision("write", w.actor, target, directory, ctx.config);
      if (!write.allowed) return err(crmError("forbidden", write.reason, { basis: write.basis }));
      if (expectedVersion !== undefined && expectedVersion !== locked.version)
        return err(
          crmError(
            "conflict",
            `This ${kind} was changed by someone else since you read it (version ${expectedVersion}, now ${locked.version}); read it again and redo your change.`,
            { expectedVersion, currentVersion: locked.version },
          ),
        );
      const next = parseInput(
        spec.store.schema,
        applyPatch(locked.entity, patch, spec.nullable),
        kind,
      );
      if (!next.ok) return next;
      const before = spec.store.historyFields(locked.entity);
      // A cleared field is absent from the new record; listing it as undefined keeps its history row.
      const after = {
        ...Object.fromEntries(Object.keys(before).map((field) => [field, undefined])),
        ...spec.store.historyFields(next.value),
      };
      const fields = changedFields(before, after);
      const shown = () => shownRecord(w.actor, kind, next.value, directory, ctx.config);
      if (fields.length === 0) return ok({ record: shown(), version: locked.version });
      const hidden = fields.filter((field) => !canSeeField(w.actor, kind, field, ctx.config));
      if (hidden.length > 0)
        return err(
          crmError(
            "forbidden",
            `Your role does not see ${hidden.join(", ")} of a ${kind}, so it cannot change it; ask the owner.`,
            { fields: hidden },
          ),
        );
      if (spec.check) {
        const checked = await spec.check(w, directory, locked.entity, next.value);
        if (!checked.ok) return checked;
      }
      const version = await spec.store.save(w.tx, next.value, w.now);
      await w.history({ type: kind, id }, before, after);
      await w.emit({
        type: "record_updated",
        at: w.now,
        by: w.actor.id,
        record: { kind, id, name: next.value.name },
        fields,
      });
      return ok({ record: shown(), version });
    });
