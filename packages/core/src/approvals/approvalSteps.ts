import { match } from "ts-pattern";
import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Id } from "../entities/common";
import { Team } from "../entities/team";
import { User } from "../entities/user";
import { domainError, err, ok, type Result } from "../result";
import { escalationTarget } from "../sla/escalationTarget";
import type { SlaError } from "../sla/slaError";
import { parseInput } from "../validation";
import type { ApprovalError } from "./approvalError";
import type { ApprovalPlan, PlannedApprovalStep, PlannedApprover } from "./approvalPlan";
import type { ApprovalCondition, ApprovalStepPolicy, ApprovalsConfig } from "./approvalsConfig";
import { ApprovalTerms } from "./approvalTerms";
import { formatApprovalMoney, listInWords } from "./approvalText";

const uniqueIds = (records: readonly { id: string }[]): boolean =>
  new Set(records.map((r) => r.id)).size === records.length;

/** The people and teams approvers are resolved against (the requester's manager, roles…). */
export const ApprovalDirectory = z.object({
  users: z.array(User).refine(uniqueIds, { message: "must not list the same user id twice" }),
  teams: z.array(Team).refine(uniqueIds, { message: "must not list the same team id twice" }),
});
export type ApprovalDirectory = z.infer<typeof ApprovalDirectory>;
export type ApprovalDirectoryInput = z.input<typeof ApprovalDirectory>;

/** What `approvalSteps` needs: the terms, who asks, and the people who could approve. */
export const ApprovalStepsInput = ApprovalDirectory.extend({
  terms: ApprovalTerms,
  requesterId: Id,
});
export type ApprovalStepsInput = z.input<typeof ApprovalStepsInput>;

/** A condition's verdict on the terms, with the sentence a person reads. */
type Verdict = { readonly holds: boolean; readonly text: string };

const percentText = (value: number): string => `${value}%`;

const evaluateCondition = (
  condition: ApprovalCondition,
  terms: ApprovalTerms,
  thresholds: Readonly<Record<string, number>>,
): Result<Verdict, ApprovalError> => {
  const discount = percentText(terms.discountPercent);
  return match(condition)
    .with({ kind: "discount_at_least" }, (c) =>
      ok({
        holds: terms.discountPercent >= c.percent,
        text: `discount ${discount} is at least ${percentText(c.percent)}`,
      }),
    )
    .with({ kind: "discount_above" }, (c) =>
      ok({
        holds: terms.discountPercent > c.percent,
        text: `discount ${discount} is above ${percentText(c.percent)}`,
      }),
    )
    .with({ kind: "value_at_least" }, (c): Result<Verdict, ApprovalError> => {
      const threshold = thresholds[c.threshold];
      // The config check makes every named threshold exist for every listed currency.
      if (threshold === undefined) return err(unknownCurrency(terms, {}));
      const limit = { amountMinor: threshold, currency: terms.contractValue.currency };
      return ok({
        holds: terms.contractValue.amountMinor >= threshold,
        text: `contract value ${formatApprovalMoney(terms.contractValue)} is at or above the ${c.threshold} threshold of ${formatApprovalMoney(limit)}`,
      });
    })
    .with({ kind: "margin_below" }, (c): Result<Verdict, ApprovalError> => {
      if (terms.marginPercent === null)
        return err(
          domainError(
            "margin_required",
            `The approval policy looks at the margin (below ${percentText(c.percent)} needs approval); give the deal's marginPercent.`,
            { path: ["terms", "marginPercent"] },
          ),
        );
      return ok({
        holds: terms.marginPercent < c.percent,
        text: `margin ${percentText(terms.marginPercent)} is below ${percentText(c.percent)}`,
      });
    })
    .with({ kind: "non_standard_terms" }, () =>
      ok({
        holds: terms.nonStandardTerms !== null,
        text: `the deal has non-standard terms ("${(terms.nonStandardTerms ?? "").slice(0, 120)}")`,
      }),
    )
    .with({ kind: "payment_terms_over" }, (c) =>
      ok({
        holds: terms.paymentTermsDays > c.days,
        text: `payment terms net ${terms.paymentTermsDays} are beyond net ${c.days}`,
      }),
    )
    .exhaustive();
};

const unknownCurrency = (
  terms: ApprovalTerms,
  valueThresholds: Readonly<Record<string, unknown>>,
): ApprovalError => {
  const known = Object.keys(valueThresholds);
  return domainError(
    "unknown_currency",
    `The approval policy has no contract-value thresholds in ${terms.contractValue.currency}${
      known.length > 0 ? ` (it has ${listInWords(known, "and")})` : ""
    }; add ${terms.contractValue.currency} to approvals.valueThresholds or request in a listed currency.`,
    {
      path: ["terms", "contractValue", "currency"],
      details: { currency: terms.contractValue.currency, knownCurrencies: known },
    },
  );
};

/** An SLA escalation refusal in the approvals' own words (same codes, same message). */
const fromSlaError = (error: SlaError): ApprovalError =>
  match(error)
    .with({ code: "invalid_input" }, (e) => e)
    .with({ code: "unknown_user" }, { code: "unknown_team" }, { code: "team_cycle" }, (e) =>
      domainError(e.code, e.message, {
        ...(e.path ? { path: e.path } : {}),
        ...(e.details ? { details: e.details } : {}),
      }),
    )
    .otherwise((e) =>
      domainError("no_escalation_target", e.message, e.details ? { details: e.details } : {}),
    );

/**
 * The next manager up from `user` (team manager, own manager, parent teams), as the SLA area
 * finds it; shared by the "sales manager" approver and by escalations.
 */
export const managerAbove = (
  user: User,
  directory: ApprovalDirectory,
): Result<{ userId: string; reason: string }, ApprovalError> => {
  const target = escalationTarget({ owner: user, users: directory.users, teams: directory.teams });
  return target.ok
    ? ok({ userId: target.value.userId, reason: target.value.reason })
    : err(fromSlaError(target.error));
};

/** The people who approve one step for this requester, or why nobody can. */
const resolveApprovers = (
  step: ApprovalStepPolicy,
  requester: User,
  directory: ApprovalDirectory,
): Result<PlannedApprover[], ApprovalError> => {
  const found: PlannedApprover[] = [];
  const passedOver: string[] = [];
  const add = (approver: PlannedApprover) => {
    if (!found.some((a) => a.approverId === approver.approverId)) found.push(approver);
  };
  for (const spec of step.approvers) {
    if (spec.type === "team_manager") {
      const manager = managerAbove(requester, directory);
      if (manager.ok)
        add({
          approverId: manager.value.userId,
          via: "team_manager",
          reason: manager.value.reason,
        });
      else if (manager.error.code === "no_escalation_target")
        passedOver.push(`${requester.name} has no manager to ask`);
      else return manager;
    } else if (spec.type === "role") {
      const holders = directory.users.filter((u) => u.roles.includes(spec.role));
      for (const user of holders) {
        if (user.id === requester.id) passedOver.push(`${user.name} is the requester`);
        else if (!user.active) passedOver.push(`${user.name} is inactive`);
        else add({ approverId: user.id, via: "role", reason: `has the ${spec.role} role` });
      }
      if (holders.length === 0) passedOver.push(`nobody has the ${spec.role} role`);
    } else {
      const user = directory.users.find((u) => u.id === spec.userId);
      if (!user)
        return err(
          domainError(
            "unknown_user",
            `The approval step '${step.name}' names user '${spec.userId}', who is not among the users given; pass them in users or change the policy.`,
            { path: ["users"], details: { userId: spec.userId, stepId: step.id } },
          ),
        );
      if (user.id === requester.id) passedOver.push(`${user.name} is the requester`);
      else if (!user.active) passedOver.push(`${user.name} is inactive`);
      else add({ approverId: user.id, via: "user", reason: `named by the '${step.name}' step` });
    }
  }
  if (found.length > 0) return ok(found);
  return err(
    domainError(
      "no_approver",
      `Nobody can approve the '${step.name}' step (${passedOver.join("; ")}); give it an active approver other than ${requester.name}, or change the policy.`,
      { details: { stepId: step.id, requesterId: requester.id, passedOver } },
    ),
  );
};

/** The policy applied to checked terms; shared by `approvalSteps` and the `request` command. */
export const planApproval = (
  terms: ApprovalTerms,
  requester: User,
  directory: ApprovalDirectory,
  policy: ApprovalsConfig,
): Result<ApprovalPlan, ApprovalError> => {
  const usesValue = policy.rules.some((r) => r.when.some((c) => c.kind === "value_at_least"));
  const thresholds = policy.valueThresholds[terms.contractValue.currency];
  if (usesValue && thresholds === undefined)
    return err(unknownCurrency(terms, policy.valueThresholds));

  const reasonsByStep = new Map<string, string[]>();
  for (const rule of policy.rules) {
    const verdicts: Verdict[] = [];
    for (const condition of rule.when) {
      const verdict = evaluateCondition(condition, terms, thresholds ?? {});
      if (!verdict.ok) return verdict;
      verdicts.push(verdict.value);
    }
    const held = verdicts.filter((v) => v.holds);
    const applies = rule.match === "all" ? held.length === verdicts.length : held.length > 0;
    if (!applies) continue;
    const reason = `${rule.name}: ${listInWords(
      held.map((v) => v.text),
      "and",
    )}`;
    for (const stepId of rule.steps)
      reasonsByStep.set(stepId, [...(reasonsByStep.get(stepId) ?? []), reason]);
  }

  const steps: PlannedApprovalStep[] = [];
  for (const step of policy.steps) {
    const reasons = reasonsByStep.get(step.id);
    if (!reasons) continue;
    const approvers = resolveApprovers(step, requester, directory);
    if (!approvers.ok) return approvers;
    steps.push({
      stepId: step.id,
      name: step.name,
      mode: step.mode,
      approvers: approvers.value,
      reasons,
    });
  }
  if (steps.length > 0)
    return ok({
      autoApproved: false,
      steps,
      reasons: [...new Set(steps.flatMap((s) => s.reasons))],
    });
  return ok({
    autoApproved: true,
    steps: [],
    reasons: [
      `No approval rule applies (discount ${percentText(terms.discountPercent)}, contract value ${formatApprovalMoney(
        terms.contractValue,
      )}, net ${terms.paymentTermsDays}, ${terms.nonStandardTerms === null ? "standard" : "non-standard"} terms), so the request is approved by policy`,
    ],
  });
};

/**
 * The approval steps a deal's terms need under the company's policy (DOMAIN.md §5), in
 * order, each with its approvers resolved against the users (the requester's manager for
 * "sales manager", active holders of a role, named users; never the requester) and the
 * reasons it applies. No steps means the request is approved by policy.
 *
 * @example
 * approvalSteps({ requesterId: "user-ada", users, teams, terms: { discountPercent: 18,
 *   contractValue: { amountMinor: 4_000_000, currency: "EUR" }, paymentTermsDays: 30 } }, defaultConfig())
 * // ok({ autoApproved: false, steps: [{ stepId: "sales_manager", name: "Sales manager",
 * //   mode: "first_response", approvers: [{ approverId: "user-sol", via: "team_manager", … }],
 * //   reasons: ["Discount of 15% or more: discount 18% is at least 15%"] }], … })
 */
export const approvalSteps = (
  input: ApprovalStepsInput,
  config: Config,
): Result<ApprovalPlan, ApprovalError> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const parsed = parseInput(ApprovalStepsInput, input, "approval request");
  if (!parsed.ok) return parsed;
  const { terms, requesterId, users, teams } = parsed.value;
  const requester = users.find((u) => u.id === requesterId);
  if (!requester) return err(unknownRequester(requesterId));
  return planApproval(terms, requester, { users, teams }, company.value.approvals);
};

/** The requester must be among the users: their team and manager decide the first approver. */
export const unknownRequester = (requesterId: string): ApprovalError =>
  domainError(
    "unknown_user",
    `Unknown requester '${requesterId}'; pass the requester in users so their manager can be found.`,
    { path: ["users"], details: { userId: requesterId } },
  );
