// The engine's public surface. Hosts (CLI, Excel adapter, custom functions,
// task pane) import from here only.
export * from "./types";
export * from "./report";
export * from "./sheets/types";
export { MESSAGES, message, type MessageCode } from "./messages";
export { builtinProfile, BUILTIN_IDS, DEFAULT_PROFILE_ID } from "./profile/builtin";
export { profileFromFile, profileChanges, type FileProblem, type ProfileChange } from "./profile/resolve";
export { PARAMETERS, type ParamDef } from "./profile/registry";
export { sourceText } from "./profile/source";
export { changeText, profileNotes, profileParameters, type ParameterRow } from "./profile/describe";
export type { Profile, UnitDef, CategoryDef, GroupDef, ValueSource } from "./profile/types";
export { findInputSheet, inputSheetNames, readWorkbook, readWorkbookSteps, workbookProfile, SHEETS, type ParsedWorkbook, type WorkbookProfile } from "./workbook";
export { scorePeriod, scorePeriods, scorePeriodSteps, scoreProjectGroups, scoreQuarterAsOf } from "./score/report";
export { cumulativeTarget, monthEndContext, periodContext, quarterContext, type PeriodContext, type TargetFraction } from "./score/context";
export { runSteps, STEP_ROWS, type Steps } from "./steps";
export { parsePeriod, periodId, periodLabel, periodProblem, periodsOfYear, lastFinishedQuarter } from "./period";
export { reportToJson, type ReportJson } from "./json";
export { assessmentYears, currentYear, defaultPeriodOf, periodChoices, type YearChoice } from "./years";
export { describeReport } from "./sheets/ranking";
export { describeTemplate } from "./sheets/template";
export * as cells from "./parse/cells";
export * as dates from "./parse/dates";
export * as rules from "./score/rules";
export * as ranking from "./score/ranking";
export { resolveUnit, suggestUnits, unitsOfGroup, normaliseUnitText } from "./parse/units";
export { columnLetter } from "./parse/table";
export { countIssues, errorsFirst, splitInfo, type IssueCounts } from "./issues";
