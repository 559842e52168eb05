// Which Office.js requirement sets the code in src/ needs, read with the
// TypeScript compiler API from the `[Api set: ExcelApi 1.N]` doc comments of
// @types/office-js and @types/custom-functions-runtime. A member is covered
// when the manifest declares its set at that version or later, or when the
// code runs only behind a feature test of it:
//   if (Office.context.requirements.isSetSupported("ExcelApi", "1.13")) use();
//   cond && use(), cond ? use() : other, if (!cond) return; use();
// where cond is that call, a const set from it (`x ?? supports()` counts: the
// caller's explicit choice or the test), or a function returning it. A use
// that is not guarded where it stands makes its enclosing named function need
// the set, and then every reference to that function is checked the same way.
// Microsoft: learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements
// ("Runtime checks for method and requirement set support").
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.join(__dirname, "..", "..");
/** The add-in's sources, which the requirement sets cover. */
export const SRC = path.join(ROOT, "src");
const OFFICE_TYPES = /[\\/]@types[\\/](office-js|custom-functions-runtime)[\\/]/;
const API_SET = /\[Api set: ([A-Za-z]+) (\d+(?:\.\d+)*)/;

export interface RequirementSet {
  name: string;
  version: string;
}
/** The requirement set a member's declaration names. */
interface Requirement {
  set: string;
  version: string;
}
interface Where {
  file: string;
  line: number;
  column: number;
}
export interface ApiUse extends Where, Requirement {
  /** e.g. "Range.getMergedAreasOrNullObject", or `NamedItem.formula (load "items/formula")`. */
  member: string;
}
export interface ApiProblem extends ApiUse {
  /** Why no guard covers it, e.g. "via queueMergedAreas() at src/excel/read.ts:91". */
  reason: string;
}

/** -1, 0, 1 comparing "1.9" and "1.13" as versions, not decimals. */
export function compareVersions(a: string, b: string): number {
  const x = String(a).split(".").map(Number);
  const y = String(b).split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return Math.sign(d);
  }
  return 0;
}

/** Every .ts/.tsx file under a directory. */
export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e): string[] => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [p] : [];
  });
}

/**
 * A program of the given files with the Office.js types. Only relative imports
 * are followed: packages (React, Fluent UI) stay unresolved, which keeps this
 * fast and changes nothing about Office.js members.
 */
function createProgram(files: string[]): ts.Program {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ["office-js", "custom-functions-runtime"],
    typeRoots: [path.join(ROOT, "node_modules", "@types")],
    lib: ["lib.es2020.d.ts", "lib.dom.d.ts"],
  };
  const host = ts.createCompilerHost(options);
  host.resolveModuleNames = (names, containingFile): (ts.ResolvedModule | undefined)[] =>
    names.map((name) => {
      if (!name.startsWith(".")) return undefined;
      const r = ts.resolveModuleName(name, containingFile, options, host).resolvedModule;
      return r && !r.isExternalLibraryImport ? r : undefined;
    });
  return ts.createProgram(files, options, host);
}

/** The requirement set named in a declaration's doc comment, or null. */
function requirementOf(decl: ts.Declaration): Requirement | null {
  const sf = decl.getSourceFile();
  if (!OFFICE_TYPES.test(sf.fileName)) return null;
  const m = API_SET.exec(sf.text.slice(decl.pos, decl.getStart(sf)));
  return m ? { set: m[1], version: m[2] } : null;
}

const isFunctionLike = (n: ts.Node): n is ts.FunctionLikeDeclaration =>
  ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n) || ts.isConstructorDeclaration(n) || ts.isGetAccessor(n) || ts.isSetAccessor(n);

/**
 * Check `files` against the declared sets ([{ name, version }]). Returns
 * { problems, uses }: problems are uses of a member whose set is neither
 * declared nor feature-tested; uses lists every Office.js member with a set.
 */
export function checkApiSets({ files, declared }: { files: string[]; declared: RequirementSet[] }): { problems: ApiProblem[]; uses: ApiUse[] } {
  const program = createProgram(files);
  const checker = program.getTypeChecker();
  const ours = program.getSourceFiles().filter((sf) => files.some((f) => path.resolve(f) === path.resolve(sf.fileName)));
  const isDeclared = (req: Requirement) => declared.some((d) => d.name === req.set && compareVersions(d.version, req.version) >= 0);
  const resolve = (sym: ts.Symbol | undefined): ts.Symbol | undefined => (sym && sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym);
  const where = (node: ts.Node): Where => {
    const sf = node.getSourceFile();
    const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    return { file: path.relative(ROOT, sf.fileName).split(path.sep).join("/"), line: line + 1, column: character + 1 };
  };

  // References to each symbol declared in our files, for following a requirement to callers.
  const references = new Map<ts.Symbol, ts.Node[]>();
  for (const sf of ours) {
    const visit = (n: ts.Node) => {
      const declaring = n.parent && (n.parent as ts.NamedDeclaration).name === n && (ts.isFunctionDeclaration(n.parent) || ts.isVariableDeclaration(n.parent) || ts.isMethodDeclaration(n.parent));
      const importing = n.parent && (ts.isImportSpecifier(n.parent) || ts.isExportSpecifier(n.parent) || ts.isImportClause(n.parent) || ts.isNamespaceImport(n.parent));
      if (ts.isIdentifier(n) && !declaring && !importing) {
        const sym = resolve(checker.getSymbolAtLocation(n));
        if (sym) {
          if (!references.has(sym)) references.set(sym, []);
          references.get(sym)?.push(n);
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }

  /** Does `expr` being truthy mean `req` is supported? */
  function establishes(expr: ts.Expression | undefined, req: Requirement, seen: Set<ts.Symbol>): boolean {
    if (!expr) return false;
    if (ts.isParenthesizedExpression(expr) || ts.isNonNullExpression(expr) || ts.isAsExpression(expr)) return establishes(expr.expression, req, seen);
    if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.ExclamationToken && ts.isPrefixUnaryExpression(expr.operand) && expr.operand.operator === ts.SyntaxKind.ExclamationToken) {
      return establishes(expr.operand.operand, req, seen);
    }
    if (ts.isBinaryExpression(expr)) {
      const op = expr.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) return establishes(expr.left, req, seen) || establishes(expr.right, req, seen);
      if (op === ts.SyntaxKind.BarBarToken) return establishes(expr.left, req, seen) && establishes(expr.right, req, seen);
      // `options.x ?? supports()`: an explicit choice of the caller, else the feature test.
      if (op === ts.SyntaxKind.QuestionQuestionToken) return establishes(expr.right, req, seen);
      if (op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken) {
        if (expr.right.kind === ts.SyntaxKind.TrueKeyword) return establishes(expr.left, req, seen);
        if (expr.left.kind === ts.SyntaxKind.TrueKeyword) return establishes(expr.right, req, seen);
      }
      return false;
    }
    if (ts.isCallExpression(expr)) {
      const callee = expr.expression;
      if ((ts.isPropertyAccessExpression(callee) && callee.name.text === "isSetSupported") || (ts.isIdentifier(callee) && callee.text === "isSetSupported")) {
        const [name, version] = expr.arguments;
        if (!name || !ts.isStringLiteralLike(name) || name.text !== req.set) return false;
        const v = version === undefined ? "1.1" : ts.isStringLiteralLike(version) ? version.text : null;
        return v !== null && compareVersions(v, req.version) >= 0;
      }
      return establishesBy(resolve(checker.getSymbolAtLocation(callee)), req, seen, "call");
    }
    if (ts.isIdentifier(expr)) return establishesBy(resolve(checker.getSymbolAtLocation(expr)), req, seen, "value");
    return false;
  }

  /** A const whose initializer establishes req, or a function whose every return does. */
  function establishesBy(sym: ts.Symbol | undefined, req: Requirement, seen: Set<ts.Symbol>, how: "call" | "value"): boolean {
    if (!sym || seen.has(sym)) return false;
    const next = new Set(seen).add(sym);
    return (sym.declarations ?? []).some((d) => {
      if (!ours.includes(d.getSourceFile())) return false;
      if (ts.isVariableDeclaration(d) && d.initializer) {
        const constant = (ts.getCombinedNodeFlags(d) & ts.NodeFlags.Const) !== 0;
        if (how === "value") return constant && establishes(d.initializer, req, next);
        return (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer)) && returnsEstablish(d.initializer, req, next);
      }
      return how === "call" && ts.isFunctionDeclaration(d) && returnsEstablish(d, req, next);
    });
  }

  function returnsEstablish(fn: ts.FunctionLikeDeclaration, req: Requirement, seen: Set<ts.Symbol>): boolean {
    if (!fn.body) return false;
    if (!ts.isBlock(fn.body)) return establishes(fn.body, req, seen);
    const returns: (ts.Expression | undefined)[] = [];
    const visit = (n: ts.Node) => {
      if (ts.isReturnStatement(n)) returns.push(n.expression);
      else if (!isFunctionLike(n)) ts.forEachChild(n, visit);
    };
    visit(fn.body);
    return returns.length > 0 && returns.every((e) => establishes(e, req, seen));
  }

  /** `if (!cond) return;` (or throw) before `stmt` in the same block. */
  function earlyExitBefore(stmt: ts.Node, req: Requirement): boolean {
    const block = stmt.parent;
    if (!block || !(ts.isBlock(block) || ts.isSourceFile(block))) return false;
    for (const s of block.statements) {
      if (s === stmt) return false;
      if (!ts.isIfStatement(s) || s.elseStatement) continue;
      const exits = (t: ts.Statement): boolean => ts.isReturnStatement(t) || ts.isThrowStatement(t) || (ts.isBlock(t) && t.statements.length > 0 && exits(t.statements[t.statements.length - 1]));
      const c = s.expression;
      if (exits(s.thenStatement) && ts.isPrefixUnaryExpression(c) && c.operator === ts.SyntaxKind.ExclamationToken && establishes(c.operand, req, new Set())) return true;
    }
    return false;
  }

  /** Is `node` guarded for `req` within its enclosing function (or file)? */
  function guardedLocally(node: ts.Node, req: Requirement): boolean {
    for (let child = node, n = node.parent; n && !isFunctionLike(child); child = n, n = n.parent) {
      if (ts.isIfStatement(n)) {
        if (child === n.thenStatement && establishes(n.expression, req, new Set())) return true;
        const c = n.expression;
        if (child === n.elseStatement && ts.isPrefixUnaryExpression(c) && c.operator === ts.SyntaxKind.ExclamationToken && establishes(c.operand, req, new Set())) return true;
      }
      if (ts.isConditionalExpression(n) && child === n.whenTrue && establishes(n.condition, req, new Set())) return true;
      if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === n.right && establishes(n.left, req, new Set())) return true;
      if ((ts.isBlock(n) || ts.isSourceFile(n)) && earlyExitBefore(child, req)) return true;
    }
    return false;
  }

  /** The symbol through which callers reach the function around `node`, or null. */
  function enclosingFunction(node: ts.Node): { fn: ts.FunctionLikeDeclaration | null; sym: ts.Symbol | null | undefined } {
    let n = node.parent;
    while (n && !isFunctionLike(n)) n = n.parent;
    if (!n) return { fn: null, sym: null };
    if (ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) return { fn: n, sym: n.name ? resolve(checker.getSymbolAtLocation(n.name)) : null };
    if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent) && n.parent.initializer === n && ts.isIdentifier(n.parent.name)) {
      return { fn: n, sym: resolve(checker.getSymbolAtLocation(n.parent.name)) };
    }
    return { fn: n, sym: null };
  }

  const memo = new Map<ts.Symbol, Map<string, string | null>>();
  /** Null when every path to `node` is guarded for req; else the reason it is not. */
  function unguarded(node: ts.Node, req: Requirement, stack: Set<ts.Symbol>): string | null {
    if (guardedLocally(node, req)) return null;
    const { fn, sym } = enclosingFunction(node);
    if (!fn) return "outside any function";
    if (!sym) return "in a function passed or stored where its callers cannot be followed";
    const key = `${req.set} ${req.version}`;
    const known = memo.get(sym) ?? new Map<string, string | null>();
    memo.set(sym, known);
    if (known.has(key)) return known.get(key) ?? null;
    if (stack.has(sym)) return null; // recursion: the outer call decides
    const refs = references.get(sym) ?? [];
    const next = new Set(stack).add(sym);
    let reason = refs.length === 0 ? `${sym.name}() is not called in src/, so no caller's guard can be checked` : null;
    for (const ref of refs) {
      const r = unguarded(ref, req, next);
      if (r) {
        const at = where(ref);
        reason = `via ${sym.name}() at ${at.file}:${at.line}${r.startsWith("via ") ? ` ${r}` : ""}`;
        break;
      }
    }
    known.set(key, reason);
    return reason;
  }

  const uses: (Requirement & { node: ts.Node; member: string })[] = [];
  const record = (node: ts.Node, decls: ts.Declaration[], member: string) => {
    const reqs = decls.map(requirementOf).filter((r): r is Requirement => r !== null);
    if (!reqs.length) return;
    // Overloads: the most lenient declaration the call could mean.
    const req = reqs.reduce((a, b) => (a.set === b.set && compareVersions(b.version, a.version) < 0 ? b : a));
    uses.push({ node, member, ...req });
  };
  const memberName = (sym: ts.Symbol) => {
    const decl = sym.declarations?.[0];
    const ownerName = (decl?.parent as ts.NamedDeclaration | undefined)?.name;
    const owner = ownerName && ts.isIdentifier(ownerName) ? `${ownerName.text}.` : "";
    return `${owner}${sym.name}`;
  };

  for (const sf of ours) {
    const visit = (n: ts.Node) => {
      if (ts.isPropertyAccessExpression(n)) {
        const sym = resolve(checker.getSymbolAtLocation(n.name));
        if (sym?.declarations?.some((d) => OFFICE_TYPES.test(d.getSourceFile().fileName))) {
          const call = ts.isCallExpression(n.parent) && n.parent.expression === n ? n.parent : ts.isNewExpression(n.parent) && n.parent.expression === n ? n.parent : null;
          const sig = call ? checker.getResolvedSignature(call) : null;
          const decls = sig?.declaration && OFFICE_TYPES.test(sig.declaration.getSourceFile().fileName) && requirementOf(sig.declaration) ? [sig.declaration] : sym.declarations;
          record(n.name, decls, memberName(sym));
        }
        // load("a,items/b"): the properties named in the string.
        if (n.name.text === "load" && ts.isCallExpression(n.parent) && n.parent.expression === n && n.parent.arguments[0] && ts.isStringLiteralLike(n.parent.arguments[0])) {
          const arg = n.parent.arguments[0];
          for (const p of arg.text
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)) {
            let type = checker.getTypeAtLocation(n.expression);
            for (const seg of p.split("/")) {
              const prop = type && checker.getPropertyOfType(checker.getNonNullableType(type), seg);
              if (!prop) break;
              record(arg, prop.declarations ?? [], `${memberName(prop)} (load "${p}")`);
              type = checker.getTypeOfSymbolAtLocation(prop, arg);
              const element = type && checker.getIndexTypeOfType(type, ts.IndexKind.Number);
              if (element) type = element;
            }
          }
        }
      }
      if (ts.isObjectLiteralExpression(n)) {
        const ctx = checker.getContextualType(n);
        if (ctx) {
          for (const p of n.properties) {
            if (!p.name || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) continue;
            const prop = checker.getPropertyOfType(checker.getNonNullableType(ctx), p.name.text);
            if (prop?.declarations?.some((d) => OFFICE_TYPES.test(d.getSourceFile().fileName))) record(p.name, prop.declarations, memberName(prop));
          }
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }

  const problems: ApiProblem[] = [];
  for (const u of uses) {
    const req = { set: u.set, version: u.version };
    if (isDeclared(req)) continue;
    const reason = unguarded(u.node, req, new Set());
    if (reason) problems.push({ ...where(u.node), member: u.member, set: u.set, version: u.version, reason });
  }
  return { problems, uses: uses.map((u) => ({ ...where(u.node), member: u.member, set: u.set, version: u.version })) };
}

/** Problems as lines: file:line member needs Set N (reason). */
export function formatProblems(problems: ApiProblem[]): string[] {
  return problems.map(
    (p) =>
      `${p.file}:${p.line}:${p.column} ${p.member} 需要 ${p.set} ${p.version}，清单未声明且无 isSetSupported 检测（${p.reason}）/ needs ${p.set} ${p.version}: not declared in the manifest and not behind an isSetSupported test (${p.reason})`,
  );
}

/** The highest version of each set among `uses` (what a manifest would have to declare to need no guard). */
export function highestVersions(uses: { set: string; version: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const u of uses) if (!out[u.set] || compareVersions(u.version, out[u.set]) > 0) out[u.set] = u.version;
  return out;
}
