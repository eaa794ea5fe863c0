/** Block Kit's limits (https://api.slack.com/reference/block-kit), enforced by the renderer. */
export const LIMITS = {
  messageBlocks: 50,
  surfaceBlocks: 100,
  sectionText: 3_000,
  headerText: 150,
  fieldsPerSection: 10,
  fieldText: 2_000,
  buttonText: 75,
  buttonValue: 2_000,
  actionId: 255,
  elementsPerActions: 25,
  altText: 2_000,
  modalTitle: 24,
  privateMetadata: 3_000,
  /** The notification text of a message; the blocks carry the rest. */
  fallbackText: 3_000,
} as const;

/**
 * `text` cut to at most `max` characters (counted as UTF-16 units, which is never fewer than
 * Slack counts), on a whole character, ending with an ellipsis when cut.
 *
 * @example clip("Acme Corporation", 8) // "Acme Co…"
 */
export const clip = (text: string, max: number): string => {
  if (text.length <= max) return text;
  let out = "";
  for (const char of text) {
    if (out.length + char.length > max - 1) break;
    out += char;
  }
  return `${out}…`;
};

/** Slack's mrkdwn needs `&`, `<` and `>` escaped, or a name like "R&D <EU>" breaks the text. */
export const escapeMrkdwn = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
