// The Office.js host sets the same row heights as the CLI for wrapped text
// (issue 11 item 2): Excel keeps the default height for wrapped text an add-in writes.
import { planTargets } from "../../src/excel";
import { readInputSheets } from "../../src/excel/read";
import { writeGeneratedSheets } from "../../src/excel/write";
import { dataRowHeights } from "../../src/engine/sheets/row-heights";
import type { SheetSpec } from "../../src/engine";
import { createStandIn } from "../standin";

const long = "本季签约1亿元以上产业项目 1 个（1亿/3亿/5亿以上加 1/3/5 分，先进制造业或战新另加 2 分）：加 3 分";
const detail: SheetSpec = {
  name: "得分明细-2023Q1",
  kind: "detail",
  title: "得分明细",
  landscape: true,
  columns: [
    { header: "单位", width: 20 },
    { header: "分值", width: 8, numFmt: "0.00" },
    { header: "说明", width: 30, wrap: true },
  ],
  rows: [
    ["临汝镇", 10, "累计谋划 3 个"],
    ["临汝镇", 3, long],
    ["温泉镇", 3, long],
    ["温泉镇", 1, long + long],
    ["骑岭乡", 0, "短"],
  ],
};

it("sets the wrapped rows' heights, one command per run of equal heights, tops aligned, in the one write sync", async () => {
  const s = createStandIn({ 项目台账: [["项目名称", "责任单位", "总投资(万元)"]] });
  const before = s.stats.syncs;
  await s.Excel.run(async (ctx) => {
    const read = await readInputSheets(ctx, ["项目台账"]);
    return writeGeneratedSheets(ctx, planTargets([detail], read.inventory, "replace"), read.inventory, "2023Q1");
  });
  expect(s.stats.syncs - before).toBe(3); // probe, values, write: as without heights
  const [, two, , four] = dataRowHeights(detail);
  expect(two).not.toBeNull();
  expect(four!).toBeGreaterThan(two!);
  const styles = s.model.sheet(detail.name)!.styles;
  // Title row 1, header row 2, data from row 3: rows 4–5 share a height, row 6 is taller, 3 and 7 keep the default.
  expect(styles.filter((x) => x.path === "rowHeight" && x.address !== "A1:C1" && x.address !== "A2:C2")).toEqual([
    { address: "A4:A5", path: "rowHeight", value: two },
    { address: "A6", path: "rowHeight", value: four },
  ]);
  expect(styles).toContainEqual({ address: "A3:C7", path: "verticalAlignment", value: "Top" });
  expect(styles).toContainEqual({ address: "C3:C7", path: "wrapText", value: true });
});
