/** Where progress goes: a bar redrawn in place on a terminal, a line per step elsewhere. */
export type Progress = {
  update(label: string, done: number, total: number): void;
  finish(message: string): void;
};

const WIDTH = 24;

/**
 * A progress bar on `out` (stderr, so piped output stays clean).
 *
 * @example const bar = progressBar(process.stderr); bar.update("accounts", 50, 200); bar.finish("Loaded.")
 */
export const progressBar = (out: NodeJS.WriteStream): Progress => {
  const tty = out.isTTY === true;
  let lastLabel = "";
  return {
    update: (label, done, total) => {
      const share = total === 0 ? 1 : Math.min(1, done / total);
      if (tty) {
        const filled = Math.round(share * WIDTH);
        out.write(
          `\r[${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${label}   `,
        );
      } else if (label !== lastLabel && done >= total) {
        out.write(`${label}: ${total}\n`);
      }
      if (done >= total) lastLabel = label;
    },
    finish: (message) => {
      out.write(tty ? `\r${" ".repeat(WIDTH + 40)}\r${message}\n` : `${message}\n`);
    },
  };
};
