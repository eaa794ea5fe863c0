export {
  AcquisitionSpend,
  type AcquisitionSpendInput,
  SPEND_KINDS,
  SpendKind,
} from "./acquisitionSpend";
export { comparisonPeriodBefore, kpiPeriodMonths } from "./comparisonPeriod";
export {
  type AcquisitionCostCounts,
  AcquisitionData,
  type AcquisitionDataInput,
  customerAcquisitionCost,
} from "./customerAcquisitionCost";
export { customerChurn } from "./customerChurn";
export type { CustomerCounts, MrrMovementCounts } from "./customerCounts";
export { customerLifetimeValue, type LifetimeValueCounts } from "./customerLifetimeValue";
export { customerRetention } from "./customerRetention";
export {
  type CsatCounts,
  CsatData,
  type CsatDataInput,
  CsatRating,
  type CsatRatingInput,
  customerSatisfaction,
} from "./customerSatisfaction";
export {
  CustomerBaseData,
  type CustomerBaseDataInput,
  CustomerSubscription,
  type CustomerSubscriptionInput,
  MrrChange,
} from "./customerSubscription";
export { DataHealthCounts, dataHealthKpi } from "./dataHealthKpi";
export {
  type GrowthCounts,
  GrowthSeries,
  type GrowthSeriesInput,
  growthRate,
  SeriesReading,
} from "./growthRate";
export {
  type LtvToCacCounts,
  ltvToCac,
  UnitEconomicsData,
  type UnitEconomicsDataInput,
} from "./ltvToCac";
export { revenueChurn } from "./revenueChurn";
export { grossRevenueRetention, netRevenueRetention } from "./revenueRetention";
export {
  SERVICE_KPI_NAMES,
  ServiceKpiData,
  type ServiceKpiDataInput,
  type ServiceKpiName,
  type ServiceKpis,
  serviceKpis,
} from "./serviceKpis";
export {
  IssueTopic,
  SupportTicket,
  type SupportTicketInput,
  TicketData,
  type TicketDataInput,
} from "./supportTicket";
export {
  firstResponseTimeMean,
  firstResponseTimeMedian,
  TICKET_MILESTONES,
  TICKET_TIME_STATISTICS,
  type TicketMilestone,
  type TicketTimeCounts,
  type TicketTimeStatistic,
  timeToResolutionMean,
  timeToResolutionMedian,
} from "./ticketTimes";
export {
  type IssueTopicCounts,
  type IssueTopicTrend,
  type TopIssueTopics,
  topIssueTopics,
} from "./topIssueTopics";
