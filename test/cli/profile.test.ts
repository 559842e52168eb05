// `--profile` and `sanpi profile` (workbook-format §4, profiles.md §1–§4): the
// effective profile printed with sources, a bad file refused with one line per
// problem naming its JSON path, and periods of the year a workbook assesses.
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import { PARAMETERS } from "../../src/engine/profile/registry";
import { ROOT, sanpi, scratch } from "./helpers";

const tmp = scratch();
const DIR = path.join(ROOT, "test", "fixtures", "year-2026");
const BOOK = path.join(DIR, "year-2026.xlsx");
const FILE = path.join(DIR, "year-2026.profile.json");
const LEDGER_3 = path.join(ROOT, "test", "fixtures", "ledger-3", "ledger-3.xlsx");

const writeJson = (name: string, doc: unknown): string => {
  const f = path.join(tmp.dir(), name);
  writeFileSync(f, typeof doc === "string" ? doc : JSON.stringify(doc));
  return f;
};

describe("sanpi profile", () => {
  it("prints every parameter of the built-in profile with its value, source and clause", async () => {
    const r = await sanpi(["profile"], tmp.dir());
    expect([r.code, r.stderr]).toEqual([0, ""]);
    for (const p of PARAMETERS) expect(r.stdout).toContain(p.zh);
    expect(r.stdout).toContain("内置方案 ruzhou-2023");
    expect(r.stdout).toContain("附件4 第2行");
    expect(r.stdout).toContain("未调整参数");
  });

  it("with a workbook: its 考评参数 and 目标任务, each change with its source (JSON)", async () => {
    const r = await sanpi(["profile", BOOK, "--json"], tmp.dir());
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ profile: "ruzhou-2023", year: 2026, yearFixed: true });
    expect(doc.parameters).toHaveLength(PARAMETERS.length);
    const byId = (id: string) => doc.parameters.find((p: { id: string }) => p.id === id);
    expect(byId("planning.bonusCap")).toMatchObject({ value: 3, source: "考评参数", clause: "附件3 四(一)1(1)" });
    expect(byId("planning.base")).toMatchObject({ value: 10, source: "built-in" });
    expect(byId("bonus.sizeTiers").value).toEqual([[10000, 1], [30000, 3], [50000, 6]]);
    expect(doc.changes.map((c: { id: string; source: string }) => `${c.id} ${c.source}`)).toEqual([
      "year 考评参数",
      "planning.bonusCap 考评参数",
      "bonus.sizeTiers 考评参数",
      "awards.towns 考评参数",
      "deduction.lateProvincial 考评参数",
      "service.deductionMax 考评参数",
      "targets.临汝镇 目标任务",
      "units.新区管委会 目标任务",
    ]);
    const towns = doc.units.find((g: { group: string }) => g.group === "towns").units;
    expect(towns[towns.length - 1]).toEqual({ name: "新区管委会", targets: { plan: 4, sign: 0, start: 0, commission: 0 } });
  });

  it("with a profile file: its values and the file as their source", async () => {
    const r = await sanpi(["profile", "--profile", FILE], tmp.dir());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("配置文件 year-2026.profile.json");
    expect(r.stdout).toMatch(/考评年度\s+2026\s+配置文件/);
  });

  it("speaks English with --lang en: ids, English labels and clauses with row", async () => {
    const r = await sanpi(["profile", "--lang", "en"], tmp.dir());
    expect(r.stdout).toContain("bonus.sizeTiers");
    expect(r.stdout).toContain("附件4 row 2");
    expect(r.stdout).not.toContain("第2行");
  });
});

describe("--profile on check, score and rank", () => {
  it("scores the workbook without its 考评参数 like the workbook with it (same JSON groups)", async () => {
    const withSheet = JSON.parse((await sanpi(["score", BOOK, "--year", "2026", "--json"], tmp.dir())).stdout);
    const withFile = JSON.parse((await sanpi(["score", BOOK, "--year", "2026", "--json", "--profile", FILE], tmp.dir())).stdout);
    // The workbook's 考评参数 sets the same values the file sets: the later layer wins, the numbers agree.
    expect(withFile.groups).toEqual(withSheet.groups);
    expect(withFile.year).toBe(2026);
  });

  it("a bad file: exit 2, one Chinese line per problem naming its JSON path, nothing on stdout", async () => {
    const bad = writeJson("bad.json", {
      extends: "ruzhou-2023",
      colour: "blue",
      parameters: { "planning.bonusCap": "很多", "planning.bonusCapp": 3, "bonus.sizeTiers": "1亿:1，1亿:3", year: 2200, "service.deductionMin": 9 },
      units: [{ name: "新乡镇" }, { name: "临汝镇", group: "villages" }],
      removeUnits: ["不存在局"],
    });
    const r = await sanpi(["score", LEDGER_3, "--year", "2023", "--profile", bad], tmp.dir());
    expect([r.code, r.stdout]).toEqual([2, ""]);
    const lines = r.stderr.trim().split("\n");
    expect(lines.map((l) => /配置文件“bad\.json” ([^\s：]+)：/.exec(l)?.[1])).toEqual([
      "colour",
      'parameters["planning.bonusCap"]',
      'parameters["planning.bonusCapp"]',
      'parameters["bonus.sizeTiers"]',
      'parameters["year"]',
      'parameters["service.deductionMin"]',
      "units[0].name",
      "units[1].group",
      "removeUnits[0]",
    ]);
    expect(lines[2]).toContain("“planning.bonusCap”"); // the nearest id suggested
    expect(lines[4]).toContain("2023–2100");
    expect(lines.every((l) => /[\u4e00-\u9fff]/.test(l))).toBe(true);
  });

  it.each([
    ["not JSON", "{ parameters: ", /不是有效的 JSON/],
    ["not an object", "[1, 2]", /应为 JSON 对象/],
    ["no extends", "{}", /extends：缺少“extends”/],
    ["an unknown base", '{"extends": "henan-2024"}', /不是内置的考评方案：可用 ruzhou-2023/],
  ])("a file that is %s: exit 2", async (_what, text, pattern) => {
    const r = await sanpi(["check", LEDGER_3, "--profile", writeJson("f.json", text)], tmp.dir());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
  });

  it("the hint to run check carries the same --profile, so it counts what the score counted", async () => {
    const r = await sanpi(["score", LEDGER_3, "--year", "2026", "--profile", FILE], tmp.dir());
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/check \S+ledger-3\.xlsx --year 2026 --profile \S+year-2026\.profile\.json/);
  });

  it("a missing file: exit 2 naming it", async () => {
    const r = await sanpi(["check", LEDGER_3, "--profile", "无此文件.json"], tmp.dir());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/无法读取文件“无此文件\.json”：文件不存在/);
  });

  it("a file that fixes the year: a period of another year is refused, saying which year is assessed", async () => {
    const r = await sanpi(["score", LEDGER_3, "--quarter", "2023Q1", "--profile", FILE], tmp.dir());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/不在2026年：本工作簿（配置文件 year-2026\.profile\.json）考评2026年/);
  });
});

describe("periods of any year", () => {
  it("the 2026 workbook: 2026 periods score; a 2025 period is refused naming 考评参数; a bare quarter is of 2026", async () => {
    const ok = await sanpi(["score", BOOK, "--quarter", "Q1", "--json"], tmp.dir());
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ period: "2026Q1", year: 2026 });
    const other = await sanpi(["score", BOOK, "--quarter", "2025Q4"], tmp.dir());
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/不在2026年：本工作簿（考评参数 第3行）考评2026年/);
  });

  it("the 2023 ledger scored for 2024: no 目标任务, so one warning says 2023's targets are used", async () => {
    const r = await sanpi(["score", LEDGER_3, "--year", "2024", "--json"], tmp.dir());
    const doc = JSON.parse(r.stdout);
    expect(doc.year).toBe(2024);
    const warned = doc.issues.filter((i: { code: string }) => i.code === "targets.baseYear");
    expect(warned).toHaveLength(1);
    expect(warned[0].message).toContain("沿用2023年方案（ruzhou-2023）的目标任务");
  });

  it("rank writes sheets whose footnotes name the profile, the year and the changes", async () => {
    const out = path.join(tmp.dir(), "排名-2026.xlsx");
    const r = await sanpi(["rank", BOOK, "--year", "2026", "--out", out], tmp.dir());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("考评方案：汝州市2023年考评办法（内置）；考评年度：2026；调整的参数 8 项：\n　· 考评年度 = 2026（考评参数 第3行）\n");
    expect(readFileSync(out).length).toBeGreaterThan(1000);
  });
});
