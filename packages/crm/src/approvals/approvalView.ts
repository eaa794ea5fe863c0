import { type ApprovalState, type Config, canSeeField, type User } from "@baton/core";
import { takesPart, undecidedApprovers } from "./approvalSeats";

/** An approval request as a person sees it: core's state, who it waits for, and the terms they may see. */
export type ApprovalView = Omit<ApprovalState, "terms"> & {
  readonly terms: Omit<ApprovalState["terms"], "contractValue"> & {
    /** Left out for a role that may not see deal amounts (and takes no part in the request). */
    readonly contractValue?: ApprovalState["terms"]["contractValue"];
  };
  /** Who may still answer the current step; empty once the request is final. */
  readonly waitingFor: readonly string[];
};

/**
 * The request as `viewer` may see it: everyone who takes part sees all of it; a
 * reader of the deal whose role hides deal amounts does not see the contract value.
 */
export const approvalView = (viewer: User, state: ApprovalState, config: Config): ApprovalView => {
  const { contractValue, ...terms } = state.terms;
  const seesMoney = takesPart(state, viewer.id) || canSeeField(viewer, "deal", "amount", config);
  return {
    ...state,
    terms: seesMoney ? { ...terms, contractValue } : terms,
    waitingFor: undecidedApprovers(state),
  };
};
