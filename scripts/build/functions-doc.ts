// docs/functions.md, generated from the one function table (src/functions/table.ts)
// so that it cannot drift (issue 20 item 9): every SANPI function with its
// arguments, an example formula and the result that formula gives. The results
// are computed here, by calling the functions themselves — on the worked example
// workbook (test/fixtures/worked-example, rules §8: 临汝镇 scores 111) for the
// functions that read a ledger — never typed by hand.
// test/functions/functions-doc.test.ts fails when the file is stale;
// `npm run docs:functions` writes it (this file run by Node).
import * as fs from "fs";
import * as path from "path";
import * as F from "../../src/functions/functions";
import { FUNCTION_IDS, FUNCTIONS, type FunctionId, type ParamSpec } from "../../src/functions/table";
import { readXlsxValues } from "../../src/cli/xlsx-read";
import type { CellValue } from "../../src/engine/types";

/** The golden workbook the examples read, under the repository's root. */
export const workbookIn = (root: string): string => path.join(root, "test", "fixtures", "worked-example", "worked-example.xlsx");

/** A range of the workbook: its A1 address and the values Excel passes for it. */
interface Range {
  ref: string;
  values: CellValue[][];
}
type Arg = { text: string; value: unknown };

const column = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : column(Math.floor((n - 1) / 26)) + column(((n - 1) % 26) + 1));
const lit = (v: string | number | boolean): Arg => ({ text: typeof v === "string" ? `"${v}"` : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v), value: v });
const rangeArg = (r: Range): Arg => ({ text: r.ref, value: r.values });
/** An array constant, as typed in a formula: {18,36,35;20,40,38}. */
const arrayArg = (rows: (string | number)[][]): Arg => ({
  text: `{${rows.map((r) => r.map((v) => (typeof v === "string" ? `"${v}"` : String(v))).join(",")).join(";")}}`,
  value: rows,
});

/** Each function's example, over the worked example's 项目台账 and 考核录入. */
function examples(ledger: Range, inputs: Range): Record<FunctionId, Arg[]> {
  return {
    AMOUNT: [lit("1.5亿")],
    TIER: [lit(12000)],
    ELIGIBLE: [lit(8000), lit("制造业")],
    BONUS: [lit(60000), lit("制造业"), lit("是")],
    PLANNING: [lit(5), lit(7), lit(1), lit(1)],
    SIGNING: [lit(2), lit(3), lit(2), lit(1)],
    GUARANTEE: [lit("是"), lit(2)],
    SERVICE: [
      arrayArg([
        [18, 36, 35],
        [20, 40, 38],
        [16, 32, 30],
      ]),
      lit("否"),
    ],
    SCORE: [rangeArg(ledger), lit("临汝镇"), lit("2023Q1"), rangeArg(inputs)],
    BREAKDOWN: [rangeArg(ledger), lit("临汝镇"), lit("2023Q1"), rangeArg(inputs)],
    RANKING: [rangeArg(ledger), lit("乡镇街道"), lit("2023Q1"), rangeArg(inputs)],
    TARGET: [lit("临汝镇"), lit("谋划"), lit("2023Q2")],
    RANK: [lit(95.5), arrayArg([[120, 95.5, 95.5, 80]])],
    AWARD: [lit(2), lit("乡镇街道"), lit(2)],
  };
}

const cellText = (v: unknown): string => (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : typeof v === "number" ? String(Math.round(v * 100) / 100) : String(v));
const mdCell = (s: string): string => s.replace(/\|/g, "\\|");

/** A result as Excel shows it: one value, or the spilled cells as a table (the first rows of a long one). */
function resultText(v: unknown, shownRows = 5): string {
  if (!Array.isArray(v)) return `\`${cellText(v)}\``;
  const rows = v as unknown[][];
  if (rows.length === 1 && rows[0].length === 1) return `\`${cellText(rows[0][0])}\``;
  const shown = rows.slice(0, shownRows);
  const width = Math.max(...shown.map((r) => r.length));
  const line = (r: unknown[]) => `| ${Array.from({ length: width }, (_, i) => mdCell(r[i] === undefined ? "" : cellText(r[i]))).join(" | ")} |`;
  const out = ["", "", line(shown[0]), `|${" --- |".repeat(width)}`, ...shown.slice(1).map(line)];
  if (rows.length > shownRows) out.push("", `（共 ${rows.length} 行，此处列出前 ${shownRows} 行）`);
  return out.join("\n");
}

function paramLine(p: ParamSpec): string {
  const optional = p.optional ? "可选" : "必填";
  return `| \`${p.zhName}\` | ${p.name} | ${optional} | ${mdCell(p.zh)} |`;
}

async function sheet(workbook: string, name: string): Promise<Range> {
  const { values } = await readXlsxValues(workbook, "zh", path.basename(workbook), () => [name]);
  const rows = values[name].values;
  const width = Math.max(...rows.map((r) => r.length));
  return { ref: `${name}!A1:${column(width)}${rows.length}`, values: rows };
}

/** The whole of docs/functions.md, for the repository at `root`. */
export async function functionsDoc(root: string): Promise<string> {
  const workbook = workbookIn(root);
  const ex = examples(await sheet(workbook, "项目台账"), await sheet(workbook, "考核录入"));
  const call = F as unknown as Record<string, (...a: unknown[]) => unknown>;
  const out = [
    "<!-- 由 scripts/build/functions-doc.ts 从 src/functions/table.ts 生成，请勿手改：npm run docs:functions -->",
    "# SANPI 函数参考",
    "",
    `加载项在 Excel 中提供 ${FUNCTION_IDS.length} 个自定义函数，命名空间 \`SANPI\`（WPS 加载项同名同参）。`,
    "参数名为中文版 Excel 中显示的名称；英文版 Excel 显示英文名称和说明。",
    "示例公式的结果是生成本文件时实际调用函数得到的：读台账的函数用的是示例工作簿",
    "`test/fixtures/worked-example/worked-example.xlsx`（规则中的算例：临汝镇第一季度 111 分）。",
    "参数有误时函数返回 `#VALUE!`，单位或组别不认识时返回 `#N/A`，悬停单元格可看到中文说明。",
    "",
    ...FUNCTION_IDS.map((id) => `- [SANPI.${id}](#sanpi${id.toLowerCase()})：${FUNCTIONS[id].zh.split("：")[0].split("（")[0]}`),
    "",
  ];
  for (const id of FUNCTION_IDS) {
    const spec = FUNCTIONS[id];
    const args = ex[id];
    const formula = `=SANPI.${id}(${args.map((a) => a.text).join(",")})`;
    const value = call[spec.name](...args.map((a) => a.value));
    // A row result (BREAKDOWN) gets its cells' names, as its help lists them, above it.
    const result = spec.result === "row" ? [spec.zh.split("：").pop()!.split("、"), ...(value as unknown[][])] : value;
    out.push(
      `## SANPI.${id}`,
      "",
      spec.zh,
      "",
      `*${spec.en}*`,
      "",
      "| 参数 | 英文名 | | 说明 |",
      "| --- | --- | --- | --- |",
      ...(spec.params as readonly ParamSpec[]).map(paramLine),
      "",
      "示例：",
      "",
      "```",
      formula,
      "```",
      "",
      `结果：${resultText(result)}`,
      "",
    );
  }
  return out.join("\n");
}

if (require.main === module) {
  const root = path.join(__dirname, "..", "..");
  functionsDoc(root).then((text) => {
    fs.writeFileSync(path.join(root, "docs", "functions.md"), text);
    console.log("docs/functions.md");
  });
}
