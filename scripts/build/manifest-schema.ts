// Validate an add-in manifest against Microsoft's manifest XSDs
// (scripts/build/manifest-schemas/, source and patches in its README) with libxml2
// compiled to WebAssembly: offline, unlike `office-addin-manifest validate`.
import * as fs from "fs";
import * as path from "path";
import { validateXML } from "xmllint-wasm";

export const SCHEMAS = path.join(__dirname, "manifest-schemas");
const MAIN = "OfficeAppManifestV1_1.xsd";

/** libxml2's messages (line numbers of the manifest) for a manifest that does not validate against the vendored XSDs; empty when it does. */
export async function validateManifestSchema(xml: string): Promise<string[]> {
  const files = fs.readdirSync(SCHEMAS).filter((f) => f.endsWith(".xsd"));
  const load = (f: string) => ({ fileName: f, contents: fs.readFileSync(path.join(SCHEMAS, f), "utf8") });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: String(xml) }],
    schema: [load(MAIN)],
    preload: files.filter((f) => f !== MAIN).map(load),
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage.trim());
}
