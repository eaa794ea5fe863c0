export * from "./agingBuckets";
export * from "./applyPayment";
export * from "./contract";
export * from "./dso";
export {
  Receivable,
  ReceivableId,
  type ReceivableInput,
  ReceivableList,
  receivableIdOf,
} from "./receivable";
export { formatReceivableMoney, SignedMoney } from "./receivableMoney";
export * from "./receivablesConfig";
export * from "./receivablesError";
export * from "./receivablesEvents";
export * from "./receivablesFromDeal";
