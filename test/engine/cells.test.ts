// Cell parsers (workbook-format §2) and unit names (rules §1).
import fc from "fast-check";
import { parseAmount, parseBatches, parseBool, parseDate, parseQuarter } from "../../src/engine/parse/cells";
import { addMonthsClamped, serialToIso, ymdToSerial } from "../../src/engine/parse/dates";
import { resolveUnit, suggestUnits } from "../../src/engine/parse/units";
import { builtinProfile } from "../../src/engine/profile/builtin";
import { d } from "../support/book";

const BUILTIN = builtinProfile();

const value = <T>(r: { ok: boolean; value?: T }) => (r.ok ? r.value : "ERR");
const code = (r: { ok: boolean; code?: string }) => (r.ok ? "ok" : r.code);

describe("amounts in 万元", () => {
  test.each<[unknown, number | null | string]>([
    [12000, 12000], ["12000", 12000], ["1,200", 1200], ["１２０００", 12000], ["1.5亿", 15000], ["1.5亿元", 15000],
    ["5000万", 5000], ["5000万元", 5000], ["800000元", 80], ["0.8亿", 8000], ["1.2亿元", 12000], [" 25,000 ", 25000],
    ["", null], [null, null], [0, 0],
    [-500, "ERR"], ["-500", "ERR"], ["约两亿", "ERR"], ["abc", "ERR"], [true, "ERR"], ["#N/A", "ERR"], [{ error: "#REF!" }, "ERR"],
  ])("%p → %p", (input, expected) => {
    expect(value(parseAmount(input as never))).toEqual(expected);
  });
  test("error values are cell.error, bad text is amount.invalid", () => {
    expect(code(parseAmount("#DIV/0!"))).toBe("cell.error");
    expect(code(parseAmount("约两亿"))).toBe("amount.invalid");
    expect(code(parseAmount(-1))).toBe("amount.invalid");
  });
  test("format-then-parse keeps the amount (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        expect(value(parseAmount(String(n)))).toBe(n);
        expect(value(parseAmount(n.toLocaleString("en-US")))).toBe(n);
        expect(value(parseAmount(`${n}万元`))).toBe(n);
        expect(value(parseAmount(`${n / 10000}亿`))).toBeCloseTo(n, 6);
        expect(value(parseAmount(`${n * 10000}元`))).toBe(n);
      }),
    );
  });
});

describe("dates", () => {
  const iso = (v: unknown) => {
    const r = parseDate(v as never);
    return r.ok ? (r.value === null ? null : serialToIso(r.value)) : "ERR";
  };
  test.each<[unknown, string | null]>([
    [45000, "2023-03-15"], ["2023-03-15", "2023-03-15"], ["2023/3/15", "2023-03-15"], ["2023.3.15", "2023-03-15"],
    ["2023年3月15日", "2023-03-15"], ["２０２３-０３-１５", "2023-03-15"], [new Date(Date.UTC(2023, 2, 15)), "2023-03-15"],
    [45000.75, "2023-03-15"], ["", null], [null, null],
    ["2023-02-30", "ERR"], ["下个月", "ERR"], ["2023-13-01", "ERR"], [true, "ERR"], ["#VALUE!", "ERR"], [-3, "ERR"],
  ])("%p → %p", (input, expected) => {
    expect(iso(input)).toBe(expected);
  });
  test("a Date is read as its UTC calendar day, whatever the local zone", () => {
    expect(iso(new Date("2023-03-31T23:30:00Z"))).toBe("2023-03-31");
    expect(iso(new Date("2023-04-01T00:00:00Z"))).toBe("2023-04-01");
  });
  test("format-then-parse keeps the date (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: ymdToSerial(1990, 1, 1), max: ymdToSerial(2060, 12, 31) }), (serial) => {
        const [y, m, dd] = serialToIso(serial).split("-").map(Number);
        for (const text of [serialToIso(serial), `${y}/${m}/${dd}`, `${y}.${m}.${dd}`, `${y}年${m}月${dd}日`]) {
          expect(value(parseDate(text))).toBe(serial);
        }
        expect(value(parseDate(new Date(Date.UTC(y, m - 1, dd))))).toBe(serial);
        expect(value(parseDate(serial))).toBe(serial);
      }),
    );
  });
  test.each([
    ["2023-01-31", "2023-04-30"],
    ["2023-11-30", "2024-02-29"],
    ["2023-03-15", "2023-06-15"],
  ])("%s + 3 months (clamped) = %s", (from, to) => {
    expect(serialToIso(addMonthsClamped(d(from), 3))).toBe(to);
  });
});

describe("yes/no and provincial batches", () => {
  test.each<[unknown, boolean | string]>([
    ["是", true], ["否", false], ["Y", true], ["n", false], ["yes", true], ["NO", false], [true, true], [false, false],
    ["TRUE", true], ["false", false], [1, true], [0, false], ["1", true], ["√", true], ["×", false], ["", false], [null, false],
    ["也许", "ERR"], [2, "ERR"], ["#N/A", "ERR"],
  ])("%p → %p", (input, expected) => {
    expect(value(parseBool(input as never))).toBe(expected);
  });
  test.each<[unknown, string]>([
    ["是", "sign,start,commission"], ["否", ""], ["开工、投产", "start,commission"], ["签约,开工", "sign,start"],
    ["签约/投产", "sign,commission"], ["开工 投产", "start,commission"], ["签约，开工，投产", "sign,start,commission"], ["", ""],
  ])("batches %p → %s", (input, expected) => {
    const r = parseBatches(input as never);
    expect(r.ok && Object.entries(r.value).filter(([, v]) => v).map(([k]) => k).join(",")).toBe(expected);
  });
  test("an unknown batch is an error", () => {
    expect(code(parseBatches("竣工"))).toBe("bool.invalid");
  });
});

describe("quarters", () => {
  test.each<[unknown, string]>([
    ["2023Q1", "2023Q1"], ["2023-Q2", "2023Q2"], ["2023年第三季度", "2023Q3"], ["2023年第四季度", "2023Q4"], ["Q4", "2023Q4"],
    [1, "2023Q1"], ["3", "2023Q3"], ["2023q2", "2023Q2"], ["第二季度", "2023Q2"], ["2024Q1", "2024Q1"],
    ["2023Q5", "ERR"], [5, "ERR"], ["明年", "ERR"], [null, "ERR"],
  ])("%p → %s", (input, expected) => {
    const r = parseQuarter(input as never, 2023);
    expect(r.ok ? `${r.value.year}Q${r.value.quarter}` : "ERR").toBe(expected);
  });
});

describe("unit names (rules §1)", () => {
  test.each<[string, string | null]>([
    ["临汝镇", "临汝镇"], [" 汝州市临汝镇 ", "临汝镇"], ["经开区", "经开区管委会"], ["汝瓷电商园", "汝瓷电子商务产业园"],
    ["汝瓷电子商务产业园管委会", "汝瓷电子商务产业园"], ["温泉农村融合发展产业园管委会", "温泉农村融合发展产业园"],
    ["市发展改革委", "发改委"], ["发展和改革委员会", "发改委"], ["汝州市工业和信息化局", "工信局"], ["住建局", "住房城乡建设局"],
    ["自规局", "自然资源和规划局"], ["自然资源局", "自然资源和规划局"], ["市卫生健康委", "卫健委"], ["文化广电和旅游局", "文广旅局"],
    ["国网汝州市供电公司", "供电公司"], ["市行政务服务中心", "行政服务中心"], ["生态环境局", "生态环境局汝州分局"],
    ["市场监管局", "市场监管局"], ["市市场监管局", "市场监管局"], ["汝州市市场监管局", "市场监管局"],
    ["教体局（教育）", "教体局(教育)"], ["市教体局<体育>", "教体局(体育)"], ["教体局＜教育＞", "教体局(教育)"], ["教体局 (教育)", "教体局(教育)"],
    ["汝州市不存在局", null], ["", null],
  ])("%p → %p", (raw, expected) => {
    expect(resolveUnit(BUILTIN, raw)?.name ?? null).toBe(expected);
  });
  test("unknown names get the nearest known names", () => {
    expect(suggestUnits(BUILTIN, "临汝乡")).toContain("临汝镇");
    expect(suggestUnits(BUILTIN, "汝州市交通局")).toContain("交通运输局");
  });
  test("67 unit slots in three groups", () => {
    const count = (g: string) => BUILTIN.units.filter((u) => u.groups.includes(g as never)).length;
    expect([count("towns"), count("departments"), count("service")]).toEqual([24, 25, 18]);
  });
});
