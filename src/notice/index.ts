// The 通报 draft of a month's inspection (cycle.md §3.4 --notice) as a .docx
// that Word and WPS 文字 open: written by the small WordprocessingML writer of
// ./docx.ts, which runs in Node and in the browser alike, so the CLI, the
// task pane and the no-install page share this one builder. Layout after
// GB/T 9704-2012 (党政机关公文格式): A4, margins 37/35/28/26 mm, title in
// 小标宋 二号, body 仿宋_GB2312 三号 with 28-point lines, level-one headings
// 黑体, level-two 楷体, page numbers "- 1 -" in the footer.
import { writeDocx, type DocSpec, type Para, type Run, type TableSpec } from "./docx";
import { round2 } from "../engine/score/rules";
import { dayText } from "../engine/sheets/inspect";
import type { Inspection, InspectGroup } from "../engine/inspect/report";
import type { Rates } from "../engine/inspect/overdue";

/** Fonts: Word and WPS substitute an installed face where one is missing. */
export const NOTICE_FONTS = { body: "仿宋_GB2312", heading: "黑体", subheading: "楷体_GB2312", title: "方正小标宋简体", latin: "Times New Roman", pageNumber: "宋体" } as const;

const MM = 56.7; // twips per millimetre
/** A4 in twips, as Word writes it. */
const A4 = { width: 11906, height: 16838 };
const PT = 2; // half-points per point
const SIZE = { title: 22 * PT, body: 16 * PT, table: 12 * PT, pageNumber: 14 * PT };
/** Fixed line pitch of the body: 28 points (GB/T 9704: 22 lines a page). */
const LINE = 28 * 20;

const run = (text: string, face: string = NOTICE_FONTS.body, size: number = SIZE.body): Run => ({ text, font: face, size });

/** A body paragraph, first line indented two characters. */
const indented = (text: string, face: string = NOTICE_FONTS.body): Para => ({ runs: [run(text, face)], line: LINE, firstLine: 2 * SIZE.body * 10 });
const body = (text: string): Para => indented(text);
const heading = (text: string): Para => indented(text, NOTICE_FONTS.heading);
const subheading = (text: string): Para => indented(text, NOTICE_FONTS.subheading);
const blank = (): Para => ({ runs: [run("")], line: LINE });

const percent = (x: number | null): string => (x === null ? "—" : `${(round2(x * 1000) / 10).toFixed(1)}%`);
const amount = (x: number): string => round2(x).toLocaleString("en-US", { maximumFractionDigits: 2 });
const CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const cnOrdinal = (i: number): string => (i < 10 ? CN_NUM[i] : i < 19 ? `十${CN_NUM[i - 10]}` : String(i + 1));

/** `关于2026年11月“三个一批”重大项目督查情况的通报`. */
export const noticeTitle = (r: Pick<Inspection, "label">): string => `关于${r.label}“三个一批”重大项目督查情况的通报`;

function cityRates(r: Inspection): string {
  const s = r.city.sums;
  const rates: Rates = r.city.rates;
  return (
    `截至${dayText(r.asOf)}，全市纳入督查的“三个一批”重大项目${r.city.counted}个。` +
    `计划开工日期已到的项目${s.startDue}个，已开工${s.startDone}个，开工率${percent(rates.start)}；` +
    `计划投产日期已到的项目${s.commissionDue}个，已投产${s.commissionDone}个，投产率${percent(rates.commission)}；` +
    `已开工项目总投资${amount(s.investment)}万元，累计完成投资${amount(s.completed)}万元，投资完成率${percent(rates.investment)}。`
  );
}

function monthLines(r: Inspection): string {
  const n = r.news;
  const c = r.city.overdue;
  const overdue = r.noPlannedDates
    ? "项目台账中没有填写计划开工、投产日期，无法判断逾期，本月没有逾期项目。"
    : r.projects.length
      ? `截至月底逾期项目${r.projects.length}项（开工逾期${c.start}项、投产逾期${c.commission}项），其中逾期超过${r.redDays}天的红色预警${c.red}项，省“三个一批”项目${c.provincial}项；本月新增逾期${n.newlyOverdue.length}项。`
      : "截至月底没有逾期项目。";
  return `${r.month.month}月份，全市新开工项目${n.started.length}个、新投产项目${n.commissioned.length}个、新签约项目${n.signed.length}个。${overdue}`;
}

const cell = (text: string, bold = false, align: Para["align"] = "center"): Para => ({ align, runs: [run(text, bold ? NOTICE_FONTS.heading : NOTICE_FONTS.body, SIZE.table)] });

const RANK_HEADERS = ["名次", "单位", "总分", "开工率", "投产率", "投资完成率", "逾期项目", "红色预警"];
const RANK_WIDTHS = [8, 26, 11, 11, 11, 13, 10, 10];

/** A group's ranking as a table, its header row repeated on every page. */
function rankingTable(g: InspectGroup): TableSpec {
  return {
    table: true,
    widths: RANK_WIDTHS.map((w) => Math.round(w * 88)),
    minHeight: 400,
    rows: [
      { header: true, cells: RANK_HEADERS.map((h) => cell(h, true)) },
      ...g.rows.map((x) => ({
        cells: [
          cell(String(x.score.rank)),
          cell(x.unit, false, "left"),
          cell(round2(x.score.total).toFixed(2)),
          cell(percent(x.rates.start)),
          cell(percent(x.rates.commission)),
          cell(percent(x.rates.investment)),
          cell(String(x.overdue.start + x.overdue.commission)),
          cell(String(x.overdue.red)),
        ],
      })),
    ],
  };
}

const KIND = { start: "开工", commission: "投产" } as const;

/** 存在问题: every notified unit, its red provincial projects by name with days late, its overdue problems. */
function problemParagraphs(r: Inspection): Para[] {
  if (!r.notify.length) {
    return [body(`截至${dayText(r.asOf)}，没有逾期超过${r.redDays}天的省“三个一批”项目${r.problems.found ? "，问题台账中没有逾期未办结的问题" : ""}。`)];
  }
  const out: Para[] = [body(`以下${r.notify.length}个单位有逾期超过${r.redDays}天的省“三个一批”项目${r.problems.found ? "或逾期未办结的问题" : ""}，予以通报：`)];
  r.notify.forEach((n, i) => {
    const parts = [
      ...n.projects.map((e) => `“${e.name}”${KIND[e.kind]}逾期${e.daysLate}天（计划${dayText(e.planned)}${KIND[e.kind]}${e.startedNotInDb ? "，已开工未入库" : ""}）`),
      ...n.problems.map((p) => `问题“${p.problem}”${p.project ? `（${p.project}）` : ""}逾期${p.daysLate}天未办结（办结时限${dayText(p.deadline!)}）`),
    ];
    out.push(body(`${cnOrdinal(i)}是${n.unit}：${parts.join("；")}。`));
  });
  return out;
}

/** Editable text of 下步要求: a starting point the clerk rewrites. */
export const NEXT_STEPS = [
  "请被通报单位认真分析项目推进滞后和问题解决不及时的原因，逐项制定整改措施，明确责任人和完成时限，整改情况于下月5日前书面报市重点项目办。",
  "各单位要对照项目台账，加快推进计划开工、投产日期已到的项目，及时办理入库手续，确保项目按期开工、按期投产、早日达效。",
];

/** The whole draft, as the .docx writer takes it. */
export function noticeDocument(r: Inspection): DocSpec {
  const groups = r.groups;
  const rankIntro = r.quarterEnd
    ? `本月为第${r.quarter}季度末，排名即${r.year}年第${r.quarter}季度考评结果。`
    : `按第${r.quarter}季度截至${dayText(r.asOf)}计分，目标任务按全年目标×${r.month.month}/12计算。`;
  const signature = (text: string): Para => ({ align: "right", line: LINE, right: 4 * SIZE.body * 10, runs: [run(text)] });
  const children: (Para | TableSpec)[] = [
    { align: "center", line: 36 * 20, runs: [run(noticeTitle(r), NOTICE_FONTS.title, SIZE.title)] },
    blank(),
    { line: LINE, runs: [run("各乡镇（街道）、园区，市直各有关单位：")] },
    body(`按照全市“三个一批”重大项目每月督查、排名、通报的要求，现将${r.label}督查情况通报如下：`),
    heading("一、总体情况"),
    body(cityRates(r)),
    body(monthLines(r)),
    heading("二、排名情况"),
    body(rankIntro),
  ];
  groups.forEach((g, i) => {
    children.push(subheading(`（${CN_NUM[i]}）${g.zh}`), rankingTable(g));
  });
  children.push(heading("三、存在问题"), ...problemParagraphs(r), heading("四、下步要求"), ...NEXT_STEPS.map(body));
  children.push(blank(), blank(), signature("（落款）"), signature("　　年　　月　　日"));
  const pageFont = { font: NOTICE_FONTS.pageNumber, size: SIZE.pageNumber };
  return {
    creator: "sanpi",
    title: noticeTitle(r),
    latin: NOTICE_FONTS.latin,
    font: NOTICE_FONTS.body,
    size: SIZE.body,
    page: {
      width: A4.width,
      height: A4.height,
      top: Math.round(37 * MM),
      bottom: Math.round(35 * MM),
      left: Math.round(28 * MM),
      right: Math.round(26 * MM),
      footer: Math.round(28 * MM) - Math.round(7 * MM),
    },
    body: children,
    footer: [
      {
        align: "center",
        runs: [
          { text: "- ", ...pageFont },
          { page: true, ...pageFont },
          { text: " -", ...pageFont },
        ],
      },
    ],
  };
}

/** The .docx bytes (Node and browser alike). */
export async function noticeDocx(r: Inspection): Promise<Uint8Array> {
  return writeDocx(noticeDocument(r));
}
