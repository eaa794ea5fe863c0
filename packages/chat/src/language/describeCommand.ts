import type { Command } from "../commands/command";
import type { Catalog } from "../i18n/catalog";

/**
 * One line saying what a command will do, in the reader's language: the
 * preview of a write the language model parsed, confirmed before it happens.
 *
 * @example describeCommand(messages("en"), { verb: "log", kind: "call", account: "Acme" }) // 'log a call on Acme'
 */
export const describeCommand = (t: Catalog, command: Command): string => {
  const l = t.language;
  switch (command.verb) {
    case "log":
      return (
        l.log({
          kind: t.log.kind[command.kind](),
          account: command.account,
          text: command.text ?? "",
          next: command.next ? l.next(command.next) : "",
        }) + (command.private ? l.private() : "")
      );
    case "deal":
      if (command.action?.type === "move")
        return l.moveDeal({ deal: command.name, stage: command.action.stage });
      if (command.action?.type === "discount")
        return l.discount({
          deal: command.name,
          percent: `${command.action.percent}%`,
          reason: command.action.reason,
        });
      return l.other({ command: `/deal ${command.name}` });
    case "lead":
      return l.lead({
        action: command.action ? t.records.leadActionLabel[command.action]() : "",
        lead: command.name,
        reason: command.reason ?? "",
      });
    case "approvals":
      return command.decision
        ? l.decide({
            decision:
              command.decision.decision === "approve"
                ? t.approvals.approve()
                : t.approvals.reject(),
            approval: command.decision.approval,
            comment: command.decision.comment ?? "",
          })
        : l.other({ command: "/approvals" });
    case "lang":
      return l.lang({ locale: command.locale ?? "" });
    case "link":
      return l.link({ code: command.code ?? "" });
    default:
      return l.other({ command: `/${command.verb}` });
  }
};
