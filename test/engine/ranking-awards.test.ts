// Ranking and awards (附件3 三, 五; rules §6), group C (附件3 四(二); rules §5), annual sums.
import fc from "fast-check";
import { builtinProfile } from "../../src/engine/profile/builtin";
import { assignAwards, awardForRank, competitionRanks } from "../../src/engine/score/ranking";
import { quarterTarget } from "../../src/engine/score/rules";
import { book, d, evaluationsSheet, inputsSheet, project } from "../support/book";
import { Q, report, serviceScore, unitScore, YEAR } from "../support/score";

const BUILTIN = builtinProfile();

const AB = BUILTIN.groups[0].awards;
const C = BUILTIN.groups[2].awards;

describe("quarterly targets (rules §3): roundHalfUp(annual × q / 4)", () => {
  test.each([
    [3, [1, 2, 2, 3]],
    [1, [0, 1, 1, 1]],
    [4, [1, 2, 3, 4]],
    [2, [1, 1, 2, 2]],
    [12, [3, 6, 9, 12]],
    [20, [5, 10, 15, 20]],
    [6, [2, 3, 5, 6]],
  ])("annual %d → %j", (annual, expected) => {
    expect([1, 2, 3, 4].map((q) => quarterTarget(annual, q))).toEqual(expected);
  });
});

describe("competition ranks (rules §6)", () => {
  test.each([
    [[90, 80, 80, 70], [1, 2, 2, 4]],
    [[1, 2, 3], [3, 2, 1]],
    [[50.004, 50.001, 49], [1, 1, 3]], // equal after rounding to 2 decimals
    [[-3, -3, 0], [2, 2, 1]],
    [[], []],
  ])("%j → %j", (scores, ranks) => {
    expect(competitionRanks(scores)).toEqual(ranks);
  });

  test("ranks do not depend on order (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -500, max: 500, noNaN: true }), { maxLength: 30 }), fc.nat(), (scores, seed) => {
        const ranks = competitionRanks(scores);
        const perm = scores.map((s, i) => ({ s, i, k: (i * 7919 + seed) % 101 })).sort((a, b) => a.k - b.k);
        const permRanks = competitionRanks(perm.map((p) => p.s));
        perm.forEach((p, j) => expect(permRanks[j]).toBe(ranks[p.i]));
      }),
    );
  });

  test("a higher score never ranks below a lower one (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -500, max: 500, noNaN: true }), { minLength: 2, maxLength: 30 }), (scores) => {
        const ranks = competitionRanks(scores);
        for (let i = 0; i < scores.length; i++)
          for (let j = 0; j < scores.length; j++) if (scores[i] > scores[j] + 0.01) expect(ranks[i]).toBeLessThan(ranks[j]);
      }),
    );
  });
});

describe("awards 附件3 五(一)", () => {
  const e = (rank: number, eligible = true) => ({ rank, eligible });
  test.each<[string, { rank: number; eligible: boolean }[], number[], number[]]>([
    ["places 1–5 of groups A and B", [e(1), e(2), e(3), e(4), e(5), e(6)], AB, [30, 20, 20, 10, 10, 0]],
    ["two tied for 1st share (30 + 20) / 2", [e(1), e(1), e(3), e(4)], AB, [25, 25, 20, 10]],
    ["three tied at 5th share (10 + 0 + 0) / 3", [e(1), e(2), e(3), e(4), e(5), e(5), e(5)], AB, [30, 20, 20, 10, 3.33, 3.33, 3.33]],
    ["an ineligible 1st keeps no award; places go to the eligible", [e(1, false), e(2), e(3), e(4)], C, [0, 10, 5, 5]],
    ["group C: 10, 5, 5", [e(1), e(2), e(2), e(4)], C, [10, 5, 5, 0]],
  ])("%s", (_n, order, table, expected) => {
    expect(assignAwards(order, table)).toEqual(expected);
  });

  test("the award budget is never exceeded (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.boolean()), { maxLength: 25 }), (raw) => {
        const scores = raw.map(([s]) => s);
        const ranks = competitionRanks(scores);
        const order = raw.map(([, el], i) => ({ rank: ranks[i], eligible: el })).sort((a, b) => a.rank - b.rank);
        const total = assignAwards(order, AB).reduce((a, b) => a + b, 0);
        expect(total).toBeLessThanOrEqual(AB.reduce((a, b) => a + b, 0) + 0.05);
      }),
    );
  });

  test("SANPI.AWARD shape: rank and tied count", () => {
    expect(awardForRank(1, AB, 2)).toBe(25);
    expect(awardForRank(5, AB, 3)).toBe(3.33);
    expect(awardForRank(6, AB)).toBe(0);
  });
});

describe("annual result (附件3 三)", () => {
  const rows = [project({ 谋划日期: d("2023-02-01"), 签约日期: d("2023-05-01") }), project({ 谋划日期: d("2023-08-01") })];
  test("the year is the sum of the four quarters, at full precision", () => {
    const year = unitScore(book(rows), YEAR);
    const sum = [1, 2, 3, 4].reduce((a, q) => a + unitScore(book(rows), Q(q as 1)).total, 0);
    expect(year.total).toBeCloseTo(sum, 9);
  });
  test("awards only for the full year; a partial year is labelled", () => {
    expect(report(book(rows), Q(2)).groups[0].rows[0].award).toBeNull();
    expect(report(book(rows), YEAR).groups[0].rows[0].award).toBe(30);
    const partial = report(book(rows), { year: 2023, kind: "year", quarter: 3 });
    expect(partial.label).toContain("部分");
    expect(partial.groups[0].rows[0].award).toBeNull();
  });
  test("every unit of every group appears, sorted by rank then plan order", () => {
    const r = report(book([]), Q(1));
    expect(r.groups.map((g) => g.rows.length)).toEqual([24, 25, 18]);
    // With no data the 23 towns with annual 12 tie (planning 4 + service 10); 经开区 (annual 20) scores 10.
    expect(r.groups[0].rows.map((x) => x.unit).slice(0, 3)).toEqual(["汝瓷电子商务产业园", "温泉农村融合发展产业园", "温泉镇"]);
    expect(r.groups[0].rows.map((x) => x.rank).slice(0, 3)).toEqual([1, 1, 1]);
    expect(r.groups[0].rows[23]).toMatchObject({ unit: "经开区管委会", rank: 24, total: 10 });
  });
});

describe("group C 附件3 四(二)", () => {
  const evals = (rows: [unknown, unknown, number, number, number][]) => ({ 企业评议: evaluationsSheet(rows as never) });
  test("the quarter's score is the mean of the row totals", () => {
    const b = book([], evals([["2023Q1", "统计局", 20, 40, 40], ["2023Q1", "市统计局", 10, 30, 20]]));
    const s = serviceScore(b, Q(1), "统计局");
    expect(s.total).toBe(80);
    expect(s.evaluations).toBe(2);
  });
  test("an out-of-range part is an error and the row is left out", () => {
    const b = book([], evals([["2023Q1", "统计局", 21, 40, 40], ["2023Q1", "统计局", 10, 30, 20]]));
    expect(serviceScore(b, Q(1), "统计局").total).toBe(60);
    expect(report(b).issues.find((i) => i.code === "evaluation.outOfRange")).toMatchObject({ row: 2, column: "服务态度", cell: "D2" });
  });
  test("no evaluations with the sheet present: 0 and an error on the unit", () => {
    const b = book([], evals([["2023Q1", "统计局", 20, 40, 40]]));
    expect(serviceScore(b, Q(1), "人防办").total).toBe(0);
    expect(report(b).issues.some((i) => i.code === "evaluation.missing" && i.message.includes("人防办"))).toBe(true);
  });
  test("without the sheet: zeros and one warning", () => {
    const r = report(book([]));
    expect(r.groups[2].rows.every((x) => x.total === 0)).toBe(true);
    expect(r.issues.filter((i) => i.sheet === "企业评议")).toHaveLength(1);
  });
  test("ties are listed in group C's own order of rules §1 (统计局 before 住房城乡建设局)", () => {
    const rows: [unknown, unknown, number, number, number][] = [["2023Q1", "住建局", 20, 40, 40], ["2023Q1", "统计局", 20, 40, 40]];
    const c = report(book([], evals(rows))).groups[2].rows;
    expect(c.slice(0, 2).map((r) => [r.unit, r.rank])).toEqual([["统计局", 1], ["住房城乡建设局", 1]]);
    expect(c.slice(2).map((r) => r.unit)).toEqual(BUILTIN.groups[2].members.filter((m) => m !== "统计局" && m !== "住房城乡建设局"));
  });
  test("a count other than 30 is a warning", () => {
    const b = book([], evals([["2023Q1", "统计局", 20, 40, 40]]));
    expect(report(b).issues.find((i) => i.code === "evaluation.count")).toMatchObject({ severity: "warning" });
  });
  test("环保一刀切: −5 that quarter, ineligible from then on; B eligibility kept", () => {
    const rows: [unknown, unknown, number, number, number][] = [1, 2, 3, 4].map((q) => [q, "财政局", 20, 40, 40]);
    const b = book([], { ...evals(rows), 考核录入: inputsSheet([{ 季度: 2, 单位: "财政局", 环保一刀切: "是" }]) });
    expect(serviceScore(b, Q(1), "财政局")).toMatchObject({ total: 100, awardEligible: true });
    expect(serviceScore(b, Q(2), "财政局")).toMatchObject({ total: 95, awardEligible: false });
    expect(serviceScore(b, Q(3), "财政局")).toMatchObject({ total: 100, awardEligible: false });
    expect(serviceScore(b, YEAR, "财政局")).toMatchObject({ total: 395, awardEligible: false, award: 0 });
    expect(unitScore(b, YEAR, "财政局").awardEligible).toBe(true);
  });
});
