import { z } from "zod";
import { Id } from "../entities/common";

export const DUPLICATE_SIGNALS = [
  "same_email",
  "same_phone",
  "same_domain",
  "similar_name",
  "same_account",
] as const;
/** A piece of evidence that two records describe the same company or person. */
export const DuplicateSignal = z.enum(DUPLICATE_SIGNALS);
export type DuplicateSignal = z.infer<typeof DuplicateSignal>;

/** One reason a pair is a candidate: which signal, what exactly matched, and how much it weighed. */
export const DuplicateReason = z.object({
  signal: DuplicateSignal,
  detail: z.string(),
  /** This signal's strength alone (0–1), before it is combined with the others. */
  strength: z.number().min(0).max(1),
});
export type DuplicateReason = z.infer<typeof DuplicateReason>;

/**
 * Two records that are probably one: their ids in code-unit order (so a pair reads the same
 * whichever way round it was found), the combined confidence and every reason.
 */
export const DuplicateCandidate = z.object({
  ids: z.tuple([Id, Id]),
  confidence: z.number().min(0).max(1),
  reasons: z.array(DuplicateReason).min(1),
});
export type DuplicateCandidate = z.infer<typeof DuplicateCandidate>;

/** A value on a record that could not be read, so it took no part in the comparison. */
export const UnreadableValue = z.object({
  id: Id,
  field: z.enum(["name", "email", "phone", "domain", "website"]),
  value: z.string(),
  message: z.string(),
});
export type UnreadableValue = z.infer<typeof UnreadableValue>;

/** The outcome of a duplicate search: the candidate pairs, best first, and what was skipped. */
export const DuplicateCandidates = z.object({
  candidates: z.array(DuplicateCandidate),
  unreadable: z.array(UnreadableValue),
  /** How many pairs were scored: a measure of the work blocking saved (n·(n−1)/2 without it). */
  comparisons: z.number().int().min(0),
});
export type DuplicateCandidates = z.infer<typeof DuplicateCandidates>;
