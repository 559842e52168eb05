// Excel reads the functions' help from functions.json and functions.zh-CN.json
// (scripts/functions-metadata.js writes them from src/functions/table.ts); the
// code never reads a spec's `zh`/`en` help at run time (errors name parameters
// by zhName/name). This loader blanks those help texts in the bundled copy of
// table.ts: about 13 KB less in functions.js and in taskpane.js. The table
// stays the one source; tests and the metadata build read it whole.
// Runs after ts-loader, on JavaScript; lines are kept, so the source map holds.
const ts = require("typescript");

/** `zh`/`en` (and a function's `returns`) of a function spec (it has `result`) or a parameter spec (it has `kind`). */
function isHelp(node) {
  if (!ts.isPropertyAssignment(node) || !ts.isIdentifier(node.name) || !["zh", "en", "returns"].includes(node.name.text)) return false;
  const siblings = node.parent.properties.map((p) => (p.name && ts.isIdentifier(p.name) ? p.name.text : ""));
  return siblings.includes("name") && (siblings.includes("result") || siblings.includes("kind"));
}

function stripHelp(source) {
  const file = ts.createSourceFile("table.js", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const cuts = [];
  const visit = (node) => {
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

module.exports = function stripHelpLoader(source, map) {
  const { code, count } = stripHelp(source);
  if (count === 0) this.emitWarning(new Error("strip-help-loader: no help texts found in table.ts (did its shape change?)"));
  this.callback(null, code, map);
};
module.exports.stripHelp = stripHelp;
