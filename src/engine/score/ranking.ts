// Ranking and awards (附件3 三, 五; rules §6).
import { round2 } from "./rules";

/**
 * Competition ranks, descending, compared after rounding to 2 decimals:
 * equal scores share a rank and the next rank skips (1, 2, 2, 4).
 */
export function competitionRanks(scores: number[]): number[] {
  const rounded = scores.map((s) => round2(s));
  return rounded.map((s) => 1 + rounded.filter((o) => o > s).length);
}

/** Rank of `score` among `scores` (blanks already removed), as SANPI.RANK gives it. */
export function rankOf(score: number, scores: number[]): number {
  const rounded = round2(score);
  return 1 + scores.filter((o) => round2(o) > rounded).length;
}

/**
 * Awards in 万元 by position. `order` lists units sorted by rank; award places
 * are counted among eligible units only, in rank order; tied eligible units
 * share the places they occupy, each getting the mean of those places'
 * awards, rounded to 2 decimals. Ineligible units get 0.
 */
export function assignAwards(order: { rank: number; eligible: boolean }[], table: number[]): number[] {
  const out = order.map(() => 0);
  const eligible = order.map((u, i) => ({ ...u, i })).filter((u) => u.eligible);
  let place = 0;
  for (let k = 0; k < eligible.length;) {
    let j = k;
    while (j < eligible.length && eligible[j].rank === eligible[k].rank) j++;
    const tiedCount = j - k;
    let sum = 0;
    for (let position = place; position < place + tiedCount; position++) sum += table[position] ?? 0;
    const share = round2(sum / tiedCount);
    for (let m = k; m < j; m++) out[eligible[m].i] = share;
    place += tiedCount;
    k = j;
  }
  return out;
}

/** Award of a unit at `rank` with `tied` units sharing it, all eligible (SANPI.AWARD). */
export function awardForRank(rank: number, table: number[], tied = 1): number {
  // Places past the award table earn nothing: the loop ends there, whatever `rank` and `tied` are.
  let sum = 0;
  for (let position = Math.max(0, rank - 1); position < Math.min(table.length, rank - 1 + tied); position++) sum += table[position];
  return round2(sum / tied);
}
