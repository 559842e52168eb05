// Lays a flat ledger out the way county offices print theirs (workbook-format
// §1.1): title and 填报 lines, a two-row header band with merged group labels,
// 序号 and columns the scores do not read, section rows, 小计/合计 rows, unit
// cells merged down over a unit's projects, a second table under its own
// header, and the notes block. The projects are the same cells, so scoring the
// result must give exactly what the flat ledger gives.
import { LEDGER_COLUMNS, type LedgerKey } from "../../src/engine/parse/ledger";
import { headerKey } from "../../src/engine/parse/header";
import { resolveUnit } from "../../src/engine/parse/units";
import { builtinProfile } from "../../src/engine/profile/builtin";
import type { CellValue, MergedArea, SheetInput, SheetValues } from "../../src/engine/types";
import { rng } from "./ledger-generator";

const BUILTIN = builtinProfile();

export interface ClerkOptions {
  seed: number;
  /** Header as a two-row band (group labels over their columns), or one row. */
  band: boolean;
  /** Sections by unit (`（一）经开区管委会`), by stage with unit sub-sections, or none. */
  sections: "unit" | "stage" | "none";
  /** Merge a unit's 责任单位 cells down over its projects. */
  mergeUnits: boolean;
  subtotals: boolean;
  notes: boolean;
  /** Put the last projects in a second table under a repeated header. */
  secondTable: boolean;
  /** Tell the engine where the merged areas are (false: a host without ExcelApi 1.13). */
  mergesKnown: boolean;
}

export interface ClerkLayout {
  input: SheetInput;
  /** 1-based rows that are not projects: each must come back as an `info` row.skipped. */
  nonProject: number[];
}

/** Group labels over their members, and each member's child text (joined form for 资金). */
const GROUPS: { parent: string; members: [LedgerKey, string][] }[] = [
  { parent: "投资情况（万元）", members: [["investment", "总投资"], ["completed", "累计完成投资"]] },
  { parent: "开工情况", members: [["planStart", "计划开工日期"], ["actualStart", "实际开工日期"]] },
  { parent: "入库情况", members: [["inDb", "入库"], ["dbDate", "入库日期"]] },
  { parent: "投产情况", members: [["planCommission", "计划投产日期"], ["actualCommission", "实际投产日期"]] },
  { parent: "资金", members: [["fundType", "类型"], ["fundAmount", "金额（万元）"], ["fundIssued", "下达日期"]] },
];
const ORDINALS = ["一、", "（一）", "(一)", "1、", "1.", "（1）"];
const CN = "一二三四五六七八九十";
const ordinal = (style: string, n: number): string =>
  style.replace(/一|1/, /1/.test(style) ? String(n) : CN[(n - 1) % 10]);

const KEY_OF = new Map<string, LedgerKey>();
for (const c of LEDGER_COLUMNS) for (const n of [c.header, ...(c.aliases ?? [])]) KEY_OF.set(headerKey(n), c.key);

const text = (v: CellValue): string => (typeof v === "string" ? v.trim() : v === null || v === undefined ? "" : String(v));

export function toClerkLayout(flat: SheetValues, o: ClerkOptions): ClerkLayout {
  const rand = rng(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const h = flat.findIndex((r) => r.some((c) => text(c) === "项目名称"));
  const headers = flat[h].map(text);
  const keyAt = headers.map((t) => KEY_OF.get(headerKey(t)));
  const data = flat.slice(h + 1).filter((r) => r.some((c) => text(c) !== ""));
  const unitCol = keyAt.indexOf("unit");
  // Projects of one unit together, as a print layout has them (the order within a unit kept).
  const order = data.map((r, i) => ({ r, i, u: text(r[unitCol]) }));
  order.sort((a, b) => (a.u < b.u ? -1 : a.u > b.u ? 1 : a.i - b.i));

  // Columns: 序号, the flat's own (group members side by side under their label), and two the scores ignore.
  type Col = { from: number | null; parent: string; child: string };
  const cols: Col[] = [{ from: null, parent: "序号", child: "" }];
  const placed = new Set<number>();
  headers.forEach((t, i) => {
    if (placed.has(i)) return;
    const g = GROUPS.find((x) => x.members.some(([k]) => k === keyAt[i]));
    if (!g || !o.band) {
      cols.push({ from: i, parent: t, child: "" });
      placed.add(i);
      return;
    }
    for (const [k, child] of g.members) {
      const at = keyAt.indexOf(k);
      if (at < 0 || placed.has(at)) continue;
      cols.push({ from: at, parent: g.parent, child });
      placed.add(at);
    }
  });
  cols.splice(3, 0, { from: null, parent: "建设单位", child: "" });
  cols.push({ from: null, parent: "项目进展情况", child: "" });
  const width = cols.length;
  const at = (k: LedgerKey) => cols.findIndex((c) => c.from !== null && keyAt[c.from] === k);
  const nameAt = at("name");
  const unitAt = at("unit");

  const values: CellValue[][] = [];
  const merges: MergedArea[] = [];
  const nonProject: number[] = [];
  const blankRow = (): CellValue[] => Array.from({ length: width }, () => "");
  const across = (r: number, c0 = 0, c1 = width - 1) => merges.push({ row0: r, col0: c0, row1: r, col1: c1 });
  const push = (row: CellValue[], project: boolean): number => {
    values.push(row);
    if (!project) nonProject.push(values.length);
    return values.length - 1;
  };
  const title = (s: string, col = 0, merged = true): void => {
    const row = blankRow();
    row[col] = s;
    const r = push(row, false);
    if (merged) across(r, col);
  };
  const header = (repeat: boolean): void => {
    const parent = blankRow();
    const child = blankRow();
    cols.forEach((c, i) => {
      // A merged label has its text in its first cell only, as Excel stores it.
      const continues = i > 0 && c.child !== "" && cols[i - 1].child !== "" && cols[i - 1].parent === c.parent;
      parent[i] = continues ? "" : c.parent;
      child[i] = c.child;
    });
    const p = push(parent, !repeat);
    if (!o.band) return;
    const ch = push(child, !repeat);
    for (let i = 0; i < width; i++) {
      if (cols[i].child === "") merges.push({ row0: p, col0: i, row1: ch, col1: i });
      else if (i === 0 || cols[i - 1].parent !== cols[i].parent || cols[i - 1].child === "") {
        let j = i;
        while (j + 1 < width && cols[j + 1].parent === cols[i].parent && cols[j + 1].child !== "") j++;
        if (j > i) merges.push({ row0: p, col0: i, row1: p, col1: j });
      }
    }
  };
  const subtotal = (label: string, count: number): void => {
    const row = blankRow();
    row[3] = `共${count}个项目`; // in 建设单位, a column the scores do not read
    row[pick([0, nameAt])] = label;
    push(row, false);
  };

  // Above the header: the title and the 填报 line (not data rows: they are above the header).
  values.push(Object.assign(blankRow(), { 0: "2023年“三个一批”重大项目建设台账" }));
  across(0);
  values.push(Object.assign(blankRow(), { 0: "填报单位：汝州市重点项目建设服务中心（盖章）" }));
  header(false);

  const split = o.secondTable ? Math.max(1, Math.floor(order.length * 0.8)) : order.length;
  const runs: { u: string; rows: CellValue[][] }[][] = [[], []];
  order.forEach((x, k) => {
    const t = k < split ? 0 : 1;
    const last = runs[t][runs[t].length - 1];
    if (last && last.u === x.u) last.rows.push(x.r);
    else runs[t].push({ u: x.u, rows: [x.r] });
  });
  const style = pick(ORDINALS);
  runs.forEach((table, t) => {
    if (t === 1) {
      if (!table.length) return;
      push(blankRow(), true); // a blank row: skipped silently, not listed
      nonProject.pop();
      title(`2023年“三个一批”重大项目补报台账（${table.reduce((n, g) => n + g.rows.length, 0)}个）`);
      header(true);
    }
    if (o.sections === "stage") title(`${ordinal("一、", t + 1)}${pick(["签约项目", "开工项目", "投产达效项目"])}`, 0, rand() < 0.5);
    table.forEach((g, gi) => {
      if (o.sections !== "none" && g.u !== "") {
        const bare = rand() < 0.3 && resolveUnit(BUILTIN, g.u) !== null;
        const s = bare ? g.u : `${ordinal(style, gi + 1)}${g.u}${rand() < 0.5 ? `（${g.rows.length}个）` : ""}`;
        title(s, nameAt, false);
      }
      const first = values.length;
      g.rows.forEach((r, k) => {
        const row = blankRow();
        cols.forEach((c, i) => {
          if (c.from !== null) row[i] = r[c.from] ?? "";
        });
        row[0] = k + 1;
        if (rand() < 0.3) row[3] = "汝州市某建设有限公司";
        push(row, true);
      });
      const n = g.rows.length;
      if (o.mergeUnits && n > 1 && g.u !== "" && rand() < 0.7) {
        for (let r = first + 1; r < first + n; r++) values[r][unitAt] = "";
        merges.push({ row0: first, col0: unitAt, row1: first + n - 1, col1: unitAt });
      }
      if (o.subtotals && rand() < 0.5) subtotal(pick(["小计", "小  计", `${g.u}小计`]), n);
    });
    if (o.subtotals) {
      const row = blankRow();
      row[0] = pick(["合计", "合  计", "总计"]);
      const r = push(row, false);
      if (rand() < 0.5) across(r, 0, 2);
    }
  });
  if (o.notes) {
    push(blankRow(), true);
    nonProject.pop();
    title("填报说明：", 0, false);
    title("1.本表由各乡镇（街道）、园区及市直有关单位填报，每月5日前报市重点项目办；");
    const sign = blankRow();
    sign[0] = "填报人：刘建伟";
    sign[Math.min(width - 1, 8)] = "审核人：赵国强";
    sign[Math.min(width - 1, 14)] = "联系电话：0375-6265329";
    push(sign, false);
    const stamp = blankRow();
    stamp[width - 1] = "2023年12月28日";
    push(stamp, false);
  }
  return { input: { values, merges: o.mergesKnown ? merges : null }, nonProject };
}
