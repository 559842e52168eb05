// Issue 15 §3.5 and §3.6: arguments a clerk (or a hostile cell) can type that once
// hung the shared runtime or reached Object.prototype.
import { thrown } from "./support/custom-functions";
import { award, target } from "../../src/functions/functions";
import { builtinProfile } from "../../src/engine";
import { hasBuiltin } from "../../src/engine/profile/builtin";
import { parseBatches } from "../../src/engine/parse/cells";
import { awardForRank } from "../../src/engine/score/ranking";
import { parseArgs } from "../../src/cli/args";
import { CliError } from "../../src/cli/errors";

const PROTO_WORDS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];
const sizeOf = (zh: string) => builtinProfile().groups.find((g) => g.names.includes(zh))!.members.length;

describe("SANPI.AWARD never loops per tied unit (§3.5)", () => {
  test.each([1e15, 1e9, 25])("AWARD(1,\"乡镇街道\",%p) is #VALUE! naming the group's size", (tied) => {
    const e = thrown(() => award(1, "乡镇街道", tied));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("并列数");
    expect(e.message).toContain(String(sizeOf("乡镇街道")));
  });
  test("the whole group tied is still a tie: every place's award shared", () => {
    const n = sizeOf("服务保障");
    const total = builtinProfile().groups.find((g) => g.names.includes("服务保障"))!.awards.reduce((a, b) => a + b, 0);
    expect(award(1, "服务保障", n)).toBe(Math.round((total / n) * 100) / 100);
    expect(thrown(() => award(1, "服务保障", n + 1)).code).toBe("#VALUE!");
  });
  test("the engine's award is closed over the table: any rank and tie count answer at once", () => {
    expect(awardForRank(1e15, [30, 20], 1e15)).toBe(0);
    expect(awardForRank(1, [30, 20], 1e12)).toBe(0); // 50 over 1e12 units rounds to 0
    expect(awardForRank(2, [30, 20, 20], 2)).toBe(20);
  });
});

describe("user text never reaches Object.prototype (§3.6)", () => {
  test.each(PROTO_WORDS)("SANPI.TARGET stage %p is #VALUE! saying which stages exist", (stage) => {
    const e = thrown(() => target("临汝镇", stage));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("谋划");
  });
  test.each(PROTO_WORDS)("a 省三个一批 cell %p is a batch error, not a batch", (word) => {
    expect(parseBatches(word).ok).toBe(false);
  });
  test.each(PROTO_WORDS)("a profile file extending %p is no built-in profile", (id) => {
    expect(hasBuiltin(id)).toBe(false);
  });
  test.each(PROTO_WORDS)("--%s is an unknown option", (name) => {
    let err: unknown;
    try {
      parseArgs(["check", "a.xlsx", `--${name}`, "x"]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).message).toContain(`--${name}`);
    expect((err as CliError).message).toContain("未知");
  });
});
