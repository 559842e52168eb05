// Quarterly score of one unit of groups A and B (附件3 四(一), rules §4), with
// every point traced to its rule and ledger rows.
import type { UnitInputs } from "../parse/inputs";
import type { Project } from "../parse/ledger";
import { addMonthsClamped, quarterBounds } from "../parse/dates";
import type { Profile } from "../profile/types";
import type { ExplanationLine, ScoreItem, ScoreItems, StageProgress } from "../report";
import type { StageCounts } from "../types";
import {
  commissioningScore,
  guaranteeScore,
  introductionPoints,
  planningScore,
  quarterTarget,
  signingPart,
  signingStartPart,
  sizeBonus,
  startScore,
  tierPoints,
} from "./rules";

export interface QuarterContext {
  profile: Profile;
  year: number;
  quarter: number;
  /** First and last day serials of the quarter, and the first day of the year. */
  start: number;
  end: number;
  yearStart: number;
}

export function quarterContext(profile: Profile, year: number, quarter: number): QuarterContext {
  const { start, end } = quarterBounds(year, quarter);
  return { profile, year, quarter, start, end, yearStart: quarterBounds(year, 1).start };
}

export interface QuarterItems extends ScoreItems {
  explanation: ExplanationLine[];
}

const inQ = (c: QuarterContext, d: number | null): d is number => d !== null && d >= c.start && d <= c.end;
/** In the profile year, on or before the quarter's last day (YTD counting, rules §2). */
const ytd = (c: QuarterContext, d: number | null): d is number => d !== null && d >= c.yearStart && d <= c.end;
const inYearBy = ytd;
const fmt = (x: number): string => String(Math.round(x * 100) / 100);

/** On time (rules §4.3): 实际开工 ≤ 计划开工, or within 3 months of 资金下达 for funded types; no plan = on time. */
export function startOnTime(profile: Profile, p: Project): boolean {
  if (p.actualStart === null) return false;
  if (p.planStart === null) return true;
  if (p.actualStart <= p.planStart) return true;
  return (
    p.fundType !== null &&
    profile.fundedStartTypes.includes(p.fundType) &&
    p.fundIssued !== null &&
    p.actualStart <= addMonthsClamped(p.fundIssued, profile.fundedStartMonths)
  );
}

class Lines {
  readonly lines: ExplanationLine[] = [];
  constructor(private readonly quarter: number) {}
  add(item: ScoreItem, points: number, clause: string, text: string, textEn: string, rows: number[] = [], sheet?: string) {
    this.lines.push({ item, points, clause, text, textEn, rows, quarter: this.quarter, ...(sheet ? { sheet } : {}) });
  }
}

export function scoreUnitQuarter(
  c: QuarterContext,
  all: Project[],
  annual: StageCounts,
  inputs: UnitInputs | undefined,
): QuarterItems {
  const R = c.profile.rules;
  const L = new Lines(c.quarter);
  const el = all.filter((p) => p.eligible);
  const rows = (ps: Project[]) => ps.map((p) => p.row);

  // 谋划储备 附件3 四(一)1(1)
  const tPlan = quarterTarget(annual.plan, c.quarter);
  const planned = el.filter((p) => ytd(c, p.planDate));
  const planBonus = el
    .filter((p) => p.category.industry && inQ(c, p.planDate))
    .map((p) => ({ p, pts: tierPoints(R.planning.bonusTiers, p.investment) }))
    .filter((x) => x.pts > 0);
  const planBonusPts = planBonus.reduce((a, x) => a + x.pts, 0);
  const planning = planningScore(c.profile, tPlan, planned.length, planBonusPts);
  if (planned.length >= tPlan) {
    L.add("planning", R.planning.base, R.planning.clause, `累计谋划 ${planned.length} 个，完成目标 ${tPlan} 个：记 ${R.planning.base} 分`, `Planned ${planned.length} ≥ target ${tPlan}: ${R.planning.base}`, rows(planned));
    if (planBonusPts > 0) {
      L.add("planning", planning - R.planning.base, R.planning.clause, `本季谋划2亿元以上产业项目 ${planBonus.length} 个，加 ${planBonusPts} 分${planBonusPts > R.planning.bonusCap ? `（最多加 ${R.planning.bonusCap} 分）` : ""}`, `Industry projects ≥ 200M planned this quarter: +${planBonusPts} (cap ${R.planning.bonusCap})`, rows(planBonus.map((x) => x.p)));
    }
  } else {
    L.add("planning", planning, R.planning.clause, `累计谋划 ${planned.length} 个，目标 ${tPlan} 个，少 ${tPlan - planned.length} 个，每少一个扣 ${R.planning.shortfallPenalty} 分：${fmt(planning)} 分`, `Planned ${planned.length} < target ${tPlan}: ${fmt(planning)}`, rows(planned));
  }

  // 签约落地 附件3 四(一)1(2)
  const tSign = quarterTarget(annual.sign, c.quarter);
  const signed = el.filter((p) => ytd(c, p.signDate));
  const due = signed.filter((p) => p.planStart !== null && p.planStart <= c.end);
  const dueOk = due.filter((p) => p.startDay !== null && p.startDay <= c.end && startOnTime(c.profile, p));
  const sPart = signingPart(c.profile, tSign, signed.length);
  const stPart = signingStartPart(c.profile, signed.length, due.length, dueOk.length);
  L.add("signing", sPart, R.signing.clause, `累计签约 ${signed.length} 个，目标 ${tSign} 个：${fmt(sPart)} 分`, `Signed ${signed.length} of target ${tSign}: ${fmt(sPart)}`, rows(signed));
  L.add(
    "signing",
    stPart,
    R.signing.clause,
    due.length > 0
      ? `应开工的签约项目 ${due.length} 个，按期开工 ${dueOk.length} 个：${fmt(stPart)} 分`
      : signed.length > 0
        ? `签约项目尚无到期应开工的：${fmt(stPart)} 分`
        : `无签约项目：按期开工部分 0 分`,
    `Signed projects due to start ${due.length}, on time ${dueOk.length}: ${fmt(stPart)}`,
    rows(due),
  );
  const signing = sPart + stPart;

  // 开工情况 附件3 四(一)1(3)
  const startedInQ = el.filter((p) => inQ(c, p.startDay));
  const dueToStart = el.filter(
    (p) => !inQ(c, p.startDay) && !(p.startDay !== null && p.startDay < c.start) && inYearBy(c, p.planStart),
  );
  const startBase = [...startedInQ, ...dueToStart];
  const startOk = startedInQ.filter((p) => startOnTime(c.profile, p));
  const startDisc = inputs?.startDiscretion ?? 0;
  const start = startScore(c.profile, startBase.length, startOk.length, startDisc);
  const startFormula = startScore(c.profile, startBase.length, startOk.length, 0);
  L.add("start", start, R.start.clause, `本季应开工 ${startBase.length} 个（本季开工 ${startedInQ.length} 个，到期未开工 ${dueToStart.length} 个），按期开工 ${startOk.length} 个：${fmt(startFormula)} 分${start > startFormula ? `；酌情分 ${fmt(start)} 分更高，取酌情分` : ""}`, `Due ${startBase.length}, started on time ${startOk.length}: ${fmt(startFormula)}${start > startFormula ? `; discretionary ${fmt(start)} is higher` : ""}`, rows(startBase));

  // 投产达效 附件3 四(一)1(4)
  const commInQ = el.filter((p) => inQ(c, p.actualCommission));
  const dueToComm = el.filter(
    (p) =>
      !inQ(c, p.actualCommission) &&
      !(p.actualCommission !== null && p.actualCommission < c.start) &&
      inYearBy(c, p.planCommission),
  );
  const commBase = [...commInQ, ...dueToComm];
  let credit = 0;
  let invest = 0;
  for (const p of commBase) {
    invest += p.investment;
    credit += p.actualCommission !== null && p.actualCommission <= c.end ? p.investment : Math.min(p.investment, p.completed ?? 0);
  }
  const commDisc = inputs?.commissionDiscretion ?? 0;
  const commissioning = commissioningScore(c.profile, credit, invest, commDisc);
  const commFormula = commissioningScore(c.profile, credit, invest, 0);
  L.add("commissioning", commissioning, R.commissioning.clause, `本季应投产 ${commBase.length} 个（已投产 ${commInQ.length} 个），完成投资 ${fmt(credit)}/${fmt(invest)} 万元：${fmt(commFormula)} 分${commissioning > commFormula ? `；酌情分 ${fmt(commissioning)} 分更高，取酌情分` : ""}`, `Due ${commBase.length}, commissioned ${commInQ.length}, investment ${fmt(credit)}/${fmt(invest)}: ${fmt(commFormula)}${commissioning > commFormula ? `; discretionary ${fmt(commissioning)} is higher` : ""}`, rows(commBase));

  // 服务保障 附件3 四(一)1(5)
  const meeting = inputs?.meeting ?? false;
  const d = inputs?.elementDeduction ?? 0;
  const service = guaranteeScore(c.profile, meeting, d);
  L.add("service", service, R.service.clause, `现场办公会${meeting ? "按期召开并解决问题 10 分" : "未按期召开或未解决问题 0 分"}；要素保障扣 ${d} 分，得 ${fmt(R.service.element - d)} 分${inputs ? "" : "（考核录入无此单位本季数据）"}`, `Site meetings ${meeting ? 10 : 0}; element support ${fmt(R.service.element - d)}`, inputs ? [inputs.row] : [], "考核录入");

  // 加分 附件3 四(一)2, 附件4
  let bonus = 0;
  const B = R.bonus;
  const addBonus = (pts: number, clause: string, text: string, textEn: string, rs: number[], sheet?: string) => {
    if (pts === 0) return;
    bonus += pts;
    L.add("bonus", pts, clause, text, textEn, rs, sheet);
  };
  const funded = (p: Project) => p.fundType !== null && c.profile.fundedStartTypes.includes(p.fundType);
  const declared = el.filter(
    (p) => inQ(c, p.declared) && (p.fundType === "专项债" || (p.fundType === "中央预算内" && (p.fundAmount ?? 0) >= B.declared.centralMin)),
  );
  addBonus(declared.length * B.declared.points, B.declared.clause, `申报完成中央预算内千万元以上或专项债项目 ${declared.length} 个，每个加 ${B.declared.points} 分`, `Funding declared: ${declared.length} × ${B.declared.points}`, rows(declared));
  const fundedStarts = startedInQ.filter(funded);
  addBonus(fundedStarts.length * B.fundedStart.points, B.fundedStart.clause, `开工中央预算内或专项债项目 ${fundedStarts.length} 个，每个加 ${B.fundedStart.points} 分`, `Funded projects started: ${fundedStarts.length} × ${B.fundedStart.points}`, rows(fundedStarts));
  const stageEvents: { stage: "sign" | "start" | "commission"; zh: string; ps: Project[] }[] = [
    { stage: "sign", zh: "签约", ps: el.filter((p) => inQ(c, p.signDate)) },
    { stage: "start", zh: "开工", ps: startedInQ },
    { stage: "commission", zh: "投产达效", ps: commInQ },
  ];
  for (const ev of stageEvents) {
    const prov = ev.ps.filter((p) => p.batches[ev.stage]);
    addBonus(prov.length * B.provincial.points, B.provincial.clause, `省“三个一批”${ev.zh}项目本季${ev.zh} ${prov.length} 个，每个加 ${B.provincial.points} 分`, `Provincial ${ev.stage} batch events: ${prov.length} × ${B.provincial.points}`, rows(prov));
  }
  for (const ev of stageEvents) {
    const sized = ev.ps.map((p) => ({ p, pts: sizeBonus(c.profile, p.category, p.investment, p.advanced) })).filter((x) => x.pts > 0);
    const pts = sized.reduce((a, x) => a + x.pts, 0);
    addBonus(pts, B.size.clause, `本季${ev.zh}1亿元以上产业项目 ${sized.length} 个（1亿/3亿/5亿以上加 1/3/5 分，先进制造业或战新另加 ${B.size.advancedExtra} 分）：加 ${pts} 分`, `Size bonus on ${ev.stage}: ${sized.length} projects, +${pts}`, rows(sized.map((x) => x.p)));
  }
  const intro = all.filter((p) => p.category.industrial && inQ(c, p.signDate));
  const introRaw = intro.reduce((a, p) => a + introductionPoints(c.profile, p.category, p.investment), 0);
  const introPts = Math.min(B.introduction.cap, introRaw);
  addBonus(introPts, B.introduction.clause, `本季引进工业项目 ${intro.length} 个（亿元以上加 ${B.introduction.big} 分，其余加 ${B.introduction.small} 分，最多加 ${B.introduction.cap} 分）：加 ${fmt(introPts)} 分`, `Industrial projects introduced: ${intro.length}, +${fmt(introPts)} (cap ${B.introduction.cap})`, rows(intro));
  if (inputs) {
    addBonus(inputs.praise * B.praise.points, B.praise.clause, `上级媒体或市主要领导表扬 ${inputs.praise} 次，每次加 ${B.praise.points} 分`, `Praise ${inputs.praise} × ${B.praise.points}`, [inputs.row], "考核录入");
  }

  // 减分 附件3 四(一)3, 附件4
  let deduction = 0;
  const D = R.deduction;
  const addDeduction = (pts: number, clause: string, text: string, textEn: string, rs: number[], sheet?: string) => {
    if (pts === 0) return;
    deduction += pts;
    L.add("deduction", -pts, clause, text, textEn, rs, sheet);
  };
  const lateStart = el.filter(
    (p) =>
      p.batches.start &&
      p.planStart !== null &&
      p.planStart <= c.end &&
      (p.startDay === null || p.startDay > c.end || (inQ(c, p.startDay) && !startOnTime(c.profile, p))),
  );
  addDeduction(lateStart.length * D.lateProvincial.points, D.lateProvincial.clause, `省“三个一批”开工项目未按期开工 ${lateStart.length} 个，每个扣 ${D.lateProvincial.points} 分`, `Provincial start-batch projects late: ${lateStart.length} × ${D.lateProvincial.points}`, rows(lateStart));
  const lateComm = el.filter(
    (p) =>
      p.batches.commission &&
      p.planCommission !== null &&
      p.planCommission <= c.end &&
      (p.actualCommission === null ||
        p.actualCommission > c.end ||
        (inQ(c, p.actualCommission) && p.actualCommission > p.planCommission)),
  );
  addDeduction(lateComm.length * D.lateProvincial.points, D.lateProvincial.clause, `省“三个一批”投产项目未按期投产达效 ${lateComm.length} 个，每个扣 ${D.lateProvincial.points} 分`, `Provincial commissioning-batch projects late: ${lateComm.length} × ${D.lateProvincial.points}`, rows(lateComm));
  if (inputs) {
    addDeduction(inputs.businessEnvironment * D.businessEnvironment.points, D.businessEnvironment.clause, `破坏营商环境查证落实 ${inputs.businessEnvironment} 次，每次扣 ${D.businessEnvironment.points} 分`, `Business environment ${inputs.businessEnvironment} × ${D.businessEnvironment.points}`, [inputs.row], "考核录入");
    addDeduction(inputs.criticism * D.criticism.points, D.criticism.clause, `被通报批评、约谈 ${inputs.criticism} 次，每次扣 ${D.criticism.points} 分`, `Criticism ${inputs.criticism} × ${D.criticism.points}`, [inputs.row], "考核录入");
  }

  const total = planning + signing + start + commissioning + service + bonus - deduction;
  return { planning, signing, start, commissioning, service, bonus, deduction, total, explanation: L.lines };
}

/** Progress against cumulative quarterly targets (附件2 counts), for the task pane. */
export function unitProgress(c: QuarterContext, all: Project[], annual: StageCounts): StageProgress[] {
  const el = all.filter((p) => p.eligible);
  const count = (f: (p: Project) => number | null) => el.filter((p) => ytd(c, f(p))).length;
  const row = (stage: keyof StageCounts, actual: number): StageProgress => ({
    stage,
    actual,
    target: quarterTarget(annual[stage], c.quarter),
    annualTarget: annual[stage],
  });
  return [
    row("plan", count((p) => p.planDate)),
    row("sign", count((p) => p.signDate)),
    row("start", count((p) => p.startDay)),
    row("commission", count((p) => p.actualCommission)),
  ];
}
