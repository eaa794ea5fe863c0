import type { DomainEvent } from "@baton/core";

/**
 * Events the application adds to core's `DomainEvent`s: facts that are not a
 * rule's outcome (a record was created, an activity was logged) but that
 * digests, notifications and KPIs still need to hear about.
 */
export type CrmEvent =
  | {
      readonly type: "record_created";
      readonly at: Date;
      readonly by: string;
      readonly record: { readonly kind: RecordKind; readonly id: string; readonly name: string };
    }
  | {
      readonly type: "record_updated";
      readonly at: Date;
      readonly by: string;
      readonly record: { readonly kind: RecordKind; readonly id: string; readonly name: string };
      readonly fields: readonly string[];
    }
  | {
      readonly type: "activity_logged";
      readonly at: Date;
      readonly by: string;
      readonly activity: {
        readonly id: string;
        readonly kind: string;
        readonly accountId: string | null;
        readonly dealId: string | null;
        readonly private: boolean;
      };
      /** The task created for the agreed next step, if any. */
      readonly nextStepTaskId: string | null;
    };

export type RecordKind = "account" | "contact" | "lead" | "deal" | "activity" | "user" | "team";

/** Anything written to the outbox. */
export type OutboxEvent = DomainEvent | CrmEvent;
