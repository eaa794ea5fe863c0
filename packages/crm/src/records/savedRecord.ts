import type { AssignedOwner } from "@baton/core";

/** A record as the actor may see it: the id always, other fields as their role allows. */
export type Shown<T extends { readonly id: string }> = Partial<T> & Pick<T, "id">;

/** A record after a change, with the version to send back as `expectedVersion` next time. */
export type SavedRecord<T extends { readonly id: string }> = {
  readonly record: Shown<T>;
  readonly version: number;
};

/** A new record, with who it went to and why. */
export type CreatedRecord<T extends { readonly id: string }> = SavedRecord<T> & {
  readonly placement: {
    readonly owner: AssignedOwner;
    readonly explanation: readonly string[];
  };
};
