import * as chrono from "chrono-node";

/** A Han character: the text is read with chrono's Simplified Chinese parser. */
const HAN = /\p{Script=Han}/u;

/** The chrono parser for text in either of our languages: Chinese when it has Han characters. */
export const chronoFor = (text: string): chrono.Chrono =>
  HAN.test(text) ? chrono.zh.hans.casual : chrono.casual;
