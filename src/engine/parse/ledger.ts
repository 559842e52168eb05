// 项目台账: one row per project (workbook-format §1, rules §2).
import { phraseOf, type MessageText } from "../messages";
import { SHEET_NAMES } from "../sheet-names";
import type { CategoryDef, Profile } from "../profile/types";
import type { Issue, SheetInput, SheetValues } from "../types";
import { display, foldWidth, parseAmount, parseBatches, parseBool, parseDate, parseText, NO_BATCHES, type Batches } from "./cells";
import { IssueSink, readTableSteps, RowReader, specsByKey, type ColumnSpec, type TableSpec } from "./table";
import { runSteps, STEP_ROWS, within, type Steps } from "../steps";
import { missingSheet, namesGroupOrUnit, type SheetWhere } from "./sheet";
import { resolveUnit, suggestionParams, suggestUnits } from "./units";
import { isEligible, recognisedStartDay } from "../score/rules";

export const LEDGER_SHEET = SHEET_NAMES.ledger;

export type LedgerKey =
  | "name"
  | "unit"
  | "investment"
  | "category"
  | "advanced"
  | "provincial"
  | "special"
  | "planDate"
  | "signDate"
  | "planStart"
  | "actualStart"
  | "inDb"
  | "dbDate"
  | "planCommission"
  | "actualCommission"
  | "completed"
  | "fundType"
  | "fundAmount"
  | "fundIssued"
  | "declared"
  | "note";

export const LEDGER_COLUMNS: ColumnSpec<LedgerKey>[] = [
  { key: "name", header: "项目名称", required: true },
  { key: "unit", header: "责任单位", aliases: ["项目单位"], required: true },
  { key: "investment", header: "总投资(万元)", aliases: ["总投资", "投资额(万元)", "计划总投资", "项目总投资"], required: true },
  { key: "category", header: "产业类别", required: true },
  { key: "advanced", header: "先进制造业或战略性新兴产业", aliases: ["先进制造/战新", "先进制造", "战新"] },
  { key: "provincial", header: "省三个一批", aliases: ["列入省三个一批", "是否列入省三个一批"] },
  { key: "special", header: "特批纳入" },
  { key: "planDate", header: "谋划日期" },
  { key: "signDate", header: "签约日期" },
  { key: "planStart", header: "计划开工日期" },
  { key: "actualStart", header: "实际开工日期" },
  { key: "inDb", header: "入库", aliases: ["是否入库"] },
  { key: "dbDate", header: "入库日期" },
  { key: "planCommission", header: "计划投产日期" },
  { key: "actualCommission", header: "实际投产日期" },
  { key: "completed", header: "累计完成投资(万元)", aliases: ["累计完成投资"] },
  { key: "fundType", header: "资金类型" },
  { key: "fundAmount", header: "资金金额(万元)", aliases: ["资金金额"] },
  { key: "fundIssued", header: "资金下达日期" },
  { key: "declared", header: "申报完成日期" },
  { key: "note", header: "备注" },
];

const REQUIRED_KEYS = LEDGER_COLUMNS.filter((c) => c.required).map((c) => c.key);

const SPECS = specsByKey(LEDGER_COLUMNS);

/** The columns the scores read besides the required ones: absent, they are one warning (§1.1). */
const SCORING_KEYS: LedgerKey[] = [
  "planStart",
  "actualStart",
  "inDb",
  "dbDate",
  "planCommission",
  "actualCommission",
  "completed",
  "fundType",
  "fundAmount",
  "fundIssued",
  "declared",
  "planDate",
  "signDate",
  "provincial",
  "advanced",
];

/** The two columns `sanpi merge` adds after the template's (cycle.md §1): the readers pass over them without a word. */
export const SOURCE_HEADERS = ["来源文件", "来源行"] as const;

/** How the ledger reads as a table: the spec `check` reads with, and `merge` reads returns with. */
export function ledgerTable(profile: Profile): TableSpec<LedgerKey> {
  return {
    columns: LEDGER_COLUMNS,
    // A section row has no 责任单位, 总投资 or 产业类别 as typed (§1.1 item 3).
    sectionKeys: ["unit", "investment", "category"],
    titleKeys: ["unit"],
    dataKeys: ["unit", "investment", "category"],
    labelKey: "name",
    scoringKeys: SCORING_KEYS,
    namesGroupOrUnit: namesGroupOrUnit(profile),
    silentHeaders: [...SOURCE_HEADERS],
  };
}

const REQUIRED_HINT: Partial<Record<LedgerKey, MessageText>> = {
  name: { zh: "项目名称", en: "the project name" },
  unit: { zh: "责任单位（乡镇街道、园区或市直单位）", en: "the responsible unit" },
  investment: { zh: "总投资，单位万元，如 12000 或 1.2亿", en: "the investment in 万元, e.g. 12000 or 1.2亿" },
  category: { zh: "产业类别，如 制造业", en: "the category, e.g. 制造业" },
};

/** Why a blank planned date matters (date.missingPlan's {what}). */
const MISSING_PLAN = {
  started: { zh: "项目已开工", en: "The project has started" },
  startBatch: { zh: "项目列入省开工批次", en: "The project is in the provincial start batch" },
  signed: { zh: "项目已签约", en: "The project is signed" },
  commissionBatch: { zh: "项目列入省投产批次", en: "The project is in the provincial commissioning batch" },
} satisfies Record<string, MessageText>;

export interface Project {
  /** 1-based worksheet row. */
  row: number;
  name: string;
  unit: string;
  investment: number;
  category: CategoryDef;
  advanced: boolean;
  batches: Batches;
  special: boolean;
  planDate: number | null;
  signDate: number | null;
  planStart: number | null;
  actualStart: number | null;
  inDb: boolean;
  dbDate: number | null;
  planCommission: number | null;
  actualCommission: number | null;
  completed: number | null;
  fundType: string | null;
  fundAmount: number | null;
  fundIssued: number | null;
  declared: number | null;
  /** Recognised start day (rules §2): the later of 实际开工 and 入库日期, only once 入库. */
  startDay: number | null;
  /** Meets the category floor or is 特批纳入 (附件3 一). */
  eligible: boolean;
}

export interface LedgerResult {
  /** Valid rows: no error, not a duplicate. */
  projects: Project[];
  issues: Issue[];
  rowsRead: number;
  found: boolean;
}

/** Key for duplicate detection: full-width folded, all white space removed (rules §2). */
export const projectKey = (name: string): string => foldWidth(name).replace(/\s+/g, "");

export function readLedger(input: SheetValues | SheetInput | undefined, profile: Profile, where: SheetWhere = {}): LedgerResult {
  return runSteps(readLedgerSteps(input, profile, where));
}

/** Sorting the rows out takes about a fifth of reading the ledger, reading the projects the rest. */
const TABLE_SHARE = 0.2;

type Reader = RowReader<LedgerKey>;

/** The required cells, each an error when blank. */
function checkRequired(reader: Reader): void {
  for (const key of REQUIRED_KEYS) {
    reader.required(key, REQUIRED_HINT[key]!);
  }
}

/** 责任单位: a unit of groups A or B (rules §1), else an error with the nearest names. */
function readUnit(reader: Reader, profile: Profile): string | null {
  const unitText = reader.get("unit", parseText, "");
  if (!unitText) return null;
  const unit = resolveUnit(profile, unitText);
  if (!unit) {
    reader.error("unit", "unit.unknown", "unit.unknown", { value: unitText, ...suggestionParams(suggestUnits(profile, unitText, 3, ["towns", "departments"])) });
  } else if (!unit.groups.includes("towns") && !unit.groups.includes("departments")) {
    reader.error("unit", "unit.unknown", "unit.wrongGroup", { value: unitText });
  } else return unit.name;
  return null;
}

/** 产业类别: one of the profile's categories (workbook-format §1). */
function readCategory(reader: Reader, profile: Profile, categories: Map<string, CategoryDef>): CategoryDef | undefined {
  const categoryText = reader.get("category", parseText, "");
  if (!categoryText) return undefined;
  const category = categories.get(foldWidth(categoryText).replace(/\s+/g, ""));
  if (!category) reader.error("category", "category.unknown", "category.unknown", { value: categoryText, allowed: profile.categories.map((c) => c.name).join("、") });
  return category;
}

/** 资金类型: a fund type, or blank / 无 / - / / for none. */
function readFundType(reader: Reader, profile: Profile): string | null {
  const fundText = reader.get("fundType", parseText, "");
  if (!fundText) return null;
  const fund = foldWidth(fundText).replace(/\s+/g, "");
  if (profile.fundTypes.includes(fund)) return fund;
  if (!["无", "-", "/"].includes(fund)) reader.error("fundType", "fund.unknown", "fund.unknown", { value: fundText, allowed: profile.fundTypes.join("、") });
  return null;
}

/** The optional cells: flags, batches, dates and amounts. */
function readOptional(reader: Reader) {
  return {
    advanced: reader.get("advanced", parseBool, false),
    batches: reader.get("provincial", parseBatches, NO_BATCHES),
    special: reader.get("special", parseBool, false),
    planDate: reader.get("planDate", parseDate, null),
    signDate: reader.get("signDate", parseDate, null),
    planStart: reader.get("planStart", parseDate, null),
    actualStart: reader.get("actualStart", parseDate, null),
    inDb: reader.get("inDb", parseBool, false),
    dbDate: reader.get("dbDate", parseDate, null),
    planCommission: reader.get("planCommission", parseDate, null),
    actualCommission: reader.get("actualCommission", parseDate, null),
    completed: reader.get("completed", parseAmount, null),
    fundAmount: reader.get("fundAmount", parseAmount, null),
    fundIssued: reader.get("fundIssued", parseDate, null),
    declared: reader.get("declared", parseDate, null),
  };
}
type Optional = ReturnType<typeof readOptional>;

/** Duplicates (rules §2): the same folded name and unit is an error on the later row; the same name in another unit a warning. */
class DuplicateCheck {
  private readonly seen = new Map<string, number>(); // name|unit → first row
  private readonly byName = new Map<string, { row: number; unit: string }>();
  /** Whether the row is a duplicate (then reported). */
  isDuplicate(reader: Reader, name: string, unit: string): boolean {
    const key = projectKey(name);
    const nameAndUnit = `${key}\u0000${unit}`;
    const first = this.seen.get(nameAndUnit);
    if (first !== undefined) {
      reader.error("name", "row.duplicate", "row.duplicate", { other: first, value: name });
      return true;
    }
    this.seen.set(nameAndUnit, reader.rowNumber);
    const other = this.byName.get(key);
    if (other) reader.report("warning", "name", "row.sameNameOtherUnit", "row.sameNameOtherUnit", { value: name, other: other.row, otherUnit: other.unit });
    else this.byName.set(key, { row: reader.rowNumber, unit });
    return false;
  }
}

/** A valid row's project; the start day and eligibility by the rules' one definition (score/rules.ts). */
function projectOf(row: number, name: string, unit: string, investment: number, category: CategoryDef, fundType: string | null, p: Optional): Project {
  const inDb = p.inDb || p.dbDate !== null;
  // Built field by field (no spread): one object shape for every project keeps the scorer fast.
  return {
    row,
    name,
    unit,
    investment,
    category,
    advanced: p.advanced,
    batches: p.batches,
    special: p.special,
    planDate: p.planDate,
    signDate: p.signDate,
    planStart: p.planStart,
    actualStart: p.actualStart,
    inDb,
    dbDate: p.dbDate,
    planCommission: p.planCommission,
    actualCommission: p.actualCommission,
    completed: p.completed,
    fundType,
    fundAmount: p.fundAmount,
    fundIssued: p.fundIssued,
    declared: p.declared,
    startDay: recognisedStartDay(p.actualStart, inDb, p.dbDate),
    eligible: isEligible(category, investment, p.special),
  };
}

/** What a counted row lacks or cannot count for: below the floor, started but not 入库, missing planned dates. */
function projectWarnings(reader: Reader, project: Project): void {
  if (!project.eligible) {
    reader.report("warning", "investment", "project.ineligible", "project.ineligible", { amount: project.investment, category: project.category.name, floor: project.category.floor });
  }
  if (project.actualStart !== null && !project.inDb) {
    reader.report("warning", "inDb", "start.notInDatabase", "start.notInDatabase", { value: display(reader.raw("actualStart")) });
  }
  const { actualStart, batches } = project;
  if (project.planStart === null && (project.signDate !== null || batches.start || actualStart !== null)) {
    const why = actualStart !== null ? MISSING_PLAN.started : batches.start ? MISSING_PLAN.startBatch : MISSING_PLAN.signed;
    reader.report("warning", "planStart", "date.missingPlan", "date.missingPlan", { what: phraseOf(why) });
  }
  if (project.planCommission === null && batches.commission) {
    reader.report("warning", "planCommission", "date.missingPlan", "date.missingPlan", { what: phraseOf(MISSING_PLAN.commissionBatch) });
  }
}

/** One data row: its project, or null when it has errors or is a duplicate. */
function readProject(reader: Reader, profile: Profile, categories: Map<string, CategoryDef>, duplicates: DuplicateCheck): Project | null {
  checkRequired(reader);
  const name = reader.get("name", parseText, "");
  const unit = readUnit(reader, profile);
  const investment = reader.get("investment", parseAmount, null);
  const category = readCategory(reader, profile, categories);
  const fundType = readFundType(reader, profile);
  const optional = readOptional(reader);
  if (reader.errors > 0 || unit === null || investment === null || !category) return null;
  if (duplicates.isDuplicate(reader, name, unit)) return null;
  const project = projectOf(reader.rowNumber, name, unit, investment, category, fundType, optional);
  projectWarnings(reader, project);
  return project;
}

/** readLedger, pausing every STEP_ROWS rows (steps.ts). */
export function* readLedgerSteps(input: SheetValues | SheetInput | undefined, profile: Profile, where: SheetWhere = {}): Steps<LedgerResult> {
  const sink = new IssueSink(where.name ?? LEDGER_SHEET);
  if (!input) {
    missingSheet(sink, LEDGER_SHEET, where, "error", {
      zh: "无法计分，请添加项目台账（可用“模板”生成）",
      en: "nothing can be scored; add the ledger (the template has one)",
    });
    return { projects: [], issues: sink.issues, rowsRead: 0, found: false };
  }
  const table = yield* within(readTableSteps(input, ledgerTable(profile), sink), 0, TABLE_SHARE);
  if (!table) return { projects: [], issues: sink.issues, rowsRead: 0, found: true };
  const categories = new Map(profile.categories.map((c) => [c.name, c]));
  const duplicates = new DuplicateCheck();
  const projects: Project[] = [];
  let rowsRead = 0;
  for (const row of table.rows) {
    if (rowsRead % STEP_ROWS === 0) yield TABLE_SHARE + (1 - TABLE_SHARE) * (rowsRead / table.rows.length);
    rowsRead++;
    const project = readProject(new RowReader(sink, row, table, SPECS), profile, categories, duplicates);
    if (project) projects.push(project);
  }
  if (rowsRead === 0) sink.add("warning", "ledger.empty", "ledger.empty", {}, { row: table.headerIndex + 1 });
  return { projects, issues: sink.issues, rowsRead, found: true };
}
