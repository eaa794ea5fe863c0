/** How text is decorated: ANSI colours on a terminal, plain text in a pipe or with NO_COLOR. */
export type Style = {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly red: (text: string) => string;
  readonly cyan: (text: string) => string;
};

const ansi = (open: number, close: number) => (text: string) =>
  `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

/**
 * Colours only when writing to a terminal and NO_COLOR is not set.
 *
 * @example styleFor(process.stdout.isTTY === true && !process.env.NO_COLOR).bold("Acme")
 */
export const styleFor = (colour: boolean): Style =>
  colour
    ? {
        bold: ansi(1, 22),
        dim: ansi(2, 22),
        green: ansi(32, 39),
        yellow: ansi(33, 39),
        red: ansi(31, 39),
        cyan: ansi(36, 39),
      }
    : { bold: plain, dim: plain, green: plain, yellow: plain, red: plain, cyan: plain };
