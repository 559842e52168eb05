// Row heights from wrapped text (issue 11 item 2): a CJK character takes two
// cells, words break at spaces, and a row is as tall as its longest cell.
import fc from "fast-check";
import {
  cellsPerLine,
  dataRowHeights,
  displayWidth,
  LINE_POINTS,
  MAX_ROW_POINTS,
  packLines,
  ROW_PADDING_POINTS,
  wrappedLines,
} from "../../src/engine/sheets/row-heights";
import type { SheetSpec } from "../../src/engine/sheets/types";

describe("displayWidth and wrappedLines", () => {
  it.each([
    ["abc", 3],
    ["临汝镇", 6],
    ["附件3 四(一)1(1)", 16],
    ["（全角）：", 10],
  ])("%s is %i cells wide", (s, w) => expect(displayWidth(s)).toBe(w));

  it.each([
    ["", 10, 1],
    ["一二三四五", 10, 1],
    ["一二三四五六", 10, 2], // CJK breaks anywhere
    ["hello world foo bar", 11, 2], // "hello world" / "foo bar"
    ["hello worlds", 11, 2], // a word does not fit beside another: it moves down
    ["a".repeat(25), 10, 3], // a word longer than a line is split
    ["第一行\n第二行\n", 20, 3], // line breaks in the text
    ["累计谋划 9 个，完成目标 9 个：记 10 分", 54, 1],
    ["本季签约1亿元以上产业项目 1 个（1亿/3亿/5亿以上加 1/3/5 分，先进制造业或战新另加 2 分）：加 3 分", 54, 2],
  ])("%j at %i cells a line takes %i lines", (text, perLine, lines) => expect(wrappedLines(text, perLine)).toBe(lines));

  it("never fits more than a line's cells of text on a line (property)", () => {
    const text = fc.array(fc.constantFrom("汝", "州", "a", "b", "1", " ", "，", "\n"), { maxLength: 200 }).map((a) => a.join(""));
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 80 }), (t, perLine) => {
        const lines = wrappedLines(t, perLine);
        const paragraphs = t.split("\n");
        expect(lines).toBeGreaterThanOrEqual(paragraphs.length);
        for (const p of paragraphs) expect(wrappedLines(p, perLine) * perLine).toBeGreaterThanOrEqual(displayWidth(p.replace(/\s/g, "")));
      }),
    );
  });
});

describe("packLines", () => {
  it("fills each line with whole pieces, up to the width", () => {
    expect(packLines(["项目台账 第34、", "74、", "206、", "294行"], 20)).toBe("项目台账 第34、74、\n206、294行");
    expect(packLines(["rows 1,", "2,", "3"], 9, " ")).toBe("rows 1,\n2, 3"); // English pieces joined by a space
    expect(packLines(["一段很长很长很长的文字"], 4)).toBe("一段很长很长很长的文字"); // a piece wider than a line keeps its own line
    expect(packLines([], 10)).toBe("");
  });

  it("loses nothing and keeps every line within the width unless one piece is wider (property)", () => {
    const pieces = fc.array(fc.string({ unit: fc.constantFrom("汝", "1", "、", "a"), minLength: 1, maxLength: 8 }), { maxLength: 40 });
    fc.assert(
      fc.property(pieces, fc.integer({ min: 4, max: 60 }), (ps, perLine) => {
        const text = packLines(ps, perLine);
        expect(text.replace(/\n/g, "")).toBe(ps.join(""));
        for (const line of text.split("\n")) if (line) expect(displayWidth(line) <= perLine || ps.includes(line)).toBe(true);
      }),
    );
  });
});

describe("dataRowHeights", () => {
  const spec = (rows: (string | null)[][]): SheetSpec => ({
    name: "明细",
    kind: "detail",
    title: null,
    landscape: true,
    columns: [
      { header: "单位", width: 6 }, // not wrapped: never grows a row
      { header: "说明", width: 20, wrap: true },
      { header: "涉及行", width: 10, wrap: true },
    ],
    rows,
  });

  it("leaves rows whose wrapped cells fit on one line at the default height", () => {
    expect(dataRowHeights(spec([["温泉农村融合发展产业园", "一行就够", null]]))).toEqual([null]);
  });

  it("makes a row as tall as the most lines any wrapped cell needs", () => {
    const perLine = cellsPerLine(20);
    const three = "汝".repeat(Math.floor(perLine / 2) * 2 + 1); // a little over two lines
    expect(dataRowHeights(spec([[null, three, "第1、2行"], [null, "短", "第1、\n2、\n3、\n4行"]]))).toEqual([
      3 * LINE_POINTS + ROW_PADDING_POINTS,
      4 * LINE_POINTS + ROW_PADDING_POINTS,
    ]);
  });

  it("stops at Excel's tallest row", () => {
    expect(dataRowHeights(spec([[null, "汝".repeat(2000), null]]))).toEqual([MAX_ROW_POINTS]);
  });
});
