// The empty input workbook (workbook-format §1) described once: the four
// input sheets with headers, validation lists and formats, plus a hidden sheet
// holding the lists too long to inline. Pure: no I/O, no host globals.
import { evaluationColumns, type EvalKey } from "../parse/evaluations";
import { INPUT_COLUMNS, type InputKey } from "../parse/inputs";
import { ITEM_INPUT_COLUMNS } from "../score/items";
import { LEDGER_COLUMNS, type LedgerKey } from "../parse/ledger";
import { PARAM_COLUMNS, PARAMS_SHEET } from "../parse/params";
import { expectedForm, formatValue } from "../profile/forms";
import { valueClause } from "../profile/describe";
import { PARAMETERS, type ParamValue } from "../profile/registry";
import { TARGET_COLUMNS, type TargetKey } from "../parse/targets";
import type { Profile, UnitDef } from "../profile/types";
import { message } from "../messages";
import type { GroupId, Lang } from "../types";
import { safeSheetName, type ColumnOut, type OutCell, type SheetSpec } from "./types";
import { withParameters } from "../profile/resolve";

export const LISTS_SHEET = "下拉选项";
/**
 * Excel refuses an inline validation list over 255 characters (some versions
 * count double-byte characters twice), so only short lists are inlined; unit
 * lists always go to the lists sheet.
 */
const INLINE_LIST_MAX = 100;
const INPUT_ROWS = 1000;
const DATE_FMT = "yyyy-mm-dd";
const AMOUNT_FMT = "#,##0.00";

const YES_NO = ["是", "否"];
// 省三个一批: yes = all three batches, or the batches named (rules §2).
const BATCHES = ["是", "否", "签约", "开工", "投产", "签约、开工", "签约、投产", "开工、投产"];

const unitNames = (profile: Profile, groups: GroupId[]): string[] => profile.units.filter((u) => u.groups.some((g) => groups.includes(g))).map((u) => u.name);

/** Collects long lists into the hidden lists sheet (each once, by header) and returns their references. */
class Lists {
  readonly columns: ColumnOut[] = [];
  readonly values: string[][] = [];
  list(header: string, values: string[]): Pick<ColumnOut, "list" | "listSource"> {
    if (values.join(",").length <= INLINE_LIST_MAX) return { list: values };
    let col = this.columns.findIndex((c) => c.header === header);
    if (col < 0) {
      col = this.columns.length;
      this.columns.push({ header, width: 24 });
      this.values.push(values);
    }
    const letter = String.fromCharCode(65 + col); // a handful of lists: A, B, C…
    return { list: values, listSource: `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${values.length + 1}` };
  }
  sheet(): SheetSpec {
    const longest = Math.max(0, ...this.values.map((v) => v.length));
    const rows: OutCell[][] = Array.from({ length: longest }, (_, r) => this.values.map((v) => v[r] ?? null));
    return { name: LISTS_SHEET, kind: "lists", title: null, columns: this.columns, rows, landscape: false, hidden: true };
  }
}

type LedgerInput = Omit<ColumnOut, "header">;

function ledgerColumn(key: LedgerKey, profile: Profile, lists: Lists): LedgerInput {
  const dateExample = `${profile.year}-03-15`;
  const date = (note: string): LedgerInput => ({ width: 13, input: "date", numFmt: DATE_FMT, note });
  const amount = (note: string): LedgerInput => ({ width: 14, input: "amount", numFmt: AMOUNT_FMT, note });
  const bool = (note: string): LedgerInput => ({ width: 10, input: "bool", list: YES_NO, note });
  // 先进制造业或战略性新兴产业 on two lines of seven (issue 20 item 6).
  const wideBool = (note: string): LedgerInput => ({ ...bool(note), width: 16 });
  switch (key) {
    case "name":
      return { width: 30, input: "text", note: "项目全称；同一单位内不可重复" };
    case "unit":
      return { width: 22, input: "text", ...lists.list("项目单位", unitNames(profile, ["towns", "departments"])), note: "乡镇街道、园区或市直单位" };
    case "investment":
      return amount("单位万元，可填 12000、1.5亿、5000万");
    case "category":
      return { width: 14, input: "text", list: profile.categories.map((c) => c.name), note: "从列表中选择" };
    case "advanced":
      return wideBool("先进制造业或战略性新兴产业：是/否");
    case "provincial":
      return { width: 14, input: "text", list: BATCHES, note: "是 = 列入省签约、开工、投产三批；也可只填所列批次" };
    case "special":
      return bool("经特批纳入的项目不受入库标准限制");
    case "inDb":
      return bool("已进入统计局固定资产投资库");
    case "completed":
      return amount("累计完成投资，单位万元");
    case "fundType":
      return { width: 12, input: "text", list: profile.fundTypes, note: "无资金支持则留空" };
    case "fundAmount":
      return amount("资金金额，单位万元（打捆项目填整捆金额）");
    case "note":
      return { width: 24, input: "text" };
    default:
      return date(`日期，如 ${dateExample}`);
  }
}

function ledgerSheet(profile: Profile, lists: Lists): SheetSpec {
  return {
    name: "项目台账",
    kind: "input",
    title: null,
    columns: LEDGER_COLUMNS.map((c) => ({ header: c.header, ...ledgerColumn(c.key, profile, lists) })),
    rows: [],
    landscape: true,
    inputRows: INPUT_ROWS,
  };
}

function inputColumn(key: InputKey, profile: Profile, lists: Lists, quarters: string[]): Omit<ColumnOut, "header"> {
  if (key === "quarter") return { width: 10, input: "text", list: quarters, note: `如 ${quarters[0]}` };
  if (key === "unit") return { width: 22, input: "text", ...lists.list("考评单位", unitNames(profile, ["towns", "departments", "service"])) };
  // The other columns are the score items' (score/items): each says how it is filled.
  return ITEM_INPUT_COLUMNS.find((c) => c.key === key)!.template(profile);
}

function inputsSheet(profile: Profile, lists: Lists, quarters: string[]): SheetSpec {
  return {
    name: "考核录入",
    kind: "input",
    title: null,
    columns: INPUT_COLUMNS.map((c) => ({ header: c.header, ...inputColumn(c.key, profile, lists, quarters) })),
    rows: [],
    landscape: true,
    inputRows: INPUT_ROWS,
  };
}

function evaluationColumn(key: EvalKey, profile: Profile, lists: Lists, quarters: string[]): Omit<ColumnOut, "header"> {
  switch (key) {
    case "quarter":
      return { width: 10, input: "text", list: quarters };
    case "unit":
      return { width: 22, input: "text", ...lists.list("服务保障单位", unitNames(profile, ["service"])) };
    case "enterprise":
      return { width: 28, input: "text", note: `每季度每个单位抽取 ${profile.values["evaluation.sample"]} 家企业评议` };
    default: {
      const max = profile.evaluation.parts.find((p) => p.key === key)!.max;
      return { width: 10, input: "number", numFmt: "0.0", min: 0, max, note: `0–${max} 分` };
    }
  }
}

function evaluationsSheet(profile: Profile, lists: Lists, quarters: string[]): SheetSpec {
  return {
    name: "企业评议",
    kind: "input",
    title: null,
    columns: evaluationColumns(profile).map((c) => ({ header: c.header, ...evaluationColumn(c.key, profile, lists, quarters) })),
    rows: [],
    landscape: true,
    inputRows: INPUT_ROWS * 3,
  };
}

/** 目标任务 comes filled with the profile's annual targets (附件2), ready to override. */
function targetsSheet(profile: Profile, lists: Lists): SheetSpec {
  // 组别 is needed only for a unit the plan does not list (workbook-format §1 目标任务); the plan's units show theirs.
  const groupName = (id: GroupId): string => profile.groups.find((g) => g.id === id)!.names[0];
  const groups: GroupId[] = ["towns", "departments"];
  const column = (key: TargetKey): Omit<ColumnOut, "header"> =>
    key === "unit"
      ? { width: 22, input: "text", ...lists.list("项目单位", unitNames(profile, groups)) }
      : key === "group"
        ? { width: 12, input: "text", ...lists.list("组别", groups.map(groupName)) }
        : { width: 8, input: "int", numFmt: "0", min: 0 };
  const cell = (unit: UnitDef, key: TargetKey): string | number => (key === "unit" ? unit.name : key === "group" ? groupName(groups.find((g) => unit.groups.includes(g))!) : unit.targets![key]);
  return {
    name: "目标任务",
    kind: "input",
    title: null,
    columns: TARGET_COLUMNS.map((c) => ({ header: c.header, ...column(c.key) })),
    rows: profile.units.filter((u) => u.targets).map((u) => TARGET_COLUMNS.map((c) => cell(u, c.key))),
    landscape: false,
    inputRows: 100,
  };
}

/** 填写说明: what the readers accept, clerks' own print layouts included (workbook-format §1.1). */
function guideSheet(lang: Lang, year: number): SheetSpec {
  const topics = ["sheets", "ledger", "layout", "merged", "formulas", "headers", "targets", "summary"] as const;
  return {
    name: lang === "en" ? "填写说明 Guide" : "填写说明",
    kind: "guide",
    title: message("guide.title", {}, lang),
    columns: [
      { header: message("guide.col.topic", {}, lang), width: 16 },
      { header: message("guide.col.text", {}, lang), width: 90, wrap: true },
    ],
    rows: topics.map((t) => [message(`guide.${t}.topic`, {}, lang), message(`guide.${t}`, { year }, lang)]),
    landscape: true,
  };
}

/**
 * 考评参数 comes filled with every parameter and the profile's value, its id,
 * clause and form in 说明, so the office edits values in place (profiles.md §3).
 */
function paramsSheet(profile: Profile): SheetSpec {
  const widths = { name: 34, value: 26, note: 64 };
  return {
    name: PARAMS_SHEET,
    kind: "input",
    title: null,
    columns: PARAM_COLUMNS.map((c) => ({ header: c.header, width: widths[c.key], ...(c.key === "note" ? { wrap: true } : {}) })),
    rows: PARAMETERS.map((p) => {
      const value = profile.values[p.id as keyof Profile["values"]] as ParamValue;
      const note = message("template.paramNote", { id: p.id, clause: valueClause(profile, p), rule: p.rule, form: expectedForm(p, value, "zh") });
      return [p.zh, formatValue(p, value), note];
    }),
    landscape: false,
    inputRows: PARAMETERS.length + 20,
  };
}

/**
 * The input workbook: 项目台账, 考核录入, 企业评议, 目标任务, 考评参数, the 填写说明
 * and the hidden lists. `year`: the year it is for (a host passes the current
 * or chosen year); its 考评年度 and quarter lists follow it unless the profile
 * fixes a year of its own.
 */
export function describeTemplate(base: Profile, lang: Lang = "zh", year?: number): SheetSpec[] {
  // What the template's 考评参数 will hold once saved: a 考评年度 row.
  const profile = year === undefined || base.yearFixed || year === base.year ? base : withParameters(base, [{ id: "year", value: year, source: { kind: "考评参数" } }]);
  const lists = new Lists();
  const quarters = [1, 2, 3, 4].map((q) => `${profile.year}Q${q}`);
  const sheets = [
    ledgerSheet(profile, lists),
    inputsSheet(profile, lists, quarters),
    evaluationsSheet(profile, lists, quarters),
    targetsSheet(profile, lists),
    paramsSheet(profile),
    guideSheet(lang, profile.year),
  ];
  const footer = message("sheet.footer", {}, lang);
  return [...sheets.map((s) => ({ ...s, name: safeSheetName(s.name), footer })), lists.sheet()];
}
