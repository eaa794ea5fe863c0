import type { Button, Reply } from "@baton/chat";
import stringWidth from "string-width";
import type { Style } from "./style";
import { renderTable } from "./table";

/** A reply as terminal lines, and the buttons its numbers press, in order. */
export type Rendered = { readonly text: string; readonly buttons: readonly Button[] };

/**
 * Renders a reply for a terminal: headings bold, facts aligned, tables as
 * tables, and every button or choice numbered — typing the number presses it.
 *
 * @example renderReply(reply, styleFor(false)).text // "Acme GmbH\nOwner: Ada Lovelace\n..."
 */
export const renderReply = (reply: Reply, style: Style): Rendered => {
  const lines: string[] = [];
  const buttons: Button[] = [];
  const numbered = (button: Button) => {
    buttons.push(button);
    const label = `[${buttons.length}] ${button.label}`;
    return button.style === "danger"
      ? style.red(label)
      : button.style === "primary"
        ? style.green(label)
        : style.cyan(label);
  };
  for (const block of reply.blocks) {
    switch (block.type) {
      case "heading":
        lines.push(style.bold(block.text));
        break;
      case "text":
        lines.push(
          block.tone === "success"
            ? style.green(block.text)
            : block.tone === "warning" || block.tone === "error"
              ? style.yellow(block.text)
              : block.text,
        );
        break;
      case "facts": {
        const width = Math.max(0, ...block.facts.map((f) => stringWidth(f.label)));
        for (const fact of block.facts)
          lines.push(
            `${style.dim(fact.label + " ".repeat(width - stringWidth(fact.label)))}  ${fact.value}`,
          );
        break;
      }
      case "table":
        lines.push(...renderTable(block.columns, block.rows, style.bold));
        if (block.omitted) lines.push(style.dim(`… +${block.omitted}`));
        break;
      case "choices":
        lines.push(block.prompt, ...block.choices.map((choice) => `  ${numbered(choice)}`));
        break;
      case "confirm":
        lines.push(block.prompt, `  ${numbered(block.confirm)}  ${numbered(block.cancel)}`);
        break;
      case "buttons":
        lines.push(`  ${block.buttons.map(numbered).join("  ")}`);
        break;
      case "image":
        lines.push(style.dim(`[${block.alt}] ${block.url}`));
        break;
    }
  }
  return { text: lines.join("\n"), buttons };
};
