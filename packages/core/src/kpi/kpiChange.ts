import type { KpiResult } from "./kpiResult";

/**
 * A KPI this period next to the previous period, and the change: absolute (current − previous)
 * and relative (÷ |previous|), each `null` with a reason where it cannot be worked out.
 */
export type KpiChange = {
  readonly current: KpiResult;
  readonly previous: KpiResult;
  readonly absoluteChange: number | null;
  readonly relativeChange: number | null;
  /** Why a change is `null`; null when both are numbers. */
  readonly changeReason: string | null;
};

/**
 * Compares a KPI with the previous period; relative change divides by the previous value's
 * size, so a loss that shrank (ROI −0.5 → −0.25) reads as +50%.
 *
 * @example kpiChange({ value: 0.6, counts: {} }, { value: 0.5, counts: {} })
 * // { current: …, previous: …, absoluteChange: 0.1 (≈), relativeChange: 0.2 (≈), changeReason: null }
 */
export const kpiChange = (current: KpiResult, previous: KpiResult): KpiChange => {
  if (current.value === null)
    return {
      current,
      previous,
      absoluteChange: null,
      relativeChange: null,
      changeReason: `there is no value this period: ${current.reason}`,
    };
  if (previous.value === null)
    return {
      current,
      previous,
      absoluteChange: null,
      relativeChange: null,
      changeReason: `there is no value for the previous period: ${previous.reason}`,
    };
  const absoluteChange = current.value - previous.value;
  if (previous.value === 0)
    return {
      current,
      previous,
      absoluteChange,
      relativeChange: null,
      changeReason: "the previous value was 0, so there is no relative change",
    };
  const relativeChange = absoluteChange / Math.abs(previous.value);
  return Number.isFinite(absoluteChange) && Number.isFinite(relativeChange)
    ? { current, previous, absoluteChange, relativeChange, changeReason: null }
    : {
        current,
        previous,
        absoluteChange: null,
        relativeChange: null,
        changeReason: "the change is too large to compute",
      };
};
