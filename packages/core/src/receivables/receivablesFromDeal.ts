import { tz } from "@date-fns/tz";
import { addDays, addMonths } from "date-fns";
import { match } from "ts-pattern";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Deal, type DealInput } from "../entities/deal";
import type { Money } from "../entities/money";
import { findPipelineStage } from "../funnel/pipelineStage";
import { domainError, err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import { Contract, type ContractInput, type PaymentSchedule } from "./contract";
import { type Receivable, receivableIdOf } from "./receivable";
import { formatReceivableMoney, type SignedMoney } from "./receivableMoney";
import type { ReceivablesError } from "./receivablesError";

type PlannedInvoice = { readonly invoiceDate: Date; readonly amount: SignedMoney };

const plannedInvoices = (
  schedule: PaymentSchedule,
  value: SignedMoney,
  timeZone: string,
): readonly PlannedInvoice[] =>
  match(schedule)
    .with({ kind: "one_off" }, (s) => [{ invoiceDate: s.invoiceDate, amount: value }])
    .with({ kind: "equal_instalments" }, (s) => {
      const each = Math.floor(value.amountMinor / s.count);
      const remainder = value.amountMinor - each * s.count;
      return Array.from({ length: s.count }, (_, i) => ({
        invoiceDate: new Date(
          addMonths(s.firstInvoiceDate, i * s.everyMonths, { in: tz(timeZone) }).getTime(),
        ),
        amount: {
          amountMinor: i === s.count - 1 ? each + remainder : each,
          currency: value.currency,
        },
      }));
    })
    .with({ kind: "explicit_instalments" }, (s) => s.instalments)
    .exhaustive();

const checkContractAmounts = (
  contract: Contract,
  dealCurrency: string,
): Result<null, ReceivablesError> => {
  const { value, schedule } = contract;
  if (value.amountMinor < 0)
    return err(
      domainError(
        "negative_amount",
        `The contract value is negative (${value.amountMinor} minor units); enter the amount the customer owes as 0 or more.`,
        { path: ["contract", "value", "amountMinor"] },
      ),
    );
  if (value.amountMinor === 0)
    return err(
      domainError(
        "zero_amount",
        "The contract value is 0, so there is nothing to invoice; enter the signed contract value.",
        { path: ["contract", "value", "amountMinor"] },
      ),
    );
  if (value.currency !== dealCurrency)
    return err(
      domainError(
        "currency_mismatch",
        `The contract is in ${value.currency} but the deal is in ${dealCurrency}; use the deal's currency.`,
        { path: ["contract", "value", "currency"] },
      ),
    );
  if (schedule.kind === "equal_instalments" && value.amountMinor < schedule.count)
    return err(
      domainError(
        "zero_amount",
        `${formatReceivableMoney(value)} cannot be split into ${schedule.count} instalments of at least one minor unit each; use fewer instalments.`,
        { path: ["contract", "schedule", "count"] },
      ),
    );
  if (schedule.kind !== "explicit_instalments") return ok(null);

  for (const [i, instalment] of schedule.instalments.entries()) {
    const path = ["contract", "schedule", "instalments", i, "amount"];
    if (instalment.amount.currency !== value.currency)
      return err(
        domainError(
          "currency_mismatch",
          `Instalment ${i + 1} is in ${instalment.amount.currency} but the contract is in ${value.currency}; invoice every instalment in ${value.currency}.`,
          { path: [...path, "currency"] },
        ),
      );
    if (instalment.amount.amountMinor < 0)
      return err(
        domainError(
          "negative_amount",
          `Instalment ${i + 1} is negative (${instalment.amount.amountMinor} minor units); every instalment must be more than 0.`,
          { path: [...path, "amountMinor"] },
        ),
      );
    if (instalment.amount.amountMinor === 0)
      return err(
        domainError(
          "zero_amount",
          `Instalment ${i + 1} is 0, so it invoices nothing; remove it or give it an amount.`,
          { path: [...path, "amountMinor"] },
        ),
      );
  }
  const total = schedule.instalments.reduce((sum, x) => sum + x.amount.amountMinor, 0);
  if (total === value.amountMinor) return ok(null);
  const difference = Math.abs(total - value.amountMinor);
  return err(
    domainError(
      "schedule_mismatch",
      `The instalments add up to ${formatReceivableMoney({ amountMinor: total, currency: value.currency })} but the contract value is ${formatReceivableMoney({ amountMinor: value.amountMinor, currency: value.currency })}; ${total > value.amountMinor ? "remove" : "add"} ${formatReceivableMoney({ amountMinor: difference, currency: value.currency })} so they match.`,
      {
        path: ["contract", "schedule", "instalments"],
        details: { instalmentsMinor: total, contractValueMinor: value.amountMinor },
      },
    ),
  );
};

/**
 * The receivables finance collects once a deal is closed won with a signed contract: one
 * per invoice of the payment schedule, each due net N days after its invoice date (calendar
 * days in finance's time zone), with an id derived from the deal id and instalment number.
 * A deal not closed won, a negative or zero amount, instalments that do not sum to the
 * contract value, a currency other than the deal's, or an invoice dated before signing is a
 * typed error.
 *
 * @example
 * receivablesFromDeal(wonDeal, {
 *   id: "contract-7", signedAt, value: { amountMinor: 1_000_000, currency: "EUR" }, netDays: 30,
 *   schedule: { kind: "equal_instalments", count: 3, firstInvoiceDate: jan1 },
 * }, defaultConfig())
 * // ok([{ id: "deal-42/r1", amount: { amountMinor: 333_333, … }, dueDate: jan31, … },
 * //     { id: "deal-42/r2", … }, { id: "deal-42/r3", amount: { amountMinor: 333_334, … }, … }])
 */
export const receivablesFromDeal = (
  deal: DealInput,
  contract: ContractInput,
  config: Config,
): Result<readonly Receivable[], ReceivablesError> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const parsedDeal = parseInput(Deal, deal, "deal");
  if (!parsedDeal.ok) return parsedDeal;
  const parsedContract = parseInput(Contract, contract, "contract");
  if (!parsedContract.ok) return parsedContract;
  const theDeal = parsedDeal.value;
  const theContract = parsedContract.value;
  const settings = company.value.receivables;

  const stage = findPipelineStage(theDeal.stage, company.value.pipeline);
  if (!stage.ok) return stage;
  if (stage.value.outcome !== "won")
    return err(
      domainError(
        "deal_not_won",
        `The deal '${theDeal.name}' is in stage ${theDeal.stage}, not closed won; close it won before finance invoices it.`,
        { path: ["deal", "stage"], details: { dealId: theDeal.id, stage: theDeal.stage } },
      ),
    );

  const amounts = checkContractAmounts(theContract, theDeal.amount.currency);
  if (!amounts.ok) return amounts;

  const invoices = plannedInvoices(theContract.schedule, theContract.value, settings.timeZone);
  const early = invoices.findIndex((x) => x.invoiceDate.getTime() < theContract.signedAt.getTime());
  if (early !== -1)
    return err(
      domainError(
        "invoice_before_signing",
        `Invoice ${early + 1} is dated ${invoices[early]?.invoiceDate.toISOString()}, before the contract was signed on ${theContract.signedAt.toISOString()}; date invoices on or after signing.`,
        { path: ["contract", "schedule"] },
      ),
    );

  const netDays = theContract.netDays ?? settings.defaultNetDays;
  return ok(
    invoices.map((invoice, i): Receivable => {
      const amount: Money = invoice.amount;
      return {
        id: receivableIdOf(theDeal.id, i + 1),
        dealId: theDeal.id,
        accountId: theDeal.accountId,
        contractId: theContract.id,
        instalment: i + 1,
        instalments: invoices.length,
        amount,
        paidMinor: 0,
        openMinor: amount.amountMinor,
        invoiceDate: invoice.invoiceDate,
        dueDate: new Date(
          addDays(invoice.invoiceDate, netDays, { in: tz(settings.timeZone) }).getTime(),
        ),
      };
    }),
  );
};
