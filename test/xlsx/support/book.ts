// A whole .xlsx made of renderSheets' parts, for the tests of the sheet
// writer: the smallest package around them (the real one, which keeps a
// user's parts, is the package writer's). Read back with ExcelJS and printed
// with LibreOffice, two readers that share no code with the writer.
import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { strToU8, zipSync } from "fflate";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { SheetPart } from "../../../src/xlsx/write/types";

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** An .xlsx holding `sheets` (and their comments and drawings) with `stylesXml`. */
export function packageOf(sheets: SheetPart[], stylesXml: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const types: string[] = [];
  const names: string[] = [];
  const rels: string[] = [];
  const counters = new Map<string, number>();
  sheets.forEach((s, i) => {
    const n = i + 1;
    files[`xl/worksheets/sheet${n}.xml`] = strToU8(s.xml);
    types.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    rels.push(`<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    const sheetRels = s.related.map((r) => {
      const k = (counters.get(r.stem) ?? 0) + 1;
      counters.set(r.stem, k);
      const file = `${r.folder}/${r.stem}${k}.${r.extension}`;
      files[file] = typeof r.data === "string" ? strToU8(r.data) : r.data;
      types.push(`<Override PartName="/${file}" ContentType="${r.contentType}"/>`);
      return `<Relationship Id="${r.id}" Type="${r.type}" Target="${path.posix.relative("xl/worksheets", file)}"/>`;
    });
    if (sheetRels.length) {
      files[`xl/worksheets/_rels/sheet${n}.xml.rels`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels.join("")}</Relationships>`);
    }
    names.push(...s.definedNames.map((d) => `<definedName name="${esc(d.name)}" localSheetId="${i}">${esc(d.formula)}</definedName>`));
  });
  const sheetList = sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`).join("");
  files["xl/workbook.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${sheetList}</sheets>${names.length ? `<definedNames>${names.join("")}</definedNames>` : ""}</workbook>`,
  );
  files["xl/styles.xml"] = strToU8(stylesXml);
  rels.push(`<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  files["xl/_rels/workbook.xml.rels"] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  files["_rels/.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files["[Content_Types].xml"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      `${types.join("")}</Types>`,
  );
  return zipSync(files);
}

/** Throws with the parser's message when `xml` is not well-formed. */
export function wellFormed(xml: string): void {
  const r = XMLValidator.validate(xml);
  if (r !== true) throw new Error(`not well-formed: ${r.err.msg} (line ${r.err.line}) in ${xml.slice(0, 200)}`);
}

export const parseXml = (xml: string): Record<string, unknown> =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", preserveOrder: false, parseTagValue: false, trimValues: false }).parse(xml);

export const hasSoffice = (): boolean => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

/**
 * LibreOffice converts each of `books` (.xlsx bytes) to `format` (pdf, csv…),
 * in one run; the output files' bytes, in order. Its own profile, so parallel
 * runs never share one.
 */
export function sofficeConvert(books: Uint8Array[], format: string): Buffer[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sanpi-soffice-"));
  try {
    const files = books.map((bytes, i) => {
      const file = path.join(dir, `book${i}.xlsx`);
      writeFileSync(file, bytes);
      return file;
    });
    const out = path.join(dir, "out");
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", format, "--outdir", out, ...files], { stdio: "ignore", timeout: 300_000 });
    const ext = format.split(":")[0];
    return books.map((_, i) => {
      const name = readdirSync(out).find((f) => f === `book${i}.${ext}`);
      if (!name) throw new Error(`LibreOffice wrote no book${i}.${ext}`);
      return readFileSync(path.join(out, name));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pages of a PDF (pdfinfo). */
export function pdfPages(pdf: Buffer): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sanpi-pdf-"));
  try {
    writeFileSync(path.join(dir, "a.pdf"), pdf);
    const info = execFileSync("pdfinfo", [path.join(dir, "a.pdf")], { encoding: "utf8" });
    return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of each page of a PDF (pdftotext), pages split at form feeds. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sanpi-pdf-"));
  try {
    writeFileSync(path.join(dir, "a.pdf"), pdf);
    return execFileSync("pdftotext", ["-layout", path.join(dir, "a.pdf"), "-"], { encoding: "utf8" }).split("\f").slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
