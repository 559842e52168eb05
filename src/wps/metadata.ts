// The WPS function metadata, generated from the one table (src/functions/table.ts):
// the same names as Excel's, the Chinese help (WPS 表格 is a Chinese product;
// the 插入函数 dialog shows these texts under 用户定义).
//  - functionsJson(): dist/wps/functions.json, which manifest.xml names
//    (<Functions><Uri>, Kingsoft's "WPS加载项 自定义函数"); the layout of Office's
//    custom-function metadata, which wpsjs's functionsScanner also writes.
//  - addCustomFunctionMetadata(): the 4th argument of wps.AddCustomFunction
//    (et-jsapi-declare's WPS.EtAddonRoot: description, parameters[{name, type,
//    description}], result{type}); a trailing "?" marks an optional parameter.
// The build calls both (webpack.config.js); the bundle's copy of the table has
// no help texts (scripts/build/strip-help-loader.ts), so the page gets them from the build.
import { FUNCTION_IDS, FUNCTIONS, type FunctionId, type ParamSpec, type ResultKind } from "../functions/table";
import { NAMESPACE } from "./functions";

const RESULT_TYPE: Record<ResultKind, string> = { number: "number", string: "string", boolean: "boolean", cell: "any", row: "any", table: "any" };
const MATRIX: ReadonlySet<ResultKind> = new Set(["cell", "row", "table"]);

export interface WpsParameterJson {
  name: string;
  description: string;
  type: "any";
  dimensionality: "scalar" | "matrix";
  optional?: true;
}

export interface WpsFunctionJson {
  id: string;
  name: string;
  description: string;
  parameters: WpsParameterJson[];
  result: { type: string; dimensionality: "scalar" | "matrix" };
}

export interface WpsFunctionsFile {
  functions: WpsFunctionJson[];
}

const parameter = (p: ParamSpec): WpsParameterJson => ({
  name: p.zhName,
  description: p.zh,
  type: "any",
  dimensionality: p.kind === "range" ? "matrix" : "scalar",
  ...(p.optional ? { optional: true as const } : {}),
});

/** dist/wps/functions.json: every function of the table, Chinese help. */
export function functionsJson(): WpsFunctionsFile {
  return {
    functions: FUNCTION_IDS.map((id) => {
      const spec = FUNCTIONS[id];
      return {
        id,
        name: id,
        description: spec.zh,
        parameters: spec.params.map(parameter),
        result: { type: RESULT_TYPE[spec.result], dimensionality: MATRIX.has(spec.result) ? "matrix" : "scalar" },
      };
    }),
  };
}

export interface AddCustomFunctionMetadata {
  description: string;
  parameters: { name: string; type: string; description: string }[];
  result: { type: string };
}

/** wps.AddCustomFunction's metadata of each function: a range is any[][], a value any; optional ones end in "?". */
export function addCustomFunctionMetadata(): Record<FunctionId, AddCustomFunctionMetadata> {
  return Object.fromEntries(
    FUNCTION_IDS.map((id) => {
      const spec = FUNCTIONS[id];
      return [
        id,
        {
          description: spec.zh,
          parameters: spec.params.map((p: ParamSpec) => ({ name: p.zhName, type: `${p.kind === "range" ? "any[][]" : "any"}${p.optional ? "?" : ""}`, description: p.zh })),
          result: { type: RESULT_TYPE[spec.result] },
        },
      ];
    }),
  ) as Record<FunctionId, AddCustomFunctionMetadata>;
}

/** The add-in's name in WPS (manifest.xml <Name>, jsplugins.xml name=…). */
export const ADDIN_NAME = "sanpi";

const xml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** dist/wps/manifest.xml (Kingsoft's <JsPlugin> layout): the functions' metadata file and namespace. */
export function manifestXml(description: string): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<JsPlugin>`,
    `  <ApiVersion>1.0.0</ApiVersion>`,
    `  <Name>${ADDIN_NAME}</Name>`,
    `  <Description>${xml(description)}</Description>`,
    `  <Functions>`,
    `    <Uri>functions.json</Uri>`,
    `    <Namespace>${NAMESPACE}</Namespace>`,
    `  </Functions>`,
    `</JsPlugin>`,
    ``,
  ].join("\n");
}
