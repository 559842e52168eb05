// Profile `ruzhou-2023`: the rules of ../shared/spec/rules-2023.md as data.
import type { GroupId, StageCounts } from "../types";
import type { Profile, UnitDef } from "./types";

const t = (plan: number, sign: number, start: number, commission: number): StageCounts => ({
  plan,
  sign,
  start,
  commission,
});

// 附件2 table 一 and 附件3 二(一): towns, streets and the three parks (rules §1 A).
const TOWNS: [string, StageCounts, string[]?][] = [
  ["经开区管委会", t(20, 8, 8, 6), ["经开区"]],
  ["汝瓷电子商务产业园", t(12, 4, 4, 3), ["汝瓷电商园", "汝瓷电子商务产业园管委会"]],
  ["温泉农村融合发展产业园", t(12, 4, 4, 3), ["温泉农村融合发展产业园管委会"]],
  ...[
    "温泉镇", "临汝镇", "陵头镇", "小屯镇", "庙下镇", "蟒川镇", "寄料镇", "骑岭乡", "杨楼镇",
    "焦村镇", "夏店镇", "大峪镇", "纸坊镇", "王寨乡", "米庙镇", "风穴路街道", "钟楼街道",
    "洗耳河街道", "紫云路街道", "煤山街道", "汝南街道",
  ].map((n): [string, StageCounts] => [n, t(12, 4, 4, 3)]),
];

// 附件2 table 二: departments with construction tasks, 6/2/2/1 each (rules §1 B).
const DEPARTMENTS = [
  "发改委", "财政局", "自然资源和规划局", "工信局", "商务局", "交通运输局", "公路局",
  "住房城乡建设局", "水利局", "地矿局", "畜牧局", "教体局(教育)", "教体局(体育)", "卫健委",
  "城市管理局", "文物局", "农业农村局", "林业局", "文广旅局", "民政局", "乡村振兴局", "移民局",
  "供电公司", "新城办", "应急管理局",
];

// 附件3 二(三): service departments, scored by enterprise evaluation (rules §1 C).
const SERVICE = [
  "发改委", "财政局", "统计局", "自然资源和规划局", "住房城乡建设局", "生态环境局汝州分局",
  "工信局", "交通运输局", "应急管理局", "水利局", "林业局", "文广旅局", "人防办", "文物局",
  "行政服务中心", "市场监管局", "城市管理局", "供电公司",
];

// Aliases of rules §1 (at least these), keyed by canonical name.
const ALIASES: Record<string, string[]> = {
  发改委: ["发展改革委", "发展和改革委员会", "发展改革委员会", "发改局"],
  工信局: ["工业和信息化局", "工业信息化局"],
  住房城乡建设局: ["住建局", "住房和城乡建设局"],
  自然资源和规划局: ["自规局", "自然资源局"],
  卫健委: ["卫生健康委", "卫生健康委员会", "卫生和健康委员会"],
  文广旅局: ["文化广电和旅游局", "文化广电旅游局"],
  供电公司: ["国网汝州市供电公司", "国网汝州供电公司"],
  行政服务中心: ["行政务服务中心"],
  生态环境局汝州分局: ["生态环境局", "平顶山市生态环境局汝州分局"],
  "教体局(教育)": ["教体局教育"],
  "教体局(体育)": ["教体局体育"],
  城市管理局: ["城管局"],
  市场监管局: ["市场监督管理局"],
};

function buildUnits(): UnitDef[] {
  const byName = new Map<string, UnitDef>();
  const add = (name: string, group: GroupId, targets?: StageCounts, aliases: string[] = []) => {
    let u = byName.get(name);
    if (!u) {
      u = { name, groups: [], aliases: [...(ALIASES[name] ?? [])] };
      byName.set(name, u);
    }
    u.groups.push(group);
    if (targets) u.targets = targets;
    for (const a of aliases) if (!u.aliases!.includes(a)) u.aliases!.push(a);
  };
  for (const [name, targets, aliases] of TOWNS) add(name, "towns", targets, aliases);
  for (const name of DEPARTMENTS) add(name, "departments", t(6, 2, 2, 1));
  for (const name of SERVICE) add(name, "service");
  return [...byName.values()];
}

export const ruzhou2023: Profile = {
  id: "ruzhou-2023",
  year: 2023,
  title: "汝州市2023年“三个一批”重大项目建设考评",
  units: buildUnits(),
  groups: [
    {
      id: "towns",
      zh: "乡镇街道及园区",
      en: "Towns, streets and parks",
      names: ["乡镇街道", "乡镇街道及园区", "乡镇", "A", "towns"],
      clause: "附件3 二(一), 五(一)",
      awards: [30, 20, 20, 10, 10],
      members: TOWNS.map(([name]) => name),
    },
    {
      id: "departments",
      zh: "市直承担项目建设任务单位",
      en: "City departments with construction tasks",
      names: ["市直单位", "市直承担项目建设任务单位", "市直", "B", "departments"],
      clause: "附件3 二(二), 五(一)",
      awards: [30, 20, 20, 10, 10],
      members: DEPARTMENTS,
    },
    {
      id: "service",
      zh: "服务保障职能部门",
      en: "Service departments",
      names: ["服务保障", "服务保障职能部门", "服务保障单位", "C", "service"],
      clause: "附件3 二(三), 五(一)",
      awards: [10, 5, 5],
      members: SERVICE,
    },
  ],
  // 附件3 一; the relaxed categories' 5000 is this profile's choice (rules §2).
  categories: [
    { name: "制造业", floor: 10000, industry: true, industrial: true, clause: "附件3 一" },
    { name: "现代服务业", floor: 10000, industry: true, industrial: false, clause: "附件3 一" },
    { name: "基础设施", floor: 10000, industry: false, industrial: false, clause: "附件3 一" },
    { name: "社会民生", floor: 5000, industry: false, industrial: false, clause: "附件3 一" },
    { name: "种植养殖", floor: 10000, industry: false, industrial: false, clause: "附件3 四(一)2(3)" },
    { name: "两新一重", floor: 5000, industry: false, industrial: false, clause: "附件3 一 (可适当降低标准)" },
    { name: "数字经济", floor: 5000, industry: true, industrial: false, clause: "附件3 一 (可适当降低标准)" },
    { name: "创新研发平台", floor: 5000, industry: true, industrial: false, clause: "附件3 一 (可适当降低标准)" },
    { name: "其他", floor: 10000, industry: false, industrial: false, clause: "附件3 一" },
  ],
  fundTypes: ["中央预算内", "专项债"],
  fundedStartTypes: ["中央预算内", "专项债"],
  fundedStartMonths: 3,
  rules: {
    planning: {
      clause: "附件3 四(一)1(1)",
      base: 10,
      bonusTiers: [
        { min: 50000, points: 4 },
        { min: 20000, points: 2 },
      ],
      bonusCap: 10,
      shortfallPenalty: 2,
      max: 20,
    },
    signing: { clause: "附件3 四(一)1(2), 附件4 row 2", signingPart: 10, startPart: 10 },
    start: { clause: "附件3 四(一)1(3)", full: 20, discretionaryMax: 10 },
    commissioning: { clause: "附件3 四(一)1(4)", full: 20, discretionaryMax: 10 },
    service: { clause: "附件3 四(一)1(5)", meeting: 10, element: 10, deductionMin: 2, deductionMax: 6 },
    bonus: {
      declared: { clause: "附件3 四(一)2(1)", points: 1, centralMin: 1000 },
      fundedStart: { clause: "附件3 四(一)2(1)", points: 2 },
      provincial: { clause: "附件3 四(一)2(2), 附件4 rows 2–4", points: 5 },
      size: {
        clause: "附件3 四(一)2(3), 附件4 rows 2–4",
        tiers: [
          { min: 50000, points: 5 },
          { min: 30000, points: 3 },
          { min: 10000, points: 1 },
        ],
        advancedExtra: 2,
      },
      introduction: { clause: "附件4 row 2", big: 1, bigMin: 10000, small: 0.5, cap: 2 },
      praise: { clause: "附件3 四(一)2(4), 附件4 row 5", points: 2 },
    },
    deduction: {
      lateProvincial: { clause: "附件3 四(一)3(1), 附件4 rows 3–4", points: 2 },
      businessEnvironment: { clause: "附件3 四(一)3(2)", points: 2 },
      criticism: { clause: "附件3 四(一)3(3), 附件4 row 5", points: 2 },
    },
  },
  // 正文 一 (rules §7).
  cityGoals: [
    { stage: "plan", min: 5000, goal: 200, label: "谋划储备 5000万元以上", labelEn: "Planned ≥ 50M" },
    { stage: "plan", min: 10000, goal: 100, label: "谋划储备 亿元以上", labelEn: "Planned ≥ 100M" },
    { stage: "plan", min: 100000, goal: 20, label: "谋划储备 10亿元以上", labelEn: "Planned ≥ 1B" },
    { stage: "sign", min: 5000, goal: 100, label: "新签约 5000万元以上", labelEn: "Signed ≥ 50M" },
    { stage: "sign", min: 10000, goal: 50, label: "新签约 亿元以上", labelEn: "Signed ≥ 100M" },
    { stage: "sign", min: 100000, goal: 20, label: "新签约 10亿元以上", labelEn: "Signed ≥ 1B" },
    {
      stage: "sign",
      min: 5000,
      advancedOnly: true,
      goal: 30,
      label: "新签约 先进制造业或战略性新兴产业",
      labelEn: "Signed, advanced manufacturing / strategic emerging",
    },
    { stage: "start", min: 5000, goal: 100, label: "新开工 5000万元以上", labelEn: "Started ≥ 50M" },
    { stage: "start", min: 10000, goal: 50, label: "新开工 亿元以上", labelEn: "Started ≥ 100M" },
    { stage: "start", min: 100000, goal: 10, label: "新开工 10亿元以上", labelEn: "Started ≥ 1B" },
    { stage: "commission", min: 5000, goal: 50, label: "新投产达效 5000万元以上", labelEn: "Commissioned ≥ 50M" },
    { stage: "commission", min: 10000, goal: 30, label: "新投产达效 亿元以上", labelEn: "Commissioned ≥ 100M" },
  ],
  evaluation: {
    sample: 30,
    parts: [
      { key: "attitude", header: "服务态度", max: 20 },
      { key: "efficiency", header: "工作效率", max: 40 },
      { key: "quality", header: "服务质量", max: 40 },
    ],
    oneSizeFitsAllPenalty: 5,
  },
};
