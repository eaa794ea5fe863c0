import type { ActivityKind } from "@baton/core";

// What reps write in their activities, in English and (for colleagues in China) in Chinese.

type Words = Readonly<Record<Exclude<ActivityKind, "task">, readonly string[]>>;

export const SUBJECTS: Readonly<Record<"en" | "zh-CN", Words>> = {
  en: {
    call: [
      "Discovery call",
      "Pricing call",
      "Check-in call",
      "Follow-up call",
      "Call with procurement",
    ],
    email: [
      "Sent proposal",
      "Intro email",
      "Follow-up on pricing",
      "Shared case study",
      "Contract questions",
    ],
    meeting: [
      "On-site meeting",
      "Quarterly business review",
      "Kick-off meeting",
      "Lunch with our champion",
    ],
    demo: ["Product demo", "Technical deep dive", "Demo for the IT team"],
    note: [
      "Budget confirmed",
      "Competitor in the deal",
      "Champion changing roles",
      "Legal review needed",
    ],
  },
  "zh-CN": {
    call: ["需求沟通电话", "报价沟通", "回访电话", "采购部电话"],
    email: ["发送方案", "介绍邮件", "报价跟进", "发送客户案例"],
    meeting: ["现场拜访", "季度业务回顾", "项目启动会"],
    demo: ["产品演示", "技术交流", "给 IT 团队的演示"],
    note: ["预算已确认", "有竞争对手参与", "需要法务审核"],
  },
};

export const BODIES: Readonly<Record<"en" | "zh-CN", readonly string[]>> = {
  en: [
    "Good conversation; they want to move before the end of the quarter.",
    "Asked for a discount of 15% if they sign this month.",
    "IT has concerns about the integration; need a technical call.",
    "Decision maker is the CFO; budget approved in principle.",
    "They are also talking to a competitor. Price is the main topic.",
    "Happy with the pilot so far, want to extend to two more sites.",
  ],
  "zh-CN": [
    "沟通顺利，客户希望本季度内推进。",
    "客户希望本月签约可获得 15% 折扣。",
    "IT 部门对集成有疑问，需要安排技术交流。",
    "决策人是财务总监，预算原则上已批准。",
  ],
};

export const NEXT_STEPS: Readonly<Record<"en" | "zh-CN", readonly string[]>> = {
  en: [
    "Send proposal",
    "Schedule demo",
    "Follow up on pricing",
    "Book on-site visit",
    "Share references",
    "Send contract draft",
    "Confirm budget with CFO",
  ],
  "zh-CN": ["发送方案", "安排演示", "跟进报价", "安排现场拜访", "发送合同草稿"],
};

export const CALL_OUTCOMES = ["connected", "left voicemail", "no answer"] as const;

export const PRODUCTS: Readonly<Record<"en" | "zh-CN", readonly string[]>> = {
  en: [
    "Platform licence",
    "Fleet rollout",
    "Annual renewal",
    "Pilot",
    "Expansion",
    "Onboarding package",
    "Support upgrade",
    "Analytics add-on",
    "Enterprise agreement",
    "Team seats",
  ],
  "zh-CN": ["平台许可", "年度续约", "试点项目", "扩容", "ERP 项目", "数据分析模块"],
};

export const LEAD_SOURCES = [
  "webinar",
  "website",
  "referral",
  "trade_show",
  "paid_search",
  "content_download",
] as const;
