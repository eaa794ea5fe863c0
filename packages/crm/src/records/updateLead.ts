import { Id, type Lead, Lead as LeadSchema } from "@baton/core";
import { z } from "zod";
import type { CrmContext } from "../kernel/crmContext";
import { ExpectedVersion } from "./recordInput";
import { leadStore } from "./recordStores";
import { updateRecord } from "./updateRecord";

const shape = LeadSchema.shape;

export const UpdateLeadInput = z
  .object({
    id: Id,
    expectedVersion: ExpectedVersion.optional(),
    name: shape.name.optional(),
    email: shape.email.nullable(),
    company: shape.company.nullable(),
    title: shape.title.nullable(),
    seniority: shape.seniority.nullable(),
    department: shape.department.nullable(),
    source: shape.source.nullable(),
    campaignId: shape.campaignId.nullable(),
    industry: shape.industry.nullable(),
    region: shape.region.nullable(),
    country: shape.country.nullable(),
    sizeBand: shape.sizeBand.nullable(),
  })
  .strict();
export type UpdateLeadInput = z.input<typeof UpdateLeadInput>;

/**
 * Changes a lead's details; `null` clears a field. Qualification (its
 * lifecycle stage) and ownership move through the funnel, not here.
 *
 * @example await crm.updateLead(MONA, { id, title: "Head of IT", company: "星辰科技" })
 */
export const updateLead = (ctx: CrmContext) =>
  updateRecord<Lead, typeof UpdateLeadInput>(ctx, {
    store: leadStore,
    operation: "updateLead",
    input: UpdateLeadInput,
    nullable: [],
  });
