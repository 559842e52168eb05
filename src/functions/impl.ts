// What each SANPI function computes, over arguments already coerced by the
// runner (run.ts): thin calls into the engine's rules, one per table entry; a
// scored item's formula is its rule version's for the profile's year (formulas.ts).
import { eitherLang, listed } from "../engine/messages";
import { parseAmount, parseNumber } from "../engine/parse/cells";
import { normaliseHeader } from "../engine/parse/table";
import type { Profile } from "../engine/profile/types";
import { awardForRank, rankOf } from "../engine/score/ranking";
import { formulasFor } from "../engine/score/formulas";
import { isEligible, quarterTarget, tierLabel } from "../engine/score/rules";
import type { CellValue } from "../engine/types";
import { errorArg, excelError, hint, invalid, type ArgContext } from "./coerce";
import { breakdownRow, rankingTable, unitQuarterScore } from "./ledger";
import { displayLang, notAvailable } from "./errors";
import { FUNCTIONS, type ArgsOf, type FunctionId, type ResultOf } from "./table";

export type Implementations = { [K in FunctionId]: (profile: Profile, ...args: ArgsOf<K>) => ResultOf<K> };

const ctx = (profile: Profile, id: FunctionId, index: number): ArgContext => ({ param: FUNCTIONS[id].params[index], profile });

const isBlankCell = (v: CellValue): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** SERVICE: the evaluation rows of an n×3 range (or a wider one with the three headers). */
function evaluationTotals(profile: Profile, range: CellValue[][]): number[] {
  const c = ctx(profile, "SERVICE", 0);
  const parts = profile.evaluation.parts;
  const rows = range.map((r, i) => ({ cells: r, line: i + 1 })).filter((r) => !r.cells.every(isBlankCell));
  let columns: number[] = parts.map((_, i) => i);
  let byHeader = false;
  const first = rows[0];
  const isText = (v: CellValue) => typeof v === "string" && !isBlankCell(v) && !parseNumber(v).ok;
  if (first && first.cells.some(isText) && !first.cells.some((v) => excelError(v))) {
    rows.shift();
    const headers = first.cells.map((h) => normaliseHeader(h));
    const found = parts.map((p) => headers.indexOf(normaliseHeader(p.header)));
    if (found.every((i) => i >= 0)) [columns, byHeader] = [found, true];
  }
  const width = Math.max(0, ...range.map((r) => r.length));
  if (!byHeader && width !== parts.length) {
    throw invalid(c, range, hint("arg.hint.evaluationColumns", { count: parts.length, headers: listed(parts.map((p) => p.header)) }));
  }
  return rows.map(({ cells, line }) =>
    columns.reduce((sum, col, k) => {
      const v = cells[col];
      const err = excelError(v);
      if (err) throw errorArg(c, err);
      const n = parseNumber(v);
      const part = parts[k];
      if (!n.ok || n.value === null || n.value < 0 || n.value > part.max) {
        throw invalid(c, v, hint("arg.hint.evaluationCell", { line, header: part.header, max: part.max }));
      }
      return sum + n.value;
    }, 0),
  );
}

/** PLANNING: the amounts of an investments range; blanks are skipped, and a text header row. */
function investmentsOf(profile: Profile, range: CellValue[][]): number[] {
  const c = ctx(profile, "PLANNING", 4);
  const cells = range.flat().filter((v) => !isBlankCell(v));
  const out: number[] = [];
  cells.forEach((v, i) => {
    const err = excelError(v);
    if (err) throw errorArg(c, err);
    const r = parseAmount(v);
    if (r.ok && r.value !== null) out.push(r.value);
    else if (!(i === 0 && typeof v === "string")) throw invalid(c, v, hint("arg.hint.investment"));
  });
  return out;
}

/** RANK: the numbers of a range; blanks, text and TRUE/FALSE are ignored, error values are not. */
function scoresOf(profile: Profile, range: CellValue[][]): number[] {
  const out: number[] = [];
  for (const row of range) {
    for (const v of row) {
      const err = excelError(v);
      if (err) throw errorArg(ctx(profile, "RANK", 1), err);
      if (typeof v === "boolean") continue;
      const n = parseNumber(v);
      if (n.ok && n.value !== null && Number.isFinite(n.value)) out.push(n.value);
    }
  }
  return out;
}

export const IMPLEMENTATIONS: Implementations = {
  AMOUNT: (_p, value) => value,
  TIER: (_p, investment) => tierLabel(investment),
  ELIGIBLE: (_p, investment, category) => isEligible(category, investment),
  BONUS: (p, investment, category, advanced) => formulasFor(p.year).size(p, category, investment, advanced),
  PLANNING(p, target, planned, lowTierProjects, topTierProjects, investments) {
    // 附件3 四(一)1(1): tiers kept highest first; the counts are of the projects reaching only the lowest
    // tier and of those reaching the highest (2023: ≥ 2亿 and ≥ 5亿 元), the investments range earns each
    // project its highest tier, for a tier list of any length.
    const formula = formulasFor(p.year).planning;
    const tiers = p.values["planning.tiers"];
    const topPoints = tiers[0]?.points ?? 0;
    const lowPoints = tiers[tiers.length - 1]?.points ?? 0;
    const fromInvestments = investments ? investmentsOf(p, investments).reduce((a, inv) => a + formula.projectBonus(p, inv), 0) : 0;
    return formula.points(p, target, planned, lowTierProjects * lowPoints + topTierProjects * topPoints + fromInvestments);
  },
  SIGNING(p, target, signed, due, startedOnTime) {
    if (startedOnTime > due) {
      throw invalid(ctx(p, "SIGNING", 3), startedOnTime, hint("arg.hint.startedOnTime", { due }));
    }
    const formula = formulasFor(p.year).signing;
    return formula.signPart(p, target, signed) + formula.startPart(p, signed, due, startedOnTime);
  },
  GUARANTEE: (p, meetingsOk, elementDeduction) => formulasFor(p.year).guarantee(p, meetingsOk, elementDeduction),
  SERVICE: (p, evaluations, oneSizeFitsAll) => formulasFor(p.year).evaluation(p, evaluationTotals(p, evaluations), oneSizeFitsAll),
  // The 目标任务 and 考评参数 ranges are in the profile already (run.ts resolves it from them).
  SCORE: (p, ledger, unit, quarter, inputs) => [[unitQuarterScore(p, { ledger, inputs }, unit, quarter).total]],
  BREAKDOWN: (p, ledger, unit, quarter, inputs) => [breakdownRow(unitQuarterScore(p, { ledger, inputs }, unit, quarter))],
  RANKING: (p, ledger, group, period, inputs, _targets, _params, evaluations) => rankingTable(p, { ledger, inputs, evaluations }, group, period, displayLang()),
  // The unit is resolved against the effective profile (run.ts): its targets are already 目标任务's.
  TARGET(_p, unit, stage, quarter) {
    if (!unit.targets) throw notAvailable("arg.unitNoTasks", { value: unit.name });
    const annual = unit.targets[stage];
    return quarter === null ? annual : quarterTarget(annual, quarter.quarter);
  },
  RANK: (p, score, scores) => rankOf(score, scoresOf(p, scores)),
  AWARD(p, rank, group, tied) {
    // No more units can share a rank than the group has (issue 15 §3.5: 1E+15 tied units is a typo, not a tie).
    const size = group.members.length;
    if (tied > size) throw invalid(ctx(p, "AWARD", 2), tied, hint("arg.hint.tiedMax", { size, group: eitherLang(group.zh, group.en) }));
    return awardForRank(rank, group.awards, tied);
  },
};
