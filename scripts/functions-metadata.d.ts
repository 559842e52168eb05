// Types of scripts/functions-metadata.js (CommonJS, loaded by webpack.config.js).
import type { FunctionSpec } from "../src/functions/table";

export interface MetadataParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: "matrix";
  optional?: boolean;
}
export interface MetadataFunction {
  id: string;
  name: string;
  description: string;
  parameters: MetadataParameter[];
  result: { type?: string; dimensionality?: "matrix" };
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
export class FunctionsMetadataPlugin {
  constructor(options?: { tableFile?: string; input?: string });
  apply(compiler: unknown): void;
}
