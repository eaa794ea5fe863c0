export * from "./chatIdentities";
export * from "./conversationRefs";
export * from "./installations";
export * from "./userPrefs";
