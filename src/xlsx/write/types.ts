// The seam between the two halves of the package writer (never-lose issue):
// `sheetml` turns the engine's SheetSpecs into worksheet parts and an
// append-only styles.xml; `package` copies the user's .xlsx part by part
// (unchanged parts as they are compressed) and adds, replaces or removes
// sheets. Both run in the browser too: no Node fs, zlib or Buffer here.

/** A part that belongs to one new sheet (its comments, their VML drawing). */
export interface RelatedPart {
  /** The relationship id the worksheet XML uses for it, e.g. "rId1" (unique within the sheet). */
  id: string;
  /** Relationship type URI, e.g. http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments */
  type: string;
  /** Content type, e.g. application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml */
  contentType: string;
  /** Folder inside the package, e.g. "xl" for comments (xl/commentsN.xml) or "xl/drawings" (vmlDrawingN.vml). */
  folder: string;
  /** File name stem and extension; the writer numbers it so it is unique: stem "comments", extension "xml". */
  stem: string;
  extension: string;
  data: string | Uint8Array;
}

/** A sheet-scoped defined name (print titles `_xlnm.Print_Titles`, print area); the writer sets localSheetId. */
export interface SheetDefinedName {
  name: string;
  /** The formula without "=", e.g. `'排名-乡镇'!$1:$2`. */
  formula: string;
  hidden?: boolean;
}

/** A complete new worksheet, ready to go into a package. */
export interface SheetPart {
  name: string;
  hidden?: boolean;
  /** The whole worksheet XML; relationship ids in it are those of `related`. */
  xml: string;
  related: RelatedPart[];
  definedNames: SheetDefinedName[];
}

/** A workbook-scoped defined name to add (the `SANPI_GENERATED_<n>` markers of placement.ts). */
export interface WorkbookDefinedName {
  name: string;
  formula: string;
  comment?: string;
  hidden?: boolean;
}

/** What one write changes; every part it does not name stays byte for byte. */
export interface PackageEdit {
  /** New sheets, in order; `position` is the 0-based index in the final sheet order (default: after the last). */
  add: { sheet: SheetPart; position?: number }[];
  /** Sheets removed with every part only they use (this project's generated sheets, on replace). */
  remove: string[];
  /** A sheet's worksheet XML replaced (merge --into patches the master's ledger); its other parts stay. */
  replace?: { name: string; xml: string }[];
  /** The new xl/styles.xml: the original's entries first, unchanged, then the new ones (append-only). */
  stylesXml?: string;
  /** Workbook-scoped names to add; names to drop (markers of removed sheets). */
  definedNames?: WorkbookDefinedName[];
  removeDefinedNames?: string[];
  /** The sheet to show when the workbook opens (default: unchanged). */
  activeSheet?: string;
}
