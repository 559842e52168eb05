// Writes test/fixtures/worked-example/worked-example.xlsx: docs/rules.md §8 typed
// the way clerks type it (title row, shuffled columns, aliases, full-width digits,
// 亿 amounts, Date cells, serials and text dates). Its expected result,
// worked-example-2023Q1.json, was worked out by hand from the rules, not by the engine.
const ExcelJS = require("exceljs");
const path = require("path");

const utc = (y, m, d) => new Date(Date.UTC(y, m - 1, d));

async function main() {
  const wb = new ExcelJS.Workbook();
  const ledger = wb.addWorksheet("项目台账");
  ledger.addRow(["汝州市2023年“三个一批”项目台账（临汝镇）"]);
  ledger.addRow([
    "序号", "省三个一批", "项目名称", "总投资（万元）", "责任单位", "产业类别", "先进制造/战新", "谋划日期",
    "签约日期", "计划开工日期", "实际开工日期", "入库", "计划投产日期", "累计完成投资(万元)", "备注",
  ]);
  ledger.addRow([1, "是", "项目1", "6亿", "汝州市临汝镇", "制造业", "Y", "2023年1月5日", utc(2023, 2, 10), 45005, "2023/3/15", "√", null, null, ""]);
  ledger.addRow([2, "", "项目2", "２５０００", " 临汝镇 ", "现代服务业", "", "2023.2.1", null, null, null, null, null, null, ""]);
  ledger.addRow([3, "否", "项目3", "0.6亿", "临汝镇", "社会民生", "否", utc(2022, 11, 1), null, null, null, null, "2023-03-31", "3000万元", "2022年谋划"]);
  ledger.addRow([4, null, "项目4", 12000, "临汝镇", "基础设施", null, "2023-03-01", null, null, null, null, null, null, null]);
  ledger.addRow([]);
  const inputs = wb.addWorksheet("考核录入");
  inputs.addRow(["季度", "单位", "现场办公会", "要素保障扣分", "开工酌情分", "投产酌情分", "表扬次数", "通报约谈次数", "营商环境次数", "环保一刀切"]);
  inputs.addRow(["2023年第一季度", "汝州市临汝镇", "是", 2, 0, 0, 1, 0, 0, "否"]);
  const out = path.join(__dirname, "..", "test", "fixtures", "worked-example", "worked-example.xlsx");
  await wb.xlsx.writeFile(out);
  console.log(out);
}

main();
