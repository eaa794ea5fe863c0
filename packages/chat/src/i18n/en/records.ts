/** What `/account`, `/deal` and `/lead` say. */
export const records = {
  whichOne: (p: { name: string }) =>
    `More than one record matches "${p.name}". Which one did you mean?`,
  didYouMean: (p: { name: string }) => `I couldn't find "${p.name}". Did you mean one of these?`,
  notFound: (p: { kind: string; name: string }) =>
    `I couldn't find a ${p.kind} called "${p.name}" that you can see. Check the name, or put a name with spaces in quotes.`,
  kind: { account: () => "account", deal: () => "deal", lead: () => "lead" },
  facts: {
    owner: () => "Owner",
    queue: (p: { queue: string }) => `waiting in the ${p.queue} queue`,
    lifecycle: () => "Lifecycle",
    industry: () => "Industry",
    domain: () => "Domain",
    health: () => "Health",
    lastActivity: () => "Last activity",
    account: () => "Account",
    stage: () => "Stage",
    amount: () => "Amount",
    closeDate: () => "Close date",
    company: () => "Company",
    email: () => "Email",
    title: () => "Title",
    score: () => "Score",
    source: () => "Source",
  },
  health: (p: { score: string; problems: string }) =>
    p.problems.length > 0 ? `${p.score} (${p.problems})` : p.score,
  healthProblem: {
    dead_account: () => "no activity for a long time",
    no_contact: () => "no contact",
    no_owner: () => "no owner",
    unknown_owner: () => "owner unknown",
    no_next_step: () => "no next step",
    incomplete: () => "fields missing",
    stale: () => "not touched lately",
    open_duplicates: () => "possible duplicates",
  },
  openDeals: () => "Open deals",
  recentActivities: () => "Recent activities",
  nextSteps: () => "Next steps",
  assessments: () => "Assessments",
  noActivities: () => "No activities yet. Log one with `/log call <account> ...`.",
  noNextSteps: () => "No next step planned.",
  overdue: () => "overdue",
  columns: {
    deal: () => "Deal",
    stage: () => "Stage",
    amount: () => "Amount",
    closes: () => "Closes",
    when: () => "When",
    kind: () => "Kind",
    by: () => "By",
    what: () => "What",
    due: () => "Due",
    step: () => "Step",
    rule: () => "Rule",
    value: () => "Value",
    points: () => "Points",
  },
  probability: (p: { percent: number }) => `${p.percent}% likely`,
  moveTo: () => "Move it to:",
  moved: (p: { deal: string; from: string; to: string }) =>
    `Moved ${p.deal} from ${p.from} to ${p.to}.`,
  unknownStage: (p: { stage: string; stages: string }) =>
    `"${p.stage}" is not an open stage. Pick one of: ${p.stages}.`,
  lostReasonNeeded: (p: { id: string; stage: string }) =>
    `Say why it was lost, so the loss can be learned from: \`/deal ${p.id} move ${p.stage} <reason>\`.`,
  discountRequested: (p: { deal: string; percent: string; approvers: string }) =>
    `Asked for approval of ${p.percent} off on ${p.deal}; waiting for ${p.approvers}.`,
  discountApproved: (p: { deal: string; percent: string }) =>
    `${p.percent} off on ${p.deal} needs no approval under the company's rules: it is approved.`,
  discountReason: (p: { percent: string; reason: string }) =>
    `Discount of ${p.percent} requested: ${p.reason}`,
  leadScore: (p: { combined: string; fit: number; engagement: string }) =>
    `${p.combined} (fit ${p.fit} points, engagement ${p.engagement})`,
  fitRules: () => "Why this fit",
  noFitRules: () => "No fit rule matched this lead's fields yet.",
  engagementKinds: (p: { kinds: string }) => `Engagement from: ${p.kinds}.`,
  leadActions: () => "What next?",
  leadAccepted: (p: { lead: string; owner: string }) =>
    `Accepted ${p.lead} as sales-qualified; it now belongs to ${p.owner}.`,
  leadRecycled: (p: { lead: string }) => `Sent ${p.lead} back to marketing to nurture.`,
  leadDisqualified: (p: { lead: string }) => `Disqualified ${p.lead}.`,
  reasonNeeded: (p: { action: string; codes: string }) =>
    `Say why with a reason code: \`/lead <name> ${p.action} <reason>\`, one of: ${p.codes}.`,
  criteriaHint: (p: { criteria: string; minimum: number }) =>
    `To accept, name the criteria that are met (at least ${p.minimum} of: ${p.criteria}), e.g. \`/lead <name> accept budget authority need\`.`,
  criterionWords: () => ({}) as Readonly<Record<string, string>>,
  leadActionLabel: {
    accept: () => "Accept",
    recycle: () => "Recycle",
    disqualify: () => "Disqualify",
  },
};
export type RecordsMessages = typeof records;
