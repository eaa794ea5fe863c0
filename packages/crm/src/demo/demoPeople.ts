import { slug } from "./demoCompanies";
import { CN_FAMILY, CN_GIVEN, WEST_FIRST, WEST_LAST } from "./peopleWords";
import type { SeededRandom } from "./seededRandom";

/** A made-up person's name and the local part of their email address. */
export type DemoPerson = { readonly name: string; readonly emailLocal: string };

/** A person with an English-style name ("Lukas Müller", lukas.mueller) or a Chinese one ("王伟", wei.wang). */
export const demoPerson = (random: SeededRandom, chinese: boolean): DemoPerson => {
  if (chinese) {
    const [family, familyPinyin] = random.pick(CN_FAMILY);
    const [given, givenPinyin] = random.pick(CN_GIVEN);
    return {
      name: `${family}${given}`,
      emailLocal: `${givenPinyin}.${familyPinyin}`.toLowerCase(),
    };
  }
  const first = random.pick(WEST_FIRST);
  const last = random.pick(WEST_LAST);
  return { name: `${first} ${last}`, emailLocal: `${slug(first)}.${slug(last).replace(/-/g, "")}` };
};

/** Email addresses unique within a domain: a second Wang Wei at one company is wei.wang2@. */
export const emailBook = () => {
  const taken = new Set<string>();
  return (local: string, domain: string): string => {
    let email = `${local}@${domain}`;
    for (let n = 2; taken.has(email); n++) email = `${local}${n}@${domain}`;
    taken.add(email);
    return email;
  };
};
