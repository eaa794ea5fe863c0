export * from "./chatIdentities";
export * from "./chatQuestions";
export * from "./conversationRefs";
export * from "./installations";
export * from "./linkCodes";
export * from "./outboxRelay";
export * from "./replyPages";
export * from "./userPrefs";
