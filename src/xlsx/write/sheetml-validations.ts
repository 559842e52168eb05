// The data validations of an input sheet: drop-down lists (inline, or a range
// of the hidden 下拉选项 sheet), whole-number and decimal bounds, and the
// prompts that explain each column (print.ts says which, for every host).
import { columnValidation } from "../../engine/sheets/print";
import { headerRowOf, type SheetSpec } from "../../engine/sheets/types";
import { attrs, rangeRef, xmlText } from "./sheetml-xml";

const DEFAULT_INPUT_ROWS = 1000;

export function renderValidations(spec: SheetSpec): string {
  if (spec.kind !== "input") return "";
  const first = headerRowOf(spec) + 1;
  const last = first - 1 + Math.max(spec.inputRows ?? DEFAULT_INPUT_ROWS, spec.rows.length);
  const items: string[] = [];
  spec.columns.forEach((c, i) => {
    const v = columnValidation(c);
    if (!v) return;
    const a = attrs({
      type: v.type === "any" ? undefined : v.type,
      errorStyle: v.errorStyle === "warning" ? "warning" : undefined,
      operator: v.operator,
      allowBlank: true,
      showInputMessage: v.prompt !== undefined || undefined,
      showErrorMessage: v.type !== "any" || undefined,
      errorTitle: v.errorTitle,
      error: v.error,
      promptTitle: v.promptTitle,
      prompt: v.prompt,
      sqref: rangeRef(first, i, last, i),
    });
    const formulae = v.formulae.map((f, k) => `<formula${k + 1}>${xmlText(f)}</formula${k + 1}>`).join("");
    items.push(`<dataValidation${a}>${formulae}</dataValidation>`);
  });
  return items.length ? `<dataValidations count="${items.length}">${items.join("")}</dataValidations>` : "";
}
