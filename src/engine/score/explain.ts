// Building explanation lines (rules §4): each line carries its points, its
// clause in both languages, the catalogue's text in both languages with the
// profile's numbers filled in, and the rows behind it.
import { formatText, message, phraseOf, type MessageParams, type MessageText } from "../messages";
import type { Project } from "../parse/ledger";
import { clauseText } from "../profile/clauses";
import { amountText } from "../profile/forms";
import { FUNDS, type Tier } from "../profile/schema";
import type { Profile } from "../profile/types";
import type { ExplanationLine, ScoreItem } from "../report";
import type { Lang } from "../types";

/** What a score item returns: its points and the lines that explain them. */
export interface ItemResult {
  points: number;
  lines: ExplanationLine[];
}

/** A number as explanations show it: up to 2 decimals. */
export const fmt = (x: number): string => String(Math.round(x * 100) / 100);

export const rowsOf = (ps: Project[]): number[] => ps.map((p) => p.row);

/** A message's params, or a function making them when the text is first read (most lines are never read). */
export type LazyParams = MessageParams | (() => MessageParams);

export interface LineSpec {
  item: ScoreItem;
  points: number;
  clause: string;
  /** The item's text (its module's messages), with `params` filled in. */
  text: MessageText;
  params: LazyParams;
  rows?: number[];
  sheet?: string;
}

export const paramsOf = (p: LazyParams): MessageParams => (typeof p === "function" ? p() : p);

const clausesEn = new Map<string, string>();
const clauseEn = (zh: string): string => {
  let en = clausesEn.get(zh);
  if (en === undefined) clausesEn.set(zh, (en = clauseText(zh, "en")));
  return en;
};

/**
 * An explanation line whose texts are formatted on first read: a year's report
 * has thousands of lines, and a run shows few of them (or only one language).
 */
class Line implements ExplanationLine {
  readonly sheet?: string;
  private params: MessageParams | null = null;
  private zh: string | null = null;
  private en: string | null = null;
  constructor(
    readonly item: ScoreItem,
    readonly points: number,
    readonly clause: string,
    readonly rows: number[],
    readonly quarter: number,
    private readonly message: MessageText,
    private readonly lazyParams: LazyParams,
    sheet: string | undefined,
  ) {
    if (sheet) this.sheet = sheet;
  }
  private get filled(): MessageParams {
    return (this.params ??= paramsOf(this.lazyParams));
  }
  get text(): string {
    return (this.zh ??= formatText(this.message, this.filled, "zh"));
  }
  get textEn(): string {
    return (this.en ??= formatText(this.message, this.filled, "en"));
  }
  get clauseEn(): string {
    return clauseEn(this.clause);
  }
}

export const line = (quarter: number, spec: LineSpec): ExplanationLine => new Line(spec.item, spec.points, spec.clause, spec.rows ?? [], quarter, spec.text, spec.params, spec.sheet);

/** An item of one line. */
export const single = (quarter: number, spec: LineSpec): ItemResult => ({ points: spec.points, lines: [line(quarter, spec)] });

/** A bonus or deduction: no line when it earns nothing. */
export const whenEarned = (quarter: number, spec: LineSpec): ItemResult => (spec.points === 0 ? { points: 0, lines: [] } : single(quarter, spec));

const amount = (n: number, lang: Lang): string => (lang === "en" ? `≥ ${amountText(n, lang)}` : amountText(n));

/** Tiers as a sentence, smallest first: `2亿元以上加2分、5亿元以上加4分`. */
export function tiersText(tiers: Tier[], lang: Lang): string {
  return [...tiers]
    .sort((a, b) => a.min - b.min)
    .map((t) => message("explain.tier", { amount: amount(t.min, lang), points: fmt(t.points) }, lang))
    .join(lang === "en" ? ", " : "、");
}

/** The smallest tier's start: `2亿元` / `≥ 200M`. */
export function lowestStart(tiers: Tier[], lang: Lang): string {
  const min = tiers.length ? Math.min(...tiers.map((t) => t.min)) : 0;
  return lang === "en" ? amount(min, lang) : `${amountText(min)}元`;
}

/** The tier texts of a tiers parameter, for a message's params (in the message's language). */
export const tierParams = (tiers: Tier[]): MessageParams => ({
  tiers: (lang) => tiersText(tiers, lang),
  lowest: (lang) => lowestStart(tiers, lang),
});

/** The discretionary tail of 开工/投产 when the input beats the formula (rules §4.3–§4.4). */
export const discretionaryTail = (points: number, formula: number): MessageParams["name"] => (points > formula ? phraseOf("explain.discretionary", { points: fmt(points) }) : "");

/** The fund types, with the declared minimum where there is one: `中央预算内1000万元以上或专项债`. */
export function fundsText(profile: Profile, lang: Lang, withMinimum: boolean): string {
  return FUNDS.map((f) => {
    if (!withMinimum || !f.declaredMin) return f.name;
    const min = profile.values[f.declaredMin] as number;
    return message("explain.fundMin", { fund: f.name, amount: amountText(min, lang) }, lang);
  }).join(message("explain.fundsOr", {}, lang));
}
