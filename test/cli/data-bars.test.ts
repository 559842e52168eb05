// The data bars under 总分 / 得分 are light enough for black numbers to read
// (issue 11 item 11), and both hosts draw them in the one colour the engine names.
import ExcelJS from "exceljs";
import { writeSheets } from "../../src/cli/xlsx-write";
import { DATA_BAR_COLOR } from "../../src/engine";
import { describeReport } from "../../src/engine/sheets/ranking";
import { planTargets } from "../../src/excel";
import { readInputSheets } from "../../src/excel/read";
import { writeGeneratedSheets } from "../../src/excel/write";
import { createStandIn } from "../standin";
import { fakeReport } from "./fake-report";

/** WCAG 2 contrast ratio of two #RRGGBB colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const specs = describeReport(fakeReport({ year: 2023, kind: "year", quarter: 4 }));

it("is a light fill: black text on it reads at 10:1 or better, and it still shows on white", () => {
  expect(contrast("#5B9BD5", "#000000")).toBeLessThan(10); // the mid-blue the issue found hard to read
  expect(contrast(DATA_BAR_COLOR, "#000000")).toBeGreaterThanOrEqual(10);
  expect(contrast(DATA_BAR_COLOR, "#FFFFFF")).toBeGreaterThan(1.5);
});

it("is the colour the CLI writes", async () => {
  const wb = new ExcelJS.Workbook();
  writeSheets(wb, specs);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ExcelJS.Buffer);
  type Cf = { rules: { type: string; color?: { argb?: string } }[] };
  const bars = back.worksheets.flatMap((ws) => (ws as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings.flatMap((c) => c.rules));
  expect(bars.length).toBe(specs.filter((s) => s.dataBarColumn !== undefined && s.rows.length > 0).length);
  for (const bar of bars) expect(bar).toEqual(expect.objectContaining({ type: "dataBar", color: { argb: `FF${DATA_BAR_COLOR.slice(1)}` } }));
});

it("is the colour the task pane writes", async () => {
  const s = createStandIn({ 项目台账: [["项目名称", "责任单位", "总投资(万元)"]] });
  await s.Excel.run(async (ctx) => {
    const read = await readInputSheets(ctx, ["项目台账"]);
    return writeGeneratedSheets(ctx, planTargets(specs, read.inventory, "replace"), read.inventory, "2023");
  });
  const bars = s.model.sheets.flatMap((sh) => sh.conditionalFormats);
  expect(bars.length).toBe(specs.filter((x) => x.dataBarColumn !== undefined && x.rows.length > 0).length);
  for (const bar of bars) expect(bar.props).toEqual(expect.objectContaining({ "dataBar.positiveFormat.fillColor": DATA_BAR_COLOR }));
});
