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

const T = INSPECT_TEXT;

/** `督查-2026年11月`. */
export const overdueSheetName = (r: Pick<Inspection, "month">, lang: Lang = "zh"): string =>
  safeSheetName(lang === "en" ? `${T.overdueSheet.en} ${r.month.year}-${String(r.month.month).padStart(2, "0")}` : `督查-${r.month.year}年${r.month.month}月`);

/** `督查排名-2026年11月`. */
export const inspectRankingSheetName = (r: Pick<Inspection, "month">, lang: Lang = "zh"): string =>
  safeSheetName(lang === "en" ? `Inspect rank ${r.month.year}-${String(r.month.month).padStart(2, "0")}` : `督查排名-${r.month.year}年${r.month.month}月`);

/** `2026年11月30日`. */
export function dayText(serial: number, lang: Lang = "zh"): string {
  if (lang === "en") return serialToIso(serial);
  const { y, m, d } = serialToYmd(serial);
  return `${y}年${m}月${d}日`;
}

const title = (r: Inspection, what: Text, lang: Lang): string =>
  lang === "en" ? `三个一批 major projects, inspection of ${r.monthId}: ${what.en} (as of ${serialToIso(r.asOf)})` : `${r.label}“三个一批”重大项目督查 · ${what.zh}（截至${dayText(r.asOf)}）`;

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

const unitOrderOf = (r: Inspection): string[] => r.groups.flatMap((g) => g.rows.map((x) => x.unit));

function overdueSheet(r: Inspection, lang: Lang): SheetSpec {
  const col = (t: Text, width: number, numFmt: string | null = null, wrap = false): ColumnOut => ({ header: tr(t, lang), width, numFmt, ...(wrap ? { wrap } : {}) });
  const columns = [
    col(T.no, 6, "0"),
    col(T.level, 7),
    col(T.unit, 18, null, true),
    col(T.name, 34, null, true),
    col(T.kind, 10),
    col(T.planned, 12),
    col(T.daysLate, 9, "0"),
    col(T.note, 14, null, true),
    col(T.row, 9, "0"),
  ];
  const rows: OutCell[][] = [];
  const emphasis: number[] = [];
  const ordered = overdueOrder(r.projects, unitOrderOf(r));
  let n = 0;
  for (const [section, provincial] of [
    [T.provincialSection, true],
    [T.otherSection, false],
  ] as const) {
    emphasis.push(rows.length);
    rows.push([null, tr(section, lang), null, null, null, null, null, null, null]);
    const part = ordered.filter((e) => e.provincial === provincial);
    if (!part.length) rows.push([null, tr(T.none, lang), null, null, null, null, null, null, null]);
    for (const e of part) {
      rows.push([++n, tr(e.level === "red" ? T.red : T.yellow, lang), e.unit, e.name, tr(T[e.kind], lang), serialToIso(e.planned), e.daysLate, overdueNote(e, lang), e.row]);
    }
  }
  const c = r.city.overdue;
  const notes =
    lang === "en"
      ? [
          `Overdue as of ${serialToIso(r.asOf)} (cycle.md §3.2): planned start or commissioning on or before the day and not done by then; red when more than ${r.redDays} days late (parameter inspection.redDays), else yellow.`,
          `${r.projects.length} overdue: ${c.start} start, ${c.commission} commissioning; ${c.red} red; ${c.provincial} provincial.`,
          ...(r.noPlannedDates ? [messageNoPlans(lang)] : []),
          ...problemLines(r, lang),
          ...profileNotes(r.profile, r.year, r.changes, lang),
        ]
      : [
          `逾期指截至${dayText(r.asOf)}，计划开工（投产）日期已到而未开工（投产）；逾期超过${r.redDays}天为红色预警（考评参数“督查·红色预警天数”），其余为黄色。`,
          `逾期共${r.projects.length}项：开工逾期${c.start}项、投产逾期${c.commission}项；红色预警${c.red}项；省“三个一批”项目${c.provincial}项。`,
          ...(r.noPlannedDates ? [messageNoPlans(lang)] : []),
          ...problemLines(r, lang),
          ...profileNotes(r.profile, r.year, r.changes, lang),
        ];
  return { name: overdueSheetName(r, lang), kind: "detail", title: title(r, { zh: "逾期项目", en: "overdue projects" }, lang), columns, rows, emphasis, landscape: true, notes };
}

const messageNoPlans = (lang: Lang): string =>
  lang === "en" ? "The ledger has no planned start or commissioning dates: nothing can be overdue." : "项目台账中没有填写计划开工日期或计划投产日期，无法判断逾期。";

/** The overdue 问题台账 problems, one line each, under the overdue sheet (cycle.md §3.5). */
function problemLines(r: Inspection, lang: Lang): string[] {
  if (!r.problems.found) return [];
  const head =
    lang === "en"
      ? `问题台账: ${r.problems.count} problems, ${r.problems.overdue.length} past their deadline and not closed.`
      : `问题台账共${r.problems.count}个问题，逾期未办结${r.problems.overdue.length}个${r.problems.overdue.length ? "：" : "。"}`;
  return [
    head,
    ...r.problems.overdue.map((p) =>
      lang === "en"
        ? `  ${p.unit}: ${p.problem}${p.project ? ` (${p.project})` : ""}, deadline ${serialToIso(p.deadline!)}, ${p.daysLate} days late (row ${p.row})`
        : `  ${p.unit}：${p.problem}${p.project ? `（${p.project}）` : ""}，办结时限${dayText(p.deadline!)}，逾期${p.daysLate}天（第${p.row}行）`,
    ),
  ];
}

const ITEMS = ["planning", "signing", "start", "commissioning", "service", "bonus", "deduction"] as const;

/** One unit's cells of the monthly ranking: rank, unit, items, total, the three rates, the overdue counts. */
function rankingRow(x: InspectGroup["rows"][number]): OutCell[] {
  const s = x.score;
  return [
    s.rank,
    x.unit,
    ...ITEMS.map((k) => round2(s[k])),
    round2(s.total),
    rateCell(x.rates.start),
    rateCell(x.rates.commission),
    rateCell(x.rates.investment),
    x.overdue.start,
    x.overdue.commission,
    x.overdue.red,
    x.overdue.provincial,
  ];
}

function rankingSheet(r: Inspection, lang: Lang): SheetSpec {
  const col = (t: Text, width: number, numFmt: string | null = null): ColumnOut => ({ header: tr(t, lang), width, numFmt });
  const columns: ColumnOut[] = [
    col(COLUMN.rank, 6, "0"),
    col(COLUMN.unit, 20),
    ...ITEMS.map((k) => col(ITEM_LABELS[k], 8, "0.00")),
    col(COLUMN.total, 8, "0.00"),
    col(T.startRate, 8, "0.0%"),
    col(T.commissionRate, 8, "0.0%"),
    col(T.investmentRate, 8, "0.0%"),
    col(T.startOverdue, 7, "0"),
    col(T.commissionOverdue, 7, "0"),
    col(T.redCount, 7, "0"),
    col(T.provincialCount, 8, "0"),
  ];
  const rows: OutCell[][] = [];
  const emphasis: number[] = [];
  const pageBreaks: number[] = [];
  for (const g of r.groups) {
    if (rows.length) pageBreaks.push(rows.length);
    emphasis.push(rows.length);
    rows.push([null, tr(g, lang), ...columns.slice(2).map(() => null)]);
    for (const x of g.rows) rows.push(rankingRow(x));
  }
  const q = r.quarter;
  const notes =
    lang === "en"
      ? [
          r.quarterEnd
            ? `This month ends Q${q}: the ranking is exactly the ${r.year} Q${q} assessment.`
            : `Ranked on Q${q} scored as of ${serialToIso(r.asOf)}, targets at annual × ${r.month.month}/12 rounded half up (cycle.md §3.1); group C is not ranked monthly.`,
          "Start rate: started (in the database) ÷ projects whose planned start has passed; commissioning rate likewise; investment done: Σ min(completed, total) ÷ Σ total of started projects, a commissioned project counting complete. — where nothing is due.",
          ...profileNotes(r.profile, r.year, r.changes, lang),
        ]
      : [
          r.quarterEnd
            ? `本月为第${q}季度末，排名即${r.year}年第${q}季度考评结果。`
            : `按第${q}季度截至${dayText(r.asOf)}计分排名，目标任务按全年目标×${r.month.month}/12（四舍五入）；服务保障单位不按月排名。`,
          "开工率＝已开工（已入库）项目数÷计划开工日期已到的项目数；投产率＝已投产项目数÷计划投产日期已到的项目数；投资完成率＝已开工项目累计完成投资（不超过总投资，已投产按总投资）之和÷其总投资之和；“—”表示没有应开工（投产）的项目。",
          ...profileNotes(r.profile, r.year, r.changes, lang),
        ];
  return {
    name: inspectRankingSheetName(r, lang),
    kind: "ranking",
    title: title(r, { zh: "排名", en: "ranking" }, lang),
    columns,
    rows,
    emphasis,
    pageBreaks,
    landscape: true,
    notes,
  };
}

/** The two sheets of a month's inspection: the overdue projects, then the ranking. */
export function describeInspection(r: Inspection, lang: Lang = "zh"): SheetSpec[] {
  return [overdueSheet(r, lang), rankingSheet(r, lang)];
}
