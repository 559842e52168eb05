// Validate an add-in manifest against Microsoft's manifest XSDs
// (scripts/manifest-schemas/, source and patches in its README) with libxml2
// compiled to WebAssembly: offline, unlike `office-addin-manifest validate`.
const fs = require("fs");
const path = require("path");

const SCHEMAS = path.join(__dirname, "manifest-schemas");
const MAIN = "OfficeAppManifestV1_1.xsd";

/** Problems (libxml2's messages, line numbers of the manifest); empty when it validates. */
async function validateManifestSchema(xml) {
  const { validateXML } = require("xmllint-wasm");
  const files = fs.readdirSync(SCHEMAS).filter((f) => f.endsWith(".xsd"));
  const load = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(SCHEMAS, f), "utf8") });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: String(xml) }],
    schema: [load(MAIN)],
    preload: files.filter((f) => f !== MAIN).map(load),
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage.trim());
}

module.exports = { validateManifestSchema, SCHEMAS };
