// The rules' numbers (docs/rules.md) through the functions, Excel-shaped
// arguments, boundaries on both sides of every threshold.
import { thrown } from "./support/custom-functions";
import { amount, award, bonus, eligible, guarantee, planning, rank, service, signing, target, tier } from "../../src/functions/functions";

describe("SANPI.AMOUNT (workbook-format §2)", () => {
  test.each([
    [12000, 12000],
    ["12000", 12000],
    ["1,200", 1200],
    ["１２０００", 12000],
    ["1.5亿", 15000],
    ["1.5亿元", 15000],
    ["5000万", 5000],
    ["5000万元", 5000],
    ["800000元", 80],
    [" 1.2亿 ", 12000],
    [0, 0],
  ])("%p → %p 万元", (v, expected) => expect(amount(v)).toBe(expected));

  test.each([-1, "-5000", "12k", "一亿", "1.5 亿 元 多", true])("%p → #VALUE! with the accepted forms", (v) => {
    const e = thrown(() => amount(v));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/1\.5亿/);
  });
});

describe("SANPI.TIER (正文 一)", () => {
  test.each([
    [4999.99, "5000万元以下"],
    [5000, "5000万元以上"],
    [9999, "5000万元以上"],
    [10000, "亿元以上"],
    ["9.99亿", "亿元以上"],
    [100000, "10亿元以上"],
    ["10亿", "10亿元以上"],
    [0, "5000万元以下"],
  ])("%p → %s", (v, label) => expect(tier(v)).toBe(label));
});

describe("SANPI.ELIGIBLE (附件3 一, rules §2)", () => {
  const floors: [string, number][] = [
    ["制造业", 10000], ["现代服务业", 10000], ["基础设施", 10000], ["社会民生", 5000], ["种植养殖", 10000],
    ["其他", 10000], ["两新一重", 5000], ["数字经济", 5000], ["创新研发平台", 5000],
  ];
  test.each(floors)("%s: floor %d is inclusive", (category, floor) => {
    expect(eligible(floor, category)).toBe(true);
    expect(eligible(floor - 0.01, category)).toBe(false);
    expect(eligible(`${floor / 10000}亿`, category)).toBe(true);
  });
  test("category text is trimmed and folded", () => expect(eligible(12000, " 制造业 ")).toBe(true));
});

describe("SANPI.BONUS (rules §4.6 item 4)", () => {
  test("the sequence 0, 1, 3, 5 and 3, 5, 7 when advanced", () => {
    const amounts = [9999, 10000, 30000, 50000];
    expect(amounts.map((a) => bonus(a))).toEqual([0, 1, 3, 5]);
    expect(amounts.slice(1).map((a) => bonus(a, "制造业", true))).toEqual([3, 5, 7]);
    expect(bonus(9999, "制造业", "是")).toBe(0); // +2 only when a tier bonus is earned
    expect(bonus(29999.99, null, null)).toBe(1);
  });
  test("only 产业项目 earn it; 种植养殖 never", () => {
    for (const c of ["现代服务业", "数字经济", "创新研发平台"]) expect(bonus(50000, c, "是")).toBe(7);
    for (const c of ["种植养殖", "基础设施", "两新一重", "社会民生", "其他"]) expect(bonus(50000, c, "是")).toBe(0);
  });
  test("amount text and yes/no words", () => {
    expect(bonus("5亿", "制造业", "Y")).toBe(7);
    expect(bonus("3亿元", "制造业", "否")).toBe(3);
  });
});

describe("SANPI.PLANNING (rules §4.1)", () => {
  test("target met: 10 + bonus points (2 per ≥2亿, 4 per ≥5亿), at most 10 more", () => {
    expect(planning(3, 3)).toBe(10);
    expect(planning(3, 3, 1, 1)).toBe(10 + 2 + 4); // worked example §8: 16
    expect(planning(3, 5, 0, 2)).toBe(10 + 8);
    expect(planning(3, 5, 1, 2)).toBe(20);
    expect(planning(3, 9, 3, 3)).toBe(20);
    expect(planning(0, 0)).toBe(10);
  });
  test("target missed: 10 − 2 per missing project, floor 0, no bonus", () => {
    expect(planning(3, 2, 2, 2)).toBe(8);
    expect(planning(12, 8)).toBe(2);
    expect(planning(12, 7)).toBe(0);
    expect(planning(20, 0)).toBe(0);
  });
});

describe("SANPI.SIGNING (rules §4.2)", () => {
  test("signing part 10 × min(1, S/T), start part 10 × ok/due", () => {
    expect(signing(1, 1, 1, 1)).toBe(20); // worked example §8
    expect(signing(3, 2, 2, 1)).toBeCloseTo((10 * 2) / 3 + 5, 10);
    expect(signing(2, 5, 4, 3)).toBeCloseTo(10 + 7.5, 10);
  });
  test("due = 0: 10 if anything signed, else 0; target 0 counts as met", () => {
    expect(signing(2, 1)).toBe(5 + 10);
    expect(signing(2, 0)).toBe(0);
    expect(signing(0, 0)).toBe(10);
    expect(signing(0, 3, null, null)).toBe(20);
  });
  test("started on time cannot exceed the projects due", () => {
    const e = thrown(() => signing(2, 2, 1, 2));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("按期开工数");
  });
});

describe("SANPI.GUARANTEE (rules §4.5)", () => {
  test.each([
    ["是", 0, 20], ["是", 2, 18], ["是", 6, 14], ["否", 0, 10], [false, 4, 6], [true, "3", 17], ["", "", 10], ["√", 5, 15],
  ])("%p, %p → %p", (m, d, expected) => expect(guarantee(m, d)).toBe(expected));
  test.each([1, 1.5, 6.5, 7, -2])("deduction %p is refused (0 or 2–6)", (d) => {
    const e = thrown(() => guarantee("是", d));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("2–6");
  });
});

describe("SANPI.SERVICE (rules §5)", () => {
  const rows = [
    [20, 40, 40],
    [15, 30, 35],
    [10, 20, 25],
  ];
  const mean = (100 + 80 + 55) / 3;
  test("mean of the row totals; a text header row is skipped; blank rows ignored", () => {
    expect(service(rows)).toBeCloseTo(mean, 10);
    expect(service([["服务态度", "工作效率", "服务质量"], ...rows, ["", "", ""]])).toBeCloseTo(mean, 10);
    expect(service([[18, 36, 38]], null)).toBe(92);
  });
  test("环保一刀切 subtracts 5; no evaluations score 0", () => {
    expect(service(rows, "是")).toBeCloseTo(mean - 5, 10);
    expect(service([["服务态度", "工作效率", "服务质量"]])).toBe(0);
    expect(service([["", "", ""]], true)).toBe(-5);
  });
  test("a wider range is read by its headers", () => {
    const sheet = [
      ["季度", "被评单位", "评议企业", "服务态度", "工作效率", "服务质量"],
      ["2023Q1", "发改委", "企业1", 20, 40, 40],
      ["2023Q1", "发改委", "企业2", 10, 20, 30],
    ];
    expect(service(sheet)).toBe(80);
  });
  test.each([
    [[[21, 40, 40]], "0–20"],
    [[[20, 41, 40]], "0–40"],
    [[[20, 40, -1]], "0–40"],
    [[[20, "", 40]], "工作效率"],
    [[[20, 40]], "3列"],
    [[[20, 40, 40, 1]], "3列"],
  ])("%p → #VALUE! (%s)", (range, text) => {
    const e = thrown(() => service(range));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain(text);
  });
  test("an error cell in the range → #VALUE! naming the error", () => {
    expect(thrown(() => service([[20, "#N/A", 40]])).message).toContain("#N/A");
  });
});

describe("SANPI.TARGET (附件2, rules §3)", () => {
  test("annual targets: towns 12/4/4/3, 经开区 20/8/8/6, departments 6/2/2/1", () => {
    expect(["谋划", "签约", "开工", "投产"].map((s) => target("临汝镇", s))).toEqual([12, 4, 4, 3]);
    expect(["谋划", "签约", "开工", "投产"].map((s) => target("经开区", s))).toEqual([20, 8, 8, 6]);
    expect(["谋划", "签约", "开工", "投产"].map((s) => target("市发展改革委", s))).toEqual([6, 2, 2, 1]);
  });
  test("quarterly: roundHalfUp(annual × q / 4)", () => {
    const q = (unit: string, stage: string) => [1, 2, 3, 4].map((n) => target(unit, stage, n));
    expect(q("临汝镇", "投产")).toEqual([1, 2, 2, 3]); // annual 3
    expect(q("发改委", "投产")).toEqual([0, 1, 1, 1]); // annual 1
    expect(q("临汝镇", "开工")).toEqual([1, 2, 3, 4]); // annual 4
    expect(q("发改委", "签约")).toEqual([1, 1, 2, 2]); // annual 2: 50 % by Q1
    expect(target("临汝镇", "谋划", "2023Q1")).toBe(3);
    expect(target("临汝镇", "谋划", "2023-Q2")).toBe(6);
    expect(target("临汝镇", "谋划", "Q3")).toBe(9);
  });
  test("a service-only unit has no targets: #N/A", () => {
    const e = thrown(() => target("统计局", "谋划"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("统计局");
  });
  test("an unknown unit: #N/A with suggestions", () => {
    const e = thrown(() => target("临汝乡", "谋划"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("临汝镇");
  });
});

describe("SANPI.RANK (rules §6)", () => {
  const col = (xs: unknown[]) => xs.map((x) => [x]);
  test("competition ranks: 1, 2, 2, 4", () => {
    const scores = col([90, 85, 85, 70]);
    expect([90, 85, 70].map((s) => rank(s, scores))).toEqual([1, 2, 4]);
  });
  test("blanks, text and TRUE/FALSE are ignored; equal after rounding to 2 decimals", () => {
    const scores = col(["总分", 90.004, "", null, 90.001, true, 80]);
    expect(rank(90.001, scores)).toBe(1);
    expect(rank(80, scores)).toBe(3);
    expect(rank(90.006, col([90.006, 90.001]))).toBe(1);
    expect(rank(90.001, col([90.006, 90.001]))).toBe(2);
  });
  test("an error value among the scores → #VALUE!", () => {
    expect(thrown(() => rank(1, col([1, "#DIV/0!"]))).message).toContain("#DIV/0!");
  });
});

describe("SANPI.AWARD (rules §6)", () => {
  test("groups A and B: 30, 20, 20, 10, 10, then 0; group C: 10, 5, 5, then 0", () => {
    for (const g of ["A", "乡镇街道", "B", "市直单位", "b"]) expect([1, 2, 3, 4, 5, 6].map((r) => award(r, g))).toEqual([30, 20, 20, 10, 10, 0]);
    for (const g of ["C", "服务保障"]) expect([1, 2, 3, 4].map((r) => award(r, g))).toEqual([10, 5, 5, 0]);
  });
  test("tied units share the places they occupy", () => {
    expect(award(1, "A", 2)).toBe((30 + 20) / 2);
    expect(award(5, "A", 3)).toBe(3.33);
    expect(award(2, "C", 3)).toBe(3.33);
    expect(award(4, "B", 2)).toBe(10);
  });
  test("an unknown group: #N/A", () => {
    const e = thrown(() => award(1, "D"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("A/B/C");
  });
});
