import type { Account, AccountToMatch, Contact, ContactToMatch } from "@baton/core";

const ISO_COUNTRY = /^[A-Z]{2}$/;

/** A country duplicate detection can read phone numbers in: a two-letter ISO code, else none. */
const isoCountry = (country: string | null | undefined): string | null =>
  country && ISO_COUNTRY.test(country) ? country : null;

/** What duplicate detection compares of an account. */
export const accountToMatch = (account: Account): AccountToMatch => ({
  id: account.id,
  name: account.name,
  domain: account.domain ?? null,
  country: isoCountry(account.country),
});

/** What duplicate detection compares of a contact; phones are read in its account's country. */
export const contactToMatch = (
  contact: Contact,
  countryOfAccount: ReadonlyMap<string, string | undefined>,
): ContactToMatch => ({
  id: contact.id,
  name: contact.name,
  email: contact.email ?? null,
  phone: contact.phone ?? null,
  accountId: contact.accountId,
  country: isoCountry(contact.accountId === null ? null : countryOfAccount.get(contact.accountId)),
});
