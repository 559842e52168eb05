// Types of scripts/functions-metadata.js (CommonJS, loaded by webpack.config.js).
import type { FunctionSpec } from "../src/functions/table";

export interface MetadataParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: "matrix";
  optional?: boolean;
  repeating?: boolean;
}
export interface MetadataFunction {
  id: string;
  name: string;
  description: string;
  parameters: MetadataParameter[];
  result: { type?: string; dimensionality?: "matrix" };
  options?: { requiresParameterAddresses?: boolean; requiresAddress?: boolean; stream?: boolean; cancelable?: boolean; volatile?: boolean };
}
export interface Metadata {
  functions: MetadataFunction[];
  [key: string]: unknown;
}
export type Table = Record<string, FunctionSpec>;
export const TABLE_FILE: string;
export function loadTable(file?: string): Table;
export function verify(metadata: Metadata, table: Table): string[];
export function localize(metadata: Metadata, table: Table, lang: "zh" | "en"): Metadata;
export function helpPage(table: Table): string;
/** Problems with metadata Excel would reject or misread (Microsoft's documented rules); empty when fine. */
export function checkMetadataRules(metadata: unknown): string[];
/** The metadata file of each language: English is the default, Chinese the zh-CN override. */
export const METADATA_FILES: { en: string; zh: string };
export class FunctionsMetadataPlugin {
  constructor(options?: { tableFile?: string; input?: string });
  apply(compiler: unknown): void;
}
