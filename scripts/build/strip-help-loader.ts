// Excel reads the functions' help from functions.json and functions.zh-CN.json
// (scripts/build/functions-metadata.ts writes them from src/functions/table.ts); the
// code never reads a spec's `zh`/`en` help at run time (errors name parameters
// by zhName/name). This loader blanks those help texts in the bundled copy of
// table.ts: about 13 KB less in functions.js and in taskpane.js. The table
// stays the one source; tests and the metadata build read it whole.
// Runs after ts-loader, on JavaScript; lines are kept, so the source map holds.
import * as ts from "typescript";
import type { LoaderContext } from "webpack";

/** `zh`/`en` (and a function's `returns`) of a function spec (it has `result`) or a parameter spec (it has `kind`). */
function isHelp(node: ts.Node): node is ts.PropertyAssignment {
  if (!ts.isPropertyAssignment(node) || !ts.isIdentifier(node.name) || !["zh", "en", "returns"].includes(node.name.text) || !ts.isObjectLiteralExpression(node.parent)) return false;
  const siblings = node.parent.properties.map((p) => (p.name && ts.isIdentifier(p.name) ? p.name.text : ""));
  return siblings.includes("name") && (siblings.includes("result") || siblings.includes("kind"));
}

export function stripHelp(source: string): { code: string; count: number } {
  const file = ts.createSourceFile("table.js", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const cuts: ts.Expression[] = [];
  const visit = (node: ts.Node) => {
    if (isHelp(node)) cuts.push(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const init of cuts.sort((a, b) => b.getStart() - a.getStart())) {
    const text = out.slice(init.getStart(), init.getEnd());
    out = out.slice(0, init.getStart()) + `""${"\n".repeat((text.match(/\n/g) || []).length)}` + out.slice(init.getEnd());
  }
  return { code: out, count: cuts.length };
}

export default function stripHelpLoader(this: LoaderContext<unknown>, source: string, map?: Parameters<LoaderContext<unknown>["callback"]>[2]): void {
  const { code, count } = stripHelp(source);
  if (count === 0) this.emitWarning(new Error("strip-help-loader: no help texts found in table.ts (did its shape change?)"));
  this.callback(null, code, map);
}
