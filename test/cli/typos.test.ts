// A mistyped option or command gets the nearest one suggested (issue 11 item 9),
// as unit names already do; a word far from every option gets no guess.
import { nearestWord } from "../../src/cli/args";
import { sanpi, scratch } from "./helpers";

const tmp = scratch();

describe("did you mean", () => {
  it.each([
    ["quater", ["quarter", "year"], "quarter"],
    ["yaer", ["quarter", "year"], "year"],
    ["QUARTER", ["quarter"], "quarter"],
    ["jsn", ["json", "out"], "json"],
    ["xyz", ["json", "out", "lang"], null],
    ["o", ["out"], null],
    ["frob", ["check", "score", "rank", "template"], null],
  ])("%s among %j → %s", (word, candidates, expected) => {
    expect(nearestWord(word, candidates)).toBe(expected);
  });

  it.each([
    [["score", "a.xlsx", "--quater", "2023Q1"], "未知选项“--quater”：是否应为 --quarter？"],
    [["score", "a.xlsx", "--quater=2023Q1"], "未知选项“--quater=2023Q1”：是否应为 --quarter？"],
    [["rank", "a.xlsx", "--year", "2023", "--ot", "x.xlsx"], "是否应为 --out？"],
    [["score", "a.xlsx", "--quater", "2023Q1", "--lang", "en"], "Unknown option “--quater”: did you mean --quarter? see sanpi --help"],
    [["chek", "a.xlsx"], "未知命令“chek”：是否应为 check？"],
  ])("%j → exit 2 naming the nearest", async (args, text) => {
    const r = await sanpi(args, tmp.dir());
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain(text);
  });

  it("guesses nothing for a word far from every option", async () => {
    const r = await sanpi(["score", "a.xlsx", "--frobnicate"], tmp.dir());
    expect(r.stderr).toBe("未知选项“--frobnicate”：sanpi --help 查看可用选项\n");
  });
});
