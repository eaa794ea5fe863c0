import {
  CN_BRANDS,
  CN_CITIES,
  CN_FORMS,
  CN_INDUSTRIES,
  WEST_COUNTRIES,
  WEST_INDUSTRIES,
  WEST_PREFIXES,
} from "./companyWords";
import type { SeededRandom } from "./seededRandom";

/** A made-up company: its name, web domain, where it is, and the language its people write in. */
export type DemoCompany = {
  readonly name: string;
  /** The name without city and legal form, for deal names: "Northwind Logistics", "星辰科技". */
  readonly short: string;
  readonly domain: string;
  readonly country: string;
  readonly region: "EMEA" | "Americas" | "APAC";
  readonly industry: string;
  readonly currency: string;
  readonly locale: "en" | "zh-CN";
};

/** Letters a web address can hold: "Müller & Söhne" is "mueller-soehne". */
export const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** One way to name a company, and the part of the name that must not repeat. */
type Shape = {
  readonly stem: string;
  readonly name: (stem: string) => string;
  readonly short: string;
  /** Worked out only for the name that is taken: most tries are not. */
  readonly domain: () => string;
};

/** How many tries a random name gets before it is numbered: few, so 100,000 names stay fast. */
const TRIES = 6;

/**
 * Makes companies whose names differ once legal forms are set aside (each
 * name is a distinct stem plus a legal form, so core `normalizeCompanyName`
 * finds no accidental duplicates in the demo) and whose domains differ too.
 * When random names keep colliding, a stem is numbered ("Northwind Logistics
 * 2"), each stem with its own counter, so 100,000 names stay fast.
 */
export const companyMaker = (random: SeededRandom) => {
  const stems = new Set<string>();
  const stemCounters = new Map<string, number>();
  const domainCounters = new Map<string, number>();

  const domainFor = (base: string): string => {
    const n = domainCounters.get(base) ?? 0;
    domainCounters.set(base, n + 1);
    return n === 0 ? base : base.replace(/\./, `-${n + 1}.`);
  };

  const accept = (
    shape: Shape,
    stem: string,
  ): { name: string; short: string; domain: string } | null => {
    const key = stem.toLowerCase();
    if (stems.has(key)) return null;
    stems.add(key);
    return { name: shape.name(stem), short: shape.short, domain: domainFor(shape.domain()) };
  };

  const make = (shapes: () => Shape) => {
    let last: Shape | undefined;
    for (let attempt = 0; attempt < TRIES; attempt++) {
      last = shapes();
      const made = accept(last, last.stem);
      if (made) return made;
    }
    const shape = last ?? shapes();
    for (;;) {
      const n = (stemCounters.get(shape.stem) ?? 1) + 1;
      stemCounters.set(shape.stem, n);
      const made = accept(shape, `${shape.stem} ${n}`);
      if (made) return made;
    }
  };

  const west = (): DemoCompany => {
    const place = random.weighted(
      WEST_COUNTRIES.map((c) => [c, c.country === "DE" || c.country === "US" ? 30 : 10] as const),
    );
    const [word, industry] = random.pick(WEST_INDUSTRIES);
    const form = random.pick(place.forms);
    const made = make(() => {
      const prefix = random.pick(WEST_PREFIXES);
      const shape = random.weighted([
        ["plain", 4],
        ["city", 3],
        ["pair", 3],
      ] as const);
      const other = shape === "pair" ? random.pick(WEST_PREFIXES) : "";
      const city = shape === "city" ? random.pick(place.cities) : "";
      const stem =
        shape === "plain"
          ? `${prefix} ${word}`
          : shape === "city"
            ? `${prefix} ${city} ${word}`
            : `${prefix} & ${other} ${word}`;
      return {
        stem,
        name: (s) => `${s} ${form}`,
        short: shape === "pair" ? `${prefix} & ${other}` : `${prefix} ${word}`,
        domain: () =>
          `${slug(shape === "pair" ? `${prefix} ${other}` : `${prefix} ${word}`)}.${place.tld}`,
      };
    });
    return {
      ...made,
      country: place.country,
      region: place.region,
      industry,
      currency: place.currency,
      locale: "en",
    };
  };

  const east = (): DemoCompany => {
    const romanised = random.chance(0.3);
    const industry = random.pick(CN_INDUSTRIES);
    const [form, formEn] = random.pick(CN_FORMS);
    const made = make(() => {
      const city = random.pick(CN_CITIES);
      const brand = random.pick(CN_BRANDS);
      const second = random.chance(0.5) ? random.pick(CN_BRANDS) : null;
      const domain = () =>
        `${slug(`${brand.pinyin} ${second?.pinyin ?? ""} ${industry.pinyin}`)}.cn`;
      if (romanised) {
        const brandEn = second ? `${brand.pinyin} ${second.pinyin}` : brand.en;
        return {
          stem: `${city.en} ${brandEn} ${industry.en}`,
          name: (s) => `${s} ${formEn}`,
          short: `${brandEn} ${industry.en}`,
          domain,
        };
      }
      const brandZh = `${brand.zh}${second?.zh ?? ""}`;
      return {
        stem: `${city.zh}${brandZh}${industry.zh}`,
        name: (s) => `${s}${form}`,
        short: `${brandZh}${industry.zh}`,
        domain,
      };
    });
    return {
      ...made,
      country: "CN",
      region: "APAC",
      industry: industry.en,
      currency: "CNY",
      locale: romanised ? "en" : "zh-CN",
    };
  };

  return { west, east };
};
