// The ranking workbook described once (STYLE "One shape for both hosts"): one
// ranking sheet per group, a detail sheet tracing every point to its clause
// and rows, and the city goals (rules §7). Pure: no I/O, no host globals.
import { message } from "../messages";
import { quarterName } from "../period";
import { profileNotes } from "../profile/describe";
import type { ExplanationLine, GroupResult, Report, UnitScore } from "../report";
import { round2 } from "../score/rules";
import type { GroupId, Lang } from "../types";
import { COLUMN, ITEM_LABELS, rankingValues, tr, type Text } from "./ranking-rows";
import { cellsPerLine, packLines } from "./row-heights";
import { safeSheetName, type ColumnOut, type OutCell, type SheetSpec } from "./types";

/** Short group names for sheet names (rules §1: A, B, C). */
const GROUP_SHORT: Record<GroupId, Text> = {
  towns: { zh: "乡镇街道", en: "Towns" },
  departments: { zh: "市直单位", en: "Depts" },
  service: { zh: "服务保障", en: "Service" },
};

export { ITEM_LABELS } from "./ranking-rows";

const TEXT = {
  ...COLUMN,
  eligible: { zh: "评先资格", en: "Award eligible" },
  yes: { zh: "是", en: "yes" },
  no: { zh: "否", en: "no" },
  rankSheet: { zh: "排名", en: "Rank" },
  detailSheet: { zh: "得分明细", en: "Detail" },
  goalsSheet: { zh: "全市目标", en: "City goals" },
  group: { zh: "组别", en: "Group" },
  quarter: { zh: "季度", en: "Quarter" },
  item: { zh: "项目", en: "Item" },
  points: { zh: "分值", en: "Points" },
  clause: { zh: "依据条款", en: "Clause" },
  text: { zh: "说明", en: "Explanation" },
  rows: { zh: "涉及行", en: "Rows" },
  goal: { zh: "指标", en: "Goal" },
  min: { zh: "投资下限(万元)", en: "Min. investment (万元)" },
  target: { zh: "全年目标", en: "Annual goal" },
  actual: { zh: "完成", en: "Done" },
  rate: { zh: "完成率", en: "Progress" },
  gap: { zh: "尚差", en: "Remaining" },
} satisfies Record<string, Text>;

const num = (x: number): number => round2(x);

function title(report: Report, what: string, lang: Lang): string {
  return lang === "en" ? `三个一批 assessment ${report.labelEn}: ${what}` : `${report.label}“三个一批”重大项目建设考评 · ${what}`;
}

/** The sheet name for a group's ranking, e.g. `排名-乡镇街道-2023Q1`. */
export function rankingSheetName(group: GroupId, periodId: string, lang: Lang = "zh"): string {
  return safeSheetName(`${tr(TEXT.rankSheet, lang)}-${tr(GROUP_SHORT[group], lang)}-${periodId}`);
}

/** The footnote every generated sheet ends with: base profile, year, changed parameters (profiles.md §1). */
const profileLines = (report: Report, lang: Lang): string[] => profileNotes(report.profile, report.year, report.changes, lang);

function rankingSheet(report: Report, group: GroupResult, lang: Lang): SheetSpec {
  const year = report.period.kind === "year";
  const service = group.id === "service";
  const col = (t: Text, width: number, numFmt: string | null = null): ColumnOut => ({ header: tr(t, lang), width, numFmt });
  const columns: ColumnOut[] = [col(TEXT.rank, 6, "0"), col(TEXT.unit, service ? 22 : 24)];
  if (service) columns.push(col(TEXT.evaluations, 10, "0"), col(TEXT.score, 12, "0.00"));
  else {
    for (const k of ["planning", "signing", "start", "commissioning", "service", "bonus", "deduction"] as const) {
      columns.push(col(ITEM_LABELS[k], 10, "0.00"));
    }
    columns.push(col(TEXT.total, 12, "0.00"));
  }
  const totalColumn = columns.length - 1;
  if (year) columns.push(col(TEXT.award, 11, "0.00"), col(TEXT.eligible, 9));

  const rows: OutCell[][] = group.rows.map((r: UnitScore) => {
    const cells = rankingValues(r, year);
    // A unit without an award leaves 奖励 blank on the printed page, not 0.00 (issue 20 item 5).
    if (year && !((r.award ?? 0) > 0)) cells[cells.length - 1] = null;
    if (year) cells.push(tr(r.awardEligible ? TEXT.yes : TEXT.no, lang));
    return cells;
  });
  const emphasis = group.rows.flatMap((r, i) => ((year ? (r.award ?? 0) > 0 : r.rank === 1) ? [i] : []));
  const groupName = tr(group, lang);
  const notes =
    lang === "en"
      ? [
          `Ranked by ${service ? "score" : "total"}, descending; equal scores (2 decimals) share a rank (附件3 五).`,
          ...(year ? ["Awards go to eligible units in rank order; tied units share the places they occupy (附件3 五)."] : []),
          `Why each unit scored what it did: sheet ${detailSheetName(report.periodId, lang)}.`,
          ...profileLines(report, lang),
        ]
      : [
          `按${service ? "得分" : "总分"}从高到低排名，分数相同（保留两位小数）名次并列（附件3 五）。`,
          ...(year ? ["奖励按名次在具备评先资格的单位中依次确定，并列单位平分所占名次的奖励（附件3 五(一)）。"] : []),
          `每个单位的得分依据见“${detailSheetName(report.periodId, lang)}”表。`,
          ...profileLines(report, lang),
        ];
  return {
    name: rankingSheetName(group.id, report.periodId, lang),
    kind: "ranking",
    title: title(report, lang === "en" ? `${groupName} ranking` : `${groupName}排名`, lang),
    columns,
    rows,
    dataBarColumn: totalColumn,
    chart: { title: lang === "en" ? `${groupName}: ${tr(TEXT.total, lang)}` : `${groupName}${service ? "得分" : "总分"}`, categoryColumn: 1, valueColumn: totalColumn },
    emphasis,
    landscape: true,
    notes,
  };
}

export function detailSheetName(periodId: string, lang: Lang = "zh"): string {
  return safeSheetName(`${tr(TEXT.detailSheet, lang)}-${periodId}`);
}

/**
 * Rows as "项目台账 第5、9行", shortened past `max` rows so a cell stays
 * readable, and broken into lines of `perLine` character cells (row-heights.ts).
 */
export function rowsText(line: ExplanationLine, lang: Lang, max = 60, perLine = Infinity): string {
  if (!line.rows.length) return "";
  const sheet = line.sheet ?? "项目台账";
  const shown = line.rows.slice(0, max);
  const more = line.rows.length > max ? (lang === "en" ? ` … (${line.rows.length} rows)` : ` 等${line.rows.length}行`) : "";
  const [head, sep, tail] = lang === "en" ? [`${sheet} rows `, ",", more] : [`${sheet} 第`, "、", `行${more}`];
  const pieces = shown.map((n, i) => `${i === 0 ? head : ""}${n}${i < shown.length - 1 ? sep : tail}`);
  return packLines(pieces, perLine, lang === "en" ? " " : "");
}

/** Width of the detail sheet's 涉及行 column, in characters. */
const ROWS_WIDTH = 36;

function detailSheet(report: Report, lang: Lang): SheetSpec {
  const year = report.period.kind === "year";
  const columns: ColumnOut[] = [
    { header: tr(TEXT.group, lang), width: 12 },
    { header: tr(TEXT.unit, lang), width: 20 },
    ...(year ? [{ header: tr(TEXT.quarter, lang), width: 9 }] : []),
    { header: tr(TEXT.item, lang), width: 10 },
    { header: tr(TEXT.points, lang), width: 8, numFmt: "0.00" },
    { header: tr(TEXT.clause, lang), width: 20, wrap: true },
    { header: tr(TEXT.text, lang), width: 60, wrap: true },
    { header: tr(TEXT.rows, lang), width: ROWS_WIDTH, wrap: true },
  ];
  const rows: OutCell[][] = [];
  for (const g of report.groups) {
    for (const r of g.rows) {
      for (const line of r.explanation) {
        rows.push([
          tr(GROUP_SHORT[g.id], lang),
          r.unit,
          ...(year ? [line.quarter === undefined ? null : lang === "en" ? `Q${line.quarter}` : quarterName(line.quarter)] : []),
          tr(ITEM_LABELS[line.item], lang),
          num(line.points),
          lang === "en" ? line.clauseEn : line.clause,
          lang === "en" ? line.textEn : line.text,
          rowsText(line, lang, 60, cellsPerLine(ROWS_WIDTH)),
        ]);
      }
    }
  }
  return {
    name: detailSheetName(report.periodId, lang),
    kind: "detail",
    title: title(report, lang === "en" ? "where every point comes from" : "得分明细（每一分的依据）", lang),
    columns,
    rows,
    landscape: true,
    notes:
      lang === "en"
        ? ["Points are per line (a deduction is negative); rows are worksheet rows of the named sheet.", ...profileLines(report, lang)]
        : ["分值为该条依据所得分数（减分为负数）；涉及行为所列工作表的行号，可据此核对台账。", ...profileLines(report, lang)],
  };
}

function goalsSheet(report: Report, lang: Lang): SheetSpec {
  const rows: OutCell[][] = report.cityGoals.map((g) => [
    lang === "en" ? g.labelEn : g.label,
    g.min,
    g.goal,
    g.actual,
    g.goal > 0 ? Math.round((g.actual / g.goal) * 10000) / 10000 : null,
    Math.max(0, g.goal - g.actual),
  ]);
  return {
    name: safeSheetName(`${tr(TEXT.goalsSheet, lang)}-${report.periodId}`),
    kind: "goals",
    title: title(report, lang === "en" ? "city-wide goals (正文 一)" : "全市目标任务完成情况（正文 一）", lang),
    columns: [
      { header: tr(TEXT.goal, lang), width: 34 },
      { header: tr(TEXT.min, lang), width: 14, numFmt: "#,##0" },
      { header: tr(TEXT.target, lang), width: 10, numFmt: "0" },
      { header: tr(TEXT.actual, lang), width: 10, numFmt: "0" },
      { header: tr(TEXT.rate, lang), width: 10, numFmt: "0.0%" },
      { header: tr(TEXT.gap, lang), width: 10, numFmt: "0" },
    ],
    rows,
    dataBarColumn: 4,
    landscape: true,
    notes:
      lang === "en"
        ? ["Counted over all valid ledger rows by investment alone, year to date (正文 一).", ...profileLines(report, lang)]
        : ["按总投资统计全市有效台账行（不受产业类别入库标准限制），为年初至本期末累计（正文 一）。", ...profileLines(report, lang)],
  };
}

/** Every sheet the ranking workbook gets for one report, in order. */
export function describeReport(report: Report, lang: Lang = "zh"): SheetSpec[] {
  const footer = message("sheet.footer", {}, lang);
  return [...report.groups.map((g) => rankingSheet(report, g, lang)), detailSheet(report, lang), goalsSheet(report, lang)].map((s) => ({ ...s, footer }));
}
