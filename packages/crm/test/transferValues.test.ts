import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IMPORT_FIELDS, readInstant, readMoney, suggestMapping } from "../src";
import { resolveColumnMapping } from "../src/transfer/columnMapping";
import { readCsvTable } from "../src/transfer/csvTable";
import { writeCsv } from "../src/transfer/csvText";
import { ImportMapping } from "../src/transfer/importMapping";
import { readCountry } from "../src/transfer/readCountry";
import { formatMoney } from "../src/transfer/readMoney";
import { readSizeBand } from "../src/transfer/readSizeBand";

describe("reading an amount from an export", () => {
  it.each([
    ["€12,500.00", undefined, 1_250_000, "EUR"],
    ["12.500,00 €", undefined, 1_250_000, "EUR"],
    ["USD 1,234.5", undefined, 123_450, "USD"],
    ["12500", "EUR", 1_250_000, "EUR"],
    ["$ 1 234,56", "CAD", 123_456, "CAD"],
    ["¥80,000", undefined, 8_000_000, "CNY"],
    ["¥80,000", "JPY", 80_000, "JPY"],
    ["1,000 JPY", undefined, 1_000, "JPY"],
    ["0,99", "EUR", 99, "EUR"],
  ])("reads %s (currency %s) as %i minor units of %s", (text, currency, minor, code) => {
    expect(readMoney(text, currency)).toEqual({
      ok: true,
      value: { amountMinor: minor, currency: code },
    });
  });

  it.each([
    ["abc", "EUR", "is not a number"],
    ["-5", "EUR", "must be 0 or more"],
    ["(100)", "EUR", "must be 0 or more"],
    ["12.345", "EUR", "has more decimal places than EUR has (2)"],
    ["12500", undefined, "names no currency; add a currency column or set currency in the mapping"],
    ["€10", "USD", "is in EUR, but the currency given for it is USD"],
    ["1,2,3", "EUR", "is not a number"],
  ])("refuses %s and says why", (text, currency, why) => {
    expect(readMoney(text, currency)).toEqual({ ok: false, error: why });
  });

  it("reads back every amount it writes, in currencies with 0, 2 and 3 decimals", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom("EUR", "USD", "CNY", "JPY", "KWD"),
        (amountMinor, currency) => {
          const money = { amountMinor, currency };
          expect(readMoney(formatMoney(money), currency)).toEqual({ ok: true, value: money });
        },
      ),
    );
  });
});

describe("reading a date from an export", () => {
  it.each([
    ["2026-03-15", undefined, "2026-03-15T00:00:00.000Z"],
    ["2026-03-15 14:30", undefined, "2026-03-15T14:30:00.000Z"],
    ["2026-03-15T14:30:00+08:00", undefined, "2026-03-15T06:30:00.000Z"],
    ["15/03/2026", "dd/MM/yyyy", "2026-03-15T00:00:00.000Z"],
    ["3/5/26 9:05", "M/d/yy H:mm", "2026-03-05T09:05:00.000Z"],
    ["15.03.2026 14:30", "DD.MM.YYYY HH:mm", "2026-03-15T14:30:00.000Z"],
  ])("reads %s (format %s)", (text, format, iso) => {
    const result = readInstant(text, format);
    expect(result.ok && result.value.toISOString()).toBe(iso);
  });

  it("refuses a day that does not exist instead of rolling into the next month", () => {
    expect(readInstant("2026-02-30")).toEqual({ ok: false, error: "is not a date that exists" });
    expect(readInstant("31/04/2026", "dd/MM/yyyy")).toEqual({
      ok: false,
      error: "is not a date that exists",
    });
  });

  it("asks for a dateFormat when a date is not ISO", () => {
    const result = readInstant("15/03/2026");
    expect(!result.ok && result.error).toContain("set dateFormat in the mapping");
  });

  it("reads back every instant it writes", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2200-01-01"), noInvalidDate: true }),
        (at) => {
          expect(readInstant(at.toISOString())).toEqual({ ok: true, value: at });
        },
      ),
    );
  });
});

describe("reading countries and company sizes", () => {
  it.each([
    ["Germany", "DE"],
    ["Deutschland", "DE"],
    ["de", "DE"],
    ["UK", "GB"],
    ["United States", "US"],
    ["USA", "US"],
    ["中国", "CN"],
    ["Chine", "CN"],
  ])("reads %s as %s", (text, code) => {
    expect(readCountry(text)).toEqual({ ok: true, value: code });
  });

  it.each(["Atlantis", "EU", "ZZ", ""])("refuses '%s'", (text) => {
    expect(readCountry(text).ok).toBe(false);
  });

  it.each([
    ["250", "201-1000"],
    ["1,200", "1001-5000"],
    ["10", "1-10"],
    ["201 – 1000", "201-1000"],
    ["12000", "5001+"],
  ])("places a head count of %s in band %s", (text, band) => {
    expect(readSizeBand(text)).toEqual({ ok: true, value: band });
  });
});

describe("suggesting a column mapping from headers", () => {
  it("reads a HubSpot deals export's headers as our fields", () => {
    const result = suggestMapping("deals", [
      "Deal Name",
      "Deal Stage",
      "Amount",
      "Close Date",
      "Deal owner",
      "Associated Company",
      "Pipeline",
    ]);
    expect(result.ok && result.value.columns.map((c) => [c.column, c.field, c.confidence])).toEqual(
      [
        ["Deal Name", "name", 0.9],
        ["Deal Stage", "stage", 0.9],
        ["Amount", "amount", 1],
        ["Close Date", "closeDate", 1],
        ["Deal owner", "owner", 0.9],
        ["Associated Company", "account", 0.9],
        ["Pipeline", null, 0],
      ],
    );
    expect(result.ok && result.value.missing).toEqual([]);
  });

  it("reads Chinese headers", () => {
    const result = suggestMapping("accounts", ["公司名称", "网站", "行业", "负责人"]);
    expect(result.ok && result.value.columns.map((c) => c.field)).toEqual([
      "name",
      "domain",
      "industry",
      "owner",
    ]);
  });

  it("is sure of our own export's headers and says which required fields have no column", () => {
    const result = suggestMapping("deals", ["id", "name", "accountId", "ownerId"]);
    expect(result.ok && result.value.columns.every((c) => c.confidence === 1)).toBe(true);
    expect(result.ok && result.value.missing).toEqual([
      "No column is mapped to stage; map one in the mapping's columns.",
      "No column is mapped to amount; map one in the mapping's columns.",
      "No column is mapped to closeDate; map one in the mapping's columns.",
    ]);
  });

  it("gives each field at most one column, whatever the headers", () => {
    const kinds = Object.keys(IMPORT_FIELDS) as (keyof typeof IMPORT_FIELDS)[];
    const names = kinds.flatMap((kind) =>
      IMPORT_FIELDS[kind].flatMap((f) => [...f.aliases, ...f.synonyms]),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.array(fc.oneof(fc.constantFrom(...names), fc.string()), { maxLength: 30 }),
        (kind, headers) => {
          const result = suggestMapping(kind, headers);
          if (!result.ok) throw new Error(result.error.message);
          const fields = result.value.columns.flatMap((c) => (c.field === null ? [] : [c.field]));
          expect(new Set(fields).size).toBe(fields.length);
          for (const c of result.value.columns) expect([0, 0.6, 0.9, 1]).toContain(c.confidence);
        },
      ),
    );
  });

  it("refuses a kind it does not import", () => {
    expect(suggestMapping("planets" as never, ["a"])).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
  });
});

describe("a mapping file over the suggestion", () => {
  const headers = ["Org", "Web", "Owner", "Notes"];
  const resolve = (mapping: unknown) =>
    resolveColumnMapping("accounts", headers, ImportMapping.parse(mapping));

  it("reads the columns it names as it says and leaves the rest to the suggestion", () => {
    const result = resolve({ columns: { org: "name", Web: "domain", Notes: null } });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.columns.map((c) => [c.column, c.field, c.source])).toEqual([
      ["Org", "name", "mapping"],
      ["Web", "domain", "mapping"],
      ["Owner", "owner", "suggested"],
      ["Notes", null, "mapping"],
    ]);
  });

  it("takes a field away from the suggested column when it maps another column to it", () => {
    const result = resolve({ columns: { Org: "name", Notes: "owner" } });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.columns[2]).toMatchObject({ column: "Owner", field: null });
    expect(result.value.columns[2]?.why).toContain("reads the owner from 'Notes' instead");
  });

  it("notes a column it names that the file does not have", () => {
    const result = resolve({ columns: { Org: "name", "Company Size": "sizeBand" } });
    expect(result.ok && result.value.notes).toEqual([
      "The mapping names column 'Company Size', which this file does not have.",
    ]);
  });

  it("refuses a field accounts do not have, two columns for one field, and a missing name", () => {
    expect(resolve({ columns: { Org: "revenue" } })).toMatchObject({
      ok: false,
      error: {
        code: "invalid_input",
        message: expect.stringContaining("to 'revenue', which accounts do not have"),
      },
    });
    expect(resolve({ columns: { Org: "name", Notes: "name" } })).toMatchObject({
      ok: false,
      error: {
        message: "The mapping maps both 'Org' and 'Notes' to name; map one column to each field.",
      },
    });
    expect(resolve({})).toMatchObject({
      ok: false,
      error: { message: "No column is mapped to name; map one in the mapping's columns." },
    });
  });
});

describe("CSV text", () => {
  const cellText = fc.string({
    unit: fc.constantFrom("a", "Z", "7", " ", ",", ";", '"', "\n", "\r\n", "北", "é"),
  });

  it("reads back every row it writes, with the line each row starts on", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("x", "Acme", "北京"), cellText, cellText), {
          minLength: 1,
          maxLength: 8,
        }),
        (rows) => {
          const header = ["name", "notes", "more"];
          const table = readCsvTable(writeCsv([header, ...rows]));
          if (!table.ok) throw new Error(table.error.message);
          expect(table.value.headers).toEqual(header);
          expect(table.value.rows.map((r) => r.cells)).toEqual(rows);
          let line = 2;
          table.value.rows.forEach((row, index) => {
            expect(row.line).toBe(line);
            line += 1 + (rows[index] ?? []).join("").split(/\r\n|\n/).length - 1;
          });
        },
      ),
    );
  });

  it("reads a semicolon-separated export as Excel writes it where the comma is the decimal mark", () => {
    const table = readCsvTable("Name;Amount\r\nAcme;12,50\r\n");
    expect(table.ok && table.value.rows[0]?.cells).toEqual(["Acme", "12,50"]);
  });
});
