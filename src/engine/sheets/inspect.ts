// The monthly inspection's two sheets (cycle.md §3.4), described once for
// every host: `督查-2026年11月` (the overdue projects, provincial first, red
// then yellow, by unit) and `督查排名-2026年11月` (groups A and B with their
// rates and overdue counts, one group per printed page). Pure data.
import type { Inspection, InspectGroup } from "../inspect/report";
import type { OverdueProject } from "../inspect/overdue";
import { overdueNote } from "../inspect/json";
import { serialToIso, serialToYmd } from "../parse/dates";
import { profileNotes } from "../profile/describe";
import { round2 } from "../score/rules";
import type { Lang } from "../types";
import { COLUMN, ITEM_LABELS, tr, type Text } from "./ranking-rows";
import { safeSheetName, type ColumnOut, type OutCell, type SheetSpec } from "./types";

export const INSPECT_TEXT = {
  overdueSheet: { zh: "督查", en: "Inspection" },
  rankingSheet: { zh: "督查排名", en: "Inspection ranking" },
  no: { zh: "序号", en: "No." },
  level: { zh: "预警", en: "Level" },
  red: { zh: "红色", en: "red" },
  yellow: { zh: "黄色", en: "yellow" },
  provincial: { zh: "省三个一批", en: "Provincial" },
  yes: { zh: "是", en: "yes" },
  noMark: { zh: "否", en: "no" },
  unit: { zh: "责任单位", en: "Unit" },
  name: { zh: "项目名称", en: "Project" },
  kind: { zh: "逾期类型", en: "Overdue" },
  start: { zh: "开工逾期", en: "start" },
  commission: { zh: "投产逾期", en: "commissioning" },
  planned: { zh: "计划日期", en: "Planned" },
  daysLate: { zh: "逾期天数", en: "Days late" },
  note: { zh: "备注", en: "Note" },
  row: { zh: "台账行号", en: "Ledger row" },
  startRate: { zh: "开工率", en: "Start rate" },
  commissionRate: { zh: "投产率", en: "Commissioning rate" },
  investmentRate: { zh: "投资完成率", en: "Investment done" },
  startOverdue: { zh: "开工逾期", en: "Start overdue" },
  commissionOverdue: { zh: "投产逾期", en: "Commissioning overdue" },
  redCount: { zh: "红色预警", en: "Red" },
  provincialCount: { zh: "其中省三个一批", en: "Provincial" },
  provincialSection: { zh: "一、列入省“三个一批”的项目", en: "1. Provincial 三个一批 projects" },
  otherSection: { zh: "二、其他项目", en: "2. Other projects" },
  none: { zh: "（无）", en: "(none)" },
} satisfies Record<string, Text>;

const TEXT = INSPECT_TEXT;

/** `督查-2026年11月`. */
export const overdueSheetName = (inspection: Pick<Inspection, "month">, lang: Lang = "zh"): string =>
  safeSheetName(lang === "en" ? `${TEXT.overdueSheet.en} ${inspection.month.year}-${String(inspection.month.month).padStart(2, "0")}` : `督查-${inspection.month.year}年${inspection.month.month}月`);

/** `督查排名-2026年11月`. */
export const inspectRankingSheetName = (inspection: Pick<Inspection, "month">, lang: Lang = "zh"): string =>
  safeSheetName(lang === "en" ? `Inspect rank ${inspection.month.year}-${String(inspection.month.month).padStart(2, "0")}` : `督查排名-${inspection.month.year}年${inspection.month.month}月`);

/** `2026年11月30日`. */
export function dayText(serial: number, lang: Lang = "zh"): string {
  if (lang === "en") return serialToIso(serial);
  const { y, m, d } = serialToYmd(serial);
  return `${y}年${m}月${d}日`;
}

const title = (inspection: Inspection, what: Text, lang: Lang): string =>
  lang === "en"
    ? `三个一批 major projects, inspection of ${inspection.monthId}: ${what.en} (as of ${serialToIso(inspection.asOf)})`
    : `${inspection.label}“三个一批”重大项目督查 · ${what.zh}（截至${dayText(inspection.asOf)}）`;

/** A rate as a number for a percent format; "—" where nothing was due. */
export const rateCell = (x: number | null): OutCell => (x === null ? "—" : round2(x * 10000) / 10000);

/** Provincial first, red before yellow, then by unit in the profile's order, most days late first. */
export function overdueOrder(entries: readonly OverdueProject[], unitOrder: readonly string[]): OverdueProject[] {
  const pos = new Map(unitOrder.map((u, i) => [u, i]));
  return [...entries].sort(
    (a, b) =>
      Number(b.provincial) - Number(a.provincial) ||
      (a.level === b.level ? 0 : a.level === "red" ? -1 : 1) ||
      (pos.get(a.unit) ?? 1e9) - (pos.get(b.unit) ?? 1e9) ||
      b.daysLate - a.daysLate ||
      a.row - b.row,
  );
}

const unitOrderOf = (inspection: Inspection): string[] => inspection.groups.flatMap((g) => g.rows.map((x) => x.unit));

function overdueSheet(inspection: Inspection, lang: Lang): SheetSpec {
  const col = (t: Text, width: number, numFmt: string | null = null, wrap = false): ColumnOut => ({ header: tr(t, lang), width, numFmt, ...(wrap ? { wrap } : {}) });
  const columns = [
    col(TEXT.no, 6, "0"),
    col(TEXT.level, 7),
    col(TEXT.unit, 18, null, true),
    col(TEXT.name, 34, null, true),
    col(TEXT.kind, 10),
    col(TEXT.planned, 12),
    col(TEXT.daysLate, 9, "0"),
    col(TEXT.note, 14, null, true),
    col(TEXT.row, 9, "0"),
  ];
  const rows: OutCell[][] = [];
  const emphasis: number[] = [];
  const ordered = overdueOrder(inspection.projects, unitOrderOf(inspection));
  let n = 0;
  for (const [section, provincial] of [
    [TEXT.provincialSection, true],
    [TEXT.otherSection, false],
  ] as const) {
    emphasis.push(rows.length);
    rows.push([null, tr(section, lang), null, null, null, null, null, null, null]);
    const part = ordered.filter((e) => e.provincial === provincial);
    if (!part.length) rows.push([null, tr(TEXT.none, lang), null, null, null, null, null, null, null]);
    for (const e of part) {
      rows.push([++n, tr(e.level === "red" ? TEXT.red : TEXT.yellow, lang), e.unit, e.name, tr(TEXT[e.kind], lang), serialToIso(e.planned), e.daysLate, overdueNote(e, lang), e.row]);
    }
  }
  const counts = inspection.city.overdue;
  const notes =
    lang === "en"
      ? [
          `Overdue as of ${serialToIso(inspection.asOf)} (cycle.md §3.2): planned start or commissioning on or before the day and not done by then; red when more than ${inspection.redDays} days late (parameter inspection.redDays), else yellow.`,
          `${inspection.projects.length} overdue: ${counts.start} start, ${counts.commission} commissioning; ${counts.red} red; ${counts.provincial} provincial.`,
          ...(inspection.noPlannedDates ? [messageNoPlans(lang)] : []),
          ...problemLines(inspection, lang),
          ...profileNotes(inspection.profile, inspection.year, inspection.changes, lang),
        ]
      : [
          `逾期指截至${dayText(inspection.asOf)}，计划开工（投产）日期已到而未开工（投产）；逾期超过${inspection.redDays}天为红色预警（考评参数“督查·红色预警天数”），其余为黄色。`,
          `逾期共${inspection.projects.length}项：开工逾期${counts.start}项、投产逾期${counts.commission}项；红色预警${counts.red}项；省“三个一批”项目${counts.provincial}项。`,
          ...(inspection.noPlannedDates ? [messageNoPlans(lang)] : []),
          ...problemLines(inspection, lang),
          ...profileNotes(inspection.profile, inspection.year, inspection.changes, lang),
        ];
  return { name: overdueSheetName(inspection, lang), kind: "detail", title: title(inspection, { zh: "逾期项目", en: "overdue projects" }, lang), columns, rows, emphasis, landscape: true, notes };
}

const messageNoPlans = (lang: Lang): string =>
  lang === "en" ? "The ledger has no planned start or commissioning dates: nothing can be overdue." : "项目台账中没有填写计划开工日期或计划投产日期，无法判断逾期。";

/** The overdue 问题台账 problems, one line each, under the overdue sheet (cycle.md §3.5). */
function problemLines(inspection: Inspection, lang: Lang): string[] {
  if (!inspection.problems.found) return [];
  const head =
    lang === "en"
      ? `问题台账: ${inspection.problems.count} problems, ${inspection.problems.overdue.length} past their deadline and not closed.`
      : `问题台账共${inspection.problems.count}个问题，逾期未办结${inspection.problems.overdue.length}个${inspection.problems.overdue.length ? "：" : "。"}`;
  return [
    head,
    ...inspection.problems.overdue.map((p) =>
      lang === "en"
        ? `  ${p.unit}: ${p.problem}${p.project ? ` (${p.project})` : ""}, deadline ${serialToIso(p.deadline!)}, ${p.daysLate} days late (row ${p.row})`
        : `  ${p.unit}：${p.problem}${p.project ? `（${p.project}）` : ""}，办结时限${dayText(p.deadline!)}，逾期${p.daysLate}天（第${p.row}行）`,
    ),
  ];
}

const ITEMS = ["planning", "signing", "start", "commissioning", "service", "bonus", "deduction"] as const;

/** One unit's cells of the monthly ranking: rank, unit, items, total, the three rates, the overdue counts. */
function rankingRow(unitRow: InspectGroup["rows"][number]): OutCell[] {
  const score = unitRow.score;
  return [
    score.rank,
    unitRow.unit,
    ...ITEMS.map((k) => round2(score[k])),
    round2(score.total),
    rateCell(unitRow.rates.start),
    rateCell(unitRow.rates.commission),
    rateCell(unitRow.rates.investment),
    unitRow.overdue.start,
    unitRow.overdue.commission,
    unitRow.overdue.red,
    unitRow.overdue.provincial,
  ];
}

function rankingSheet(inspection: Inspection, lang: Lang): SheetSpec {
  const col = (t: Text, width: number, numFmt: string | null = null): ColumnOut => ({ header: tr(t, lang), width, numFmt });
  const columns: ColumnOut[] = [
    col(COLUMN.rank, 6, "0"),
    col(COLUMN.unit, 20),
    ...ITEMS.map((k) => col(ITEM_LABELS[k], 8, "0.00")),
    col(COLUMN.total, 8, "0.00"),
    col(TEXT.startRate, 8, "0.0%"),
    col(TEXT.commissionRate, 8, "0.0%"),
    col(TEXT.investmentRate, 8, "0.0%"),
    col(TEXT.startOverdue, 7, "0"),
    col(TEXT.commissionOverdue, 7, "0"),
    col(TEXT.redCount, 7, "0"),
    col(TEXT.provincialCount, 8, "0"),
  ];
  const rows: OutCell[][] = [];
  const emphasis: number[] = [];
  const pageBreaks: number[] = [];
  for (const g of inspection.groups) {
    if (rows.length) pageBreaks.push(rows.length);
    emphasis.push(rows.length);
    rows.push([null, tr(g, lang), ...columns.slice(2).map(() => null)]);
    for (const x of g.rows) rows.push(rankingRow(x));
  }
  const quarter = inspection.quarter;
  const notes =
    lang === "en"
      ? [
          inspection.quarterEnd
            ? `This month ends Q${quarter}: the ranking is exactly the ${inspection.year} Q${quarter} assessment.`
            : `Ranked on Q${quarter} scored as of ${serialToIso(inspection.asOf)}, targets at annual × ${inspection.month.month}/12 rounded half up (cycle.md §3.1); group C is not ranked monthly.`,
          "Start rate: started (in the database) ÷ projects whose planned start has passed; commissioning rate likewise; investment done: Σ min(completed, total) ÷ Σ total of started projects, a commissioned project counting complete. — where nothing is due.",
          ...profileNotes(inspection.profile, inspection.year, inspection.changes, lang),
        ]
      : [
          inspection.quarterEnd
            ? `本月为第${quarter}季度末，排名即${inspection.year}年第${quarter}季度考评结果。`
            : `按第${quarter}季度截至${dayText(inspection.asOf)}计分排名，目标任务按全年目标×${inspection.month.month}/12（四舍五入）；服务保障单位不按月排名。`,
          "开工率＝已开工（已入库）项目数÷计划开工日期已到的项目数；投产率＝已投产项目数÷计划投产日期已到的项目数；投资完成率＝已开工项目累计完成投资（不超过总投资，已投产按总投资）之和÷其总投资之和；“—”表示没有应开工（投产）的项目。",
          ...profileNotes(inspection.profile, inspection.year, inspection.changes, lang),
        ];
  return {
    name: inspectRankingSheetName(inspection, lang),
    kind: "ranking",
    title: title(inspection, { zh: "排名", en: "ranking" }, lang),
    columns,
    rows,
    emphasis,
    pageBreaks,
    landscape: true,
    notes,
  };
}

/** The two sheets of a month's inspection: the overdue projects, then the ranking. */
export function describeInspection(inspection: Inspection, lang: Lang = "zh"): SheetSpec[] {
  return [overdueSheet(inspection, lang), rankingSheet(inspection, lang)];
}
