// The payload planner (issue 10 item 5): rows are sampled from the top of a
// sheet to its bottom, so a ledger whose later rows are fuller is read in
// blocks Excel accepts, without a refusal to recover from.
import { planBlocks, profileBytes, profileFromStrips, sampleStrips, uniformProfile, type RowProfile, type UsedDims } from "../../src/excel/payload";
import { readInputSheets } from "../../src/excel/read";
import { createStandIn } from "../standin";

describe("sampleStrips", () => {
  const strips = sampleStrips();
  it("runs from row 1 to Excel's last row, in order, without overlaps, in few strips", () => {
    expect(strips[0].first).toBe(1);
    expect(strips[strips.length - 1].last).toBe(1_048_576);
    for (let i = 1; i < strips.length; i++) expect(strips[i].first).toBeGreaterThan(strips[i - 1].last);
    expect(strips.length).toBeLessThan(40);
  });
  it("leaves no stretch longer than 42 % of the rows above it unsampled", () => {
    for (let i = 1; i < strips.length; i++) expect(strips[i].first - strips[i - 1].last - 1).toBeLessThanOrEqual(0.42 * strips[i - 1].last);
  });
});

describe("row profiles and blocks", () => {
  const d: UsedDims = { sheet: "项目台账", rowIndex: 0, columnIndex: 0, rowCount: 10_000, columnCount: 20 };
  // Short rows up to row 5,000, rows four times as long below.
  const profile: RowProfile = { starts: [0, 5000], perRow: [100, 400] };

  it("adds up a profile's bytes across its segments", () => {
    expect(profileBytes(uniformProfile(7), 3, 10)).toBe(70);
    expect(profileBytes(profile, 4990, 20)).toBe(10 * 100 + 10 * 400);
    expect(profileBytes(profile, 0, 10_000)).toBe(5000 * 100 + 5000 * 400);
  });

  it("plans shorter blocks where rows are fuller, each under the budget, covering every row once", () => {
    const batches = planBlocks([d], () => profile, 200_000);
    const blocks = batches.flat();
    let next = 0;
    for (const b of blocks) {
      expect(b.row0).toBe(next);
      expect(b.bytes).toBeLessThanOrEqual(200_000);
      next += b.rows;
    }
    expect(next).toBe(10_000);
    expect(blocks[0].rows).toBe(2000); // 200,000 bytes of 100-byte rows
    expect(Math.max(...blocks.filter((b) => b.row0 >= 5000).map((b) => b.rows))).toBe(500); // of 400-byte rows
    for (const batch of batches) expect(batch.reduce((s, b) => s + b.bytes, 0)).toBeLessThanOrEqual(200_000);
  });

  it("takes each measured strip for the rows down to the next one, the first from the range's top", () => {
    const p = profileFromStrips([{ row0: 40, rows: 4, bytes: 800 }, { row0: 0, rows: 16, bytes: 1600 }, { row0: 90, rows: 0, bytes: 0 }], { ...d, rowIndex: 2 });
    expect(p).toEqual({ starts: [0, 40], perRow: [100, 200] });
    expect(profileFromStrips([], d)).toBeNull();
  });
});

describe("reading a ledger whose later rows are fuller", () => {
  // 60 short rows on top (what the first 50 rows measured), then long notes on every row.
  const ledger = [
    ["项目名称", "责任单位", "总投资(万元)", "备注"],
    ...Array.from({ length: 6000 }, (_, i) => [`项目${i}`, "临汝镇", 10000 + i, i < 60 ? "" : "说明".repeat(30)]),
  ];

  it("is read in blocks Excel accepts: no response over the limit, so nothing is refused and halved", async () => {
    const s = createStandIn({ 项目台账: ledger }, { payloadLimit: 250_000 });
    const read = await s.Excel.run((ctx) => readInputSheets(ctx, ["项目台账"], { budget: 200_000 }));
    expect(read.book.项目台账.values).toEqual(ledger);
    expect(Math.max(...s.stats.responseBytes)).toBeLessThanOrEqual(250_000);
    // The hint for the next read estimates the whole sheet from the strips, within a tenth.
    const actual = new TextEncoder().encode(JSON.stringify(ledger)).length;
    expect(Math.abs(read.hint.sheets[0].bytes - actual) / actual).toBeLessThan(0.1);
  });

  it("would have been refused had only the first rows been measured (the strips make the difference)", () => {
    const firstRowsOnly = ledger.slice(0, 50);
    const perRow = new TextEncoder().encode(JSON.stringify(firstRowsOnly)).length / 50;
    const blocks = planBlocks([{ sheet: "项目台账", rowIndex: 0, columnIndex: 0, rowCount: ledger.length, columnCount: 4 }], () => uniformProfile(perRow * 1.25), 200_000);
    const largest = Math.max(...blocks.flat().map((b) => new TextEncoder().encode(JSON.stringify(ledger.slice(b.row0, b.row0 + b.rows))).length));
    expect(largest).toBeGreaterThan(250_000);
  });
});
