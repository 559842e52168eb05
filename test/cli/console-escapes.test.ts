// Issue 15 §3.4: a cell's text reaches the terminal as text. `_x001B_]0;…_x0007_`
// in a cell decodes to ESC ] 0 ; … BEL (an xterm "set title"); `check` must print
// it escaped, so the clerk's terminal is neither retitled nor cleared.
import { writeFileSync } from "fs";
import path from "path";
import { LEDGER_COLUMNS } from "../../src/engine/parse/ledger";
import { consoleText } from "../../src/cli/console-text";
import { craftXlsx } from "../support/xlsx-craft";
import { sanpi, scratch } from "./helpers";

const tmp = scratch();
// Anything a terminal obeys: C0 controls but \n and \t, DEL, C1 (U+009B is CSI on its own).
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const col = (i: number) => String.fromCharCode(65 + i);
const row = (r: number, cells: string[]) =>
  `<row r="${r}">${cells.map((v, i) => `<c r="${col(i)}${r}" t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`).join("")}</row>`;

async function hostileLedger(file: string, unit: string, name: string): Promise<void> {
  const headers = LEDGER_COLUMNS.slice(0, 4).map((c) => c.header); // 项目名称, 责任单位, 总投资(万元), 产业类别
  const body = `<sheetData>${row(1, headers)}${row(2, [name, unit, "12000", "制造业"])}</sheetData>`;
  writeFileSync(file, await craftXlsx({ sheets: [{ name: "项目台账", body }] }));
}

describe("control characters never reach the terminal raw", () => {
  test("consoleText writes them in Excel's escape form and keeps line feeds, tabs and Chinese", () => {
    expect(consoleText("a\u001b]0;标题\u0007b")).toBe("a_x001B_]0;标题_x0007_b");
    expect(consoleText("\r\u009b2J\u007f")).toBe("_x000D__x009B_2J_x007F_");
    expect(consoleText("第1行\t临汝镇\n")).toBe("第1行\t临汝镇\n");
  });

  test.each([
    ["check", []],
    ["check", ["--lang", "en"]],
    ["check", ["--all"]],
    ["score", ["--year", "2023"]],
    ["profile", []],
  ] as const)("sanpi %s %p on a ledger whose cells hold ESC…BEL", async (command, extra) => {
    const file = path.join(tmp.dir(), "恶意.xlsx");
    await hostileLedger(file, "_x001B_]0;PWNED_x0007_", "_x001B_[2J_x001B_[H清屏项目_x009B_31m");
    const r = await sanpi([command, "恶意.xlsx", ...extra], tmp.dir());
    expect(r.stdout + r.stderr).not.toMatch(TERMINAL_CONTROL);
    if (command === "check") expect(r.stdout).toContain("_x001B_]0;PWNED_x0007_");
  });

  test("a file name with an escape in an error line", async () => {
    const r = await sanpi(["check", "\u001b]0;x\u0007.xlsx"], tmp.dir());
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(TERMINAL_CONTROL);
    expect(r.stderr).toContain("_x001B_]0;x_x0007_.xlsx");
  });
});
