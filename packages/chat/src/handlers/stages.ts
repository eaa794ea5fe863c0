/** A pipeline stage as a person may name it: its id ("needs_analysis") or its label ("Needs analysis"). */
export type NamedStage = { readonly id: string; readonly label: string };

const key = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

/**
 * The stage `typed` names, and any words after it (a reason), or null.
 * The whole text is tried first, then shorter leading runs of words.
 *
 * @example matchStage("closed lost no budget", stages) // { stage: { id: "closed_lost", ... }, rest: "no budget" }
 */
export const matchStage = (
  typed: string,
  stages: readonly NamedStage[],
): { stage: NamedStage; rest: string } | null => {
  const words = typed.trim().split(/\s+/);
  for (let take = words.length; take >= 1; take -= 1) {
    const wanted = key(words.slice(0, take).join(" "));
    const stage = stages.find((s) => key(s.id) === wanted || key(s.label) === wanted);
    if (stage) return { stage, rest: words.slice(take).join(" ") };
  }
  return null;
};
