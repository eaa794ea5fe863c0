export * from "./checkTeamGoals";
export {
  GOAL_MEASURES,
  GOAL_QUARTERS,
  Goal,
  type GoalInput,
  GoalMeasure,
  GoalNumber,
  GoalQuarter,
  GoalTarget,
} from "./goal";
export * from "./goalPace";
export * from "./goalsConfig";
