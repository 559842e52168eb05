// The phrases explanation lines share (rules §4–§5): tiers, fund types, the
// discretionary tail, stage names. Each score item keeps its own lines' texts in
// its module (score/items); these are what several items use. Part of the one
// catalogue in messages.ts.
export const EXPLAIN_MESSAGES = {
  "explain.tier": { zh: "{amount}元以上加{points}分", en: "{amount} +{points}" },
  // 开工情况 (§4.3) and 投产达效 (§4.4)
  "explain.discretionary": { zh: "；酌情分 {points} 分更高，取酌情分", en: "; discretionary {points} is higher and counts" },
  // 加分 (§4.6)
  "explain.fundsOr": { zh: "或", en: " or " },
  "explain.fundMin": { zh: "{fund}{amount}元以上", en: "{fund} ≥ {amount}" },
  "stage.sign": { zh: "签约", en: "signing" },
  "stage.start": { zh: "开工", en: "start" },
  "stage.commission": { zh: "投产达效", en: "commissioning" },
  "quarter.name": { zh: "{year}年{quarter}", en: "{year} Q{q}" },
} as const;
