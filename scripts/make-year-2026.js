// Writes test/fixtures/year-2026/year-2026.xlsx: a workbook of the 2026 plan
// (profiles.md): a 考评参数 sheet that fixes the year and changes a bonus cap,
// the size tiers, the towns' awards, a penalty and a deduction bound; a
// 目标任务 sheet that changes 临汝镇's targets and adds a unit; a ledger and
// 考核录入 of 2026. Its expected results (year-2026-*.json) were worked out by
// hand in README.md, not by the engine; year-2026.profile.json holds the same
// 考评参数 changes as a profile file.
const ExcelJS = require("exceljs");
const path = require("path");

const utc = (y, m, d) => new Date(Date.UTC(y, m - 1, d));

async function main() {
  const wb = new ExcelJS.Workbook();
  const params = wb.addWorksheet("考评参数");
  params.addRow(["汝州市2026年“三个一批”考评参数"]);
  params.addRow(["参数", "值", "说明"]);
  params.addRow(["考评年度", 2026, "2026年方案"]);
  params.addRow(["谋划储备 · 加分上限", 3, "名称中的空格和·不影响识别"]);
  params.addRow(["bonus.sizeTiers", "1亿:1，3亿:3，5亿:6", "按编号填写"]);
  params.addRow(["奖励·乡镇街道及园区", "40，30，20", "只奖前三名"]);
  params.addRow(["减分·省级项目未按期每个", 3, ""]);
  params.addRow(["服务保障·要素保障扣分上限", 8, ""]);
  params.addRow(["谋划储备·完成任务得分", "", "空白：沿用方案值"]);

  const targets = wb.addWorksheet("目标任务");
  targets.addRow(["单位", "组别", "谋划", "签约", "开工", "投产"]);
  targets.addRow(["临汝镇", "", 8, 4, 4, 4]);
  targets.addRow(["新区管委会", "乡镇街道", 4, null, null, null]);

  const ledger = wb.addWorksheet("项目台账");
  ledger.addRow([
    "项目名称", "责任单位", "总投资(万元)", "产业类别", "先进制造业或战略性新兴产业", "省三个一批", "谋划日期", "签约日期",
    "计划开工日期", "实际开工日期", "入库", "入库日期", "计划投产日期", "实际投产日期", "累计完成投资(万元)", "资金类型", "资金下达日期",
  ]);
  ledger.addRow(["P1 六亿制造", "临汝镇", "6亿", "制造业", "是", "是", utc(2026, 1, 10), utc(2026, 2, 15), utc(2026, 3, 20), utc(2026, 3, 10), "是", null, null, null, null, null, null]);
  ledger.addRow(["P2 服务业", "临汝镇", 25000, "现代服务业", "否", "否", "2026-02-01", null, null, null, null, null, null, null, null, null, null]);
  ledger.addRow(["P3 专项债制造", "临汝镇", "3.5亿", "制造业", "否", "", "2026/4/10", "2026年5月20日", utc(2026, 8, 31), utc(2026, 9, 15), "是", utc(2026, 9, 20), null, null, null, "专项债", utc(2026, 7, 1)]);
  ledger.addRow(["P4 基础设施", "临汝镇", 12000, "基础设施", "", "", utc(2026, 3, 1), null, null, null, null, null, utc(2026, 6, 30), utc(2026, 11, 15), 6000, null, null]);
  ledger.addRow(["P5 小制造", "临汝镇", 8000, "制造业", "", "", null, utc(2026, 1, 20), null, null, null, null, null, null, null, null, null]);
  ledger.addRow(["N1 数字经济", "新区管委会", 6000, "数字经济", "", "开工", utc(2026, 2, 10), null, utc(2026, 5, 15), null, null, null, null, null, null, null, null]);

  const inputs = wb.addWorksheet("考核录入");
  inputs.addRow(["季度", "单位", "现场办公会", "要素保障扣分", "开工酌情分", "投产酌情分", "表扬次数", "通报约谈次数", "营商环境次数", "环保一刀切"]);
  inputs.addRow(["2026Q1", "临汝镇", "是", 7, 0, 0, 1, 0, 0, "否"]);
  inputs.addRow([2, "临汝镇", "是", 0, 0, 0, 0, 0, 0, "否"]); // a bare quarter: of 考评年度
  inputs.addRow(["2026年第三季度", "临汝镇", "否", 2, 0, 0, 0, 0, 0, "否"]);
  inputs.addRow(["2026-Q4", "临汝镇", "是", 0, 0, 0, 0, 0, 0, "否"]);

  const out = path.join(__dirname, "..", "test", "fixtures", "year-2026", "year-2026.xlsx");
  await wb.xlsx.writeFile(out);
  console.log(out);
}

main();
