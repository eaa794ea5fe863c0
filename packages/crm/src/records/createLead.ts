import { err, Lead, parseInput, type Result } from "@baton/core";
import type { z } from "zod";
import { loadDirectory } from "../funnel/companyDirectory";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import type { CrmError } from "../kernel/crmError";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { ownerFields, placeOwner } from "./ownerPlacement";
import { accessRules } from "./readFilter";
import { leadStore } from "./recordStores";
import type { CreatedRecord } from "./savedRecord";
import { saveNewRecord } from "./saveNewRecord";

export const CreateLeadInput = Lead.pick({
  name: true,
  email: true,
  company: true,
  title: true,
  seniority: true,
  department: true,
  source: true,
  campaignId: true,
  industry: true,
  region: true,
  country: true,
  sizeBand: true,
  lifecycleStage: true,
}).strict();
export type CreateLeadInput = z.input<typeof CreateLeadInput>;

/**
 * Creates a lead. Its owner is the actor when their role may own leads,
 * otherwise core's assignment rules place it with the team owning its stage
 * (marketing for a new lead) or in that team's queue.
 *
 * @example await crm.createLead(MONA, { name: "Lin Wei", email: "lin@xingchen.cn", country: "CN" })
 */
export const createLead =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: CreateLeadInput,
    options?: WriteOptions,
  ): Promise<Result<CreatedRecord<Lead>, CrmError>> =>
    runWrite(ctx, actor, "createLead", options, async (w) => {
      const parsed = parseInput(CreateLeadInput, input, "lead");
      if (!parsed.ok) return parsed;
      const access = accessRules(ctx.config);
      if (!access.ok) return access;
      const directory = await loadDirectory(w.tx);
      const placement = await placeOwner(w, {
        kind: "lead",
        record: parsed.value,
        stage: parsed.value.lifecycleStage,
        directory,
        access: access.value,
      });
      if (!placement.ok) return placement;
      const lead = parseInput(
        Lead,
        {
          ...parsed.value,
          id: ctx.newId(),
          ...ownerFields(placement.value),
          previousOwnerIds: [],
          createdAt: w.now,
        },
        "lead",
      );
      if (!lead.ok) return err(lead.error);
      return saveNewRecord(w, leadStore, lead.value, placement.value, directory);
    });
