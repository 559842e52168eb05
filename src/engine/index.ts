// The engine's public surface. Hosts (CLI, Excel adapter, custom functions,
// task pane) import from here only.
export * from "./types";
export * from "./report";
export * from "./sheets/types";
export { MESSAGES, message, type MessageCode } from "./messages";
export { ruzhou2023 } from "./profile/ruzhou2023";
export type { Profile, UnitDef, CategoryDef, GroupDef } from "./profile/types";
export { findInputSheet, inputSheetNames, readWorkbook, SHEETS, type ParsedWorkbook } from "./workbook";
export { scorePeriod, scorePeriods } from "./score/report";
export { parsePeriod, periodId, periodLabel, lastFinishedQuarter } from "./period";
export { reportToJson, type ReportJson } from "./json";
export { describeReport } from "./sheets/ranking";
export { describeTemplate } from "./sheets/template";
export * as cells from "./parse/cells";
export * as dates from "./parse/dates";
export * as rules from "./score/rules";
export * as ranking from "./score/ranking";
export { resolveUnit, suggestUnits, unitsOfGroup, normaliseUnitText } from "./parse/units";
export { columnLetter } from "./parse/table";
export { countIssues, errorsFirst, splitInfo, type IssueCounts } from "./issues";
