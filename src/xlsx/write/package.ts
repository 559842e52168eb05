// The package writer (never-lose issue §1): the user's .xlsx with sheets
// added, replaced or removed, every other part kept byte for byte, copied as
// it is compressed (deflate data and CRC-32 untouched, never inflated), so
// memory grows with what is added, not with the user's cells. One writer for
// every command that writes and for the page; browser-safe (fflate only).
//
//   editPackage(original: Uint8Array | null, edit: PackageEdit): Uint8Array
//   packageInfo(original: Uint8Array): PackageInfo  (sheets, defined names, styles.xml, for planning)
//
// The parts a change may touch: [Content_Types].xml, the workbook part and
// its relationships, xl/styles.xml (replaced by edit.stylesXml, append-only by
// its maker), docProps/app.xml (its sheet titles dropped when the sheets
// change: Excel writes them again on save), xl/calcChain.xml (dropped when a
// sheet is removed or replaced: Excel rebuilds it). Removing a sheet removes
// its part, its relationships and every part only it used (comments,
// drawings, charts, tables…), its sheet-scoped names and the names asked for.
// `original === null` builds a new workbook holding only the added sheets.
// An .xlsm keeps its vbaProject.bin and its content types.
import { parseWorkbook, resolveTarget, relsPathOf } from "../parts";
import { partKey, ZipArchive, type ZipEntry } from "../zip";
import { xmlText as partText } from "../xml";
import { attrOf, beforeClose, findAll, findOne, freeId, prefixedAttrOf, prefixFor, relativeTarget, relsOf, relXml, splice, withAttr, withoutAttr, type Found } from "./opc";
import { NS_MAIN, NS_REL, xmlAttr, xmlText, XML_DECL } from "./sheetml-xml";
import { writeZip, type OutMember } from "./zip-write";
import type { PackageEdit, SheetPart } from "./types";

export type { PackageEdit, SheetPart } from "./types";

/** A package this writer cannot edit (no workbook part, a sheet to remove that is not there…). */
export class PackageError extends Error {}

const REL_TYPES = [NS_REL, "http://purl.oclc.org/ooxml/officeDocument/relationships"];
const WORKSHEET_REL = `${NS_REL}/worksheet`;
const STYLES_REL = `${NS_REL}/styles`;
const WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const CT_PART = "[Content_Types].xml";

const encoder = new TextEncoder();
const textOf = (zip: ZipArchive, name: string): string | null => {
  const b = zip.read(name);
  return b === null ? null : partText(b);
};

export interface PackageInfo {
  /** Every sheet in tab order (worksheets, chart sheets alike), with its state. */
  sheets: { name: string; state: string; worksheet: boolean }[];
  /** Defined names; localSheetId is the 0-based tab index of a sheet-scoped name. */
  definedNames: { name: string; formula: string; localSheetId: number | null; hidden: boolean }[];
  /** The workbook's styles.xml, for renderSheets to append to; null when it has none. */
  stylesXml: string | null;
  /** The workbook counts dates from 1904 (workbookPr date1904): new sheets' date serials are shifted to match. */
  date1904: boolean;
}

interface Book {
  zip: ZipArchive;
  workbookPart: string;
  workbookXml: string;
  relsPart: string;
  relsXml: string;
  sheets: { found: Found; name: string; relId: string; sheetId: number; state: string }[];
}

function openBook(bytes: Uint8Array): Book {
  const zip = new ZipArchive(bytes);
  const root = relsOf(textOf(zip, "_rels/.rels") ?? "");
  const office = root.find((r) => r.type.endsWith("/officeDocument") && !r.external);
  const workbookPart = office ? resolveTarget("", decodeURI(office.target)) : "xl/workbook.xml";
  const workbookXml = textOf(zip, workbookPart);
  if (workbookXml === null) throw new PackageError(`no workbook part (${workbookPart})`);
  const relsPart = relsPathOf(workbookPart);
  const relsXml = textOf(zip, relsPart) ?? `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const sheetsEl = findOne(workbookXml, "sheets");
  const sheets = (sheetsEl ? findAll(workbookXml.slice(0, sheetsEl.to), "sheet").filter((f) => f.from > sheetsEl.from) : []).map((found) => ({
    found,
    name: attrOf(found.tag, "name") ?? "",
    relId: prefixedAttrOf(found.tag, "id") ?? "",
    sheetId: Number(attrOf(found.tag, "sheetId")) || 0,
    state: attrOf(found.tag, "state") ?? "visible",
  }));
  return { zip, workbookPart, workbookXml, relsPart, relsXml, sheets };
}

/** What a caller needs to plan a write: the sheets, the defined names, the styles to append to. */
export function packageInfo(bytes: Uint8Array): PackageInfo {
  const book = openBook(bytes);
  const rels = relsOf(book.relsXml);
  const styles = rels.find((r) => r.type.endsWith("/styles") && !r.external);
  const names = findOne(book.workbookXml, "definedNames");
  return {
    sheets: book.sheets.map((s) => ({ name: s.name, state: s.state, worksheet: rels.find((r) => r.id === s.relId)?.type.endsWith("/worksheet") ?? false })),
    definedNames: (names ? findAll(names.inner, "definedName") : []).map((d) => {
      const local = attrOf(d.tag, "localSheetId");
      return {
        name: attrOf(d.tag, "name") ?? "",
        formula: partInnerText(d.inner),
        localSheetId: local === null ? null : Number(local),
        hidden: /^(1|true)$/.test(attrOf(d.tag, "hidden") ?? ""),
      };
    }),
    stylesXml: styles ? textOf(book.zip, resolveTarget(book.workbookPart, decodeURI(styles.target))) : null,
    date1904: parseWorkbook(book.workbookXml).date1904,
  };
}

const partInnerText = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, n: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[n]!);

/** A new, empty workbook package (no sheets yet), for `template`. */
function skeleton(stylesXml: string): Uint8Array {
  const part = (name: string, xml: string): OutMember => ({ name, bytes: encoder.encode(xml) });
  return writeZip([
    part(
      CT_PART,
      `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${STYLES_CT}"/></Types>`,
    ),
    part(
      "_rels/.rels",
      `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relXml("rId1", `${NS_REL}/officeDocument`, "xl/workbook.xml")}</Relationships>`,
    ),
    part("xl/workbook.xml", `${XML_DECL}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`),
    part("xl/_rels/workbook.xml.rels", `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relXml("rId1", STYLES_REL, "styles.xml")}</Relationships>`),
    part("xl/styles.xml", stylesXml),
  ]);
}

/** styles.xml with the one font, fill, border and cell format every workbook needs. */
export const MINIMAL_STYLES =
  `${XML_DECL}<styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font><sz val="11"/><name val="等线"/><family val="2"/><scheme val="minor"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

type Slot = { old: Book["sheets"][number]; oldIndex: number } | { add: SheetPart; relId: string; sheetId: number; part: string };

/** The user's package with `edit` applied; every part the edit does not need to touch is copied as it is compressed. */
export function editPackage(original: Uint8Array | null, edit: PackageEdit): Uint8Array {
  const fresh = original === null;
  const book = openBook(original ?? skeleton(edit.stylesXml ?? MINIMAL_STYLES));
  const { zip, workbookPart } = book;
  const wbFolder = workbookPart.split("/").slice(0, -1).join("/");
  const inFolder = (name: string) => (wbFolder ? `${wbFolder}/${name}` : name);

  const replaced = new Map<string, Uint8Array>(); // part key → new bytes
  const removedParts = new Set<string>(); // part keys
  const added: OutMember[] = [];
  const overridesToAdd: { part: string; type: string }[] = [];
  const takenParts = new Set(zip.entries().map((e) => partKey(e.name)));
  const newPart = (folder: string, stem: string, ext: string): string => {
    for (let i = 1; ; i++) {
      const name = `${folder}/${stem}${i}.${ext}`;
      if (!takenParts.has(partKey(name))) {
        takenParts.add(partKey(name));
        return name;
      }
    }
  };

  // Workbook relationships.
  const wbRels = relsOf(book.relsXml);
  const relIds = new Set(wbRels.map((r) => r.id));
  const relTarget = (id: string) => {
    const r = wbRels.find((x) => x.id === id && !x.external);
    return r ? resolveTarget(workbookPart, decodeURI(r.target)) : null;
  };
  const relEdits: { from: number; to: number; text: string }[] = [];
  let relsInsert = "";

  // Sheets to remove.
  const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();
  const removing = book.sheets.filter((s) => edit.remove.some((n) => sameName(n, s.name)));
  for (const n of edit.remove) if (!book.sheets.some((s) => sameName(n, s.name))) throw new PackageError(`no sheet “${n}” to remove`);
  const sheetRoots: string[] = [];
  for (const s of removing) {
    const rel = wbRels.find((r) => r.id === s.relId);
    if (rel) relEdits.push({ from: rel.found.from, to: rel.found.to, text: "" });
    const target = relTarget(s.relId);
    if (target) sheetRoots.push(target);
  }
  for (const p of partsOnlyUsedBy(zip, sheetRoots)) removedParts.add(p);

  // Worksheet XML replaced in place (merge --into).
  for (const r of edit.replace ?? []) {
    const s = book.sheets.find((x) => sameName(x.name, r.name));
    const target = s && relTarget(s.relId);
    if (!target) throw new PackageError(`no sheet “${r.name}” to replace`);
    replaced.set(partKey(target), encoder.encode(r.xml));
  }

  // The final order of the tabs.
  const slots: Slot[] = book.sheets.map((old, oldIndex) => ({ old, oldIndex })).filter((s) => !removing.includes(s.old));
  let nextSheetId = Math.max(0, ...book.sheets.map((s) => s.sheetId)) + 1;
  const allNames = slots.map((s) => ("old" in s ? s.old.name : ""));
  for (const { sheet, position } of edit.add) {
    if (allNames.some((n) => sameName(n, sheet.name))) throw new PackageError(`a sheet named “${sheet.name}” is already there`);
    allNames.push(sheet.name);
    const part = newPart(inFolder("worksheets"), "sheet", "xml");
    const relId = freeId(relIds);
    relsInsert += relXml(relId, WORKSHEET_REL, relativeTarget(workbookPart, part));
    overridesToAdd.push({ part, type: WORKSHEET_CT });
    const slot: Slot = { add: sheet, relId, sheetId: nextSheetId++, part };
    slots.splice(position === undefined ? slots.length : Math.max(0, Math.min(position, slots.length)), 0, slot);
  }
  const newIndexOfOld = new Map<number, number>();
  slots.forEach((s, i) => "old" in s && newIndexOfOld.set(s.oldIndex, i));

  // Which tab opens: the user's, unless it is removed or the workbook is new.
  const wbXml = book.workbookXml;
  const view = findOne(wbXml, "workbookView");
  const oldActive = Number((view && attrOf(view.tag, "activeTab")) ?? 0) || 0;
  const visible = (s: Slot) => ("old" in s ? s.old.state === "visible" : !s.add.hidden);
  let active = newIndexOfOld.get(oldActive) ?? -1;
  if (active < 0 || fresh) {
    const wanted = edit.activeSheet !== undefined ? slots.findIndex((s) => sameName("old" in s ? s.old.name : s.add.name, edit.activeSheet!)) : -1;
    active = wanted >= 0 && visible(slots[wanted]) ? wanted : slots.findIndex(visible);
    if (active < 0) active = 0;
  }

  // New sheets' parts.
  const relPrefix = prefixFor(wbXml, REL_TYPES);
  const mainPrefix = findOne(wbXml, "sheets")?.prefix ?? findOne(wbXml, "workbook")?.prefix ?? "";
  slots.forEach((s, i) => {
    if (!("add" in s)) return;
    let xml = s.add.xml;
    if (i === active) xml = xml.replace(/<((?:[\w.-]+:)?)sheetView(?=[\s/>])/, (m) => `${m} tabSelected="1"`);
    added.push({ name: s.part, bytes: encoder.encode(xml) });
    if (s.add.related.length === 0) return;
    let rels = "";
    for (const r of s.add.related) {
      const part = newPart(r.folder, r.stem, r.extension);
      overridesToAdd.push({ part, type: r.contentType });
      added.push({ name: part, bytes: typeof r.data === "string" ? encoder.encode(r.data) : r.data });
      rels += relXml(r.id, r.type, relativeTarget(s.part, part));
    }
    added.push({ name: relsPathOf(s.part), bytes: encoder.encode(`${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`) });
  });

  // The workbook part: <sheets>, <definedNames>, the active tab.
  const wbEdits: { from: number; to: number; text: string }[] = [];
  const rAttr = relPrefix ? `${relPrefix}id` : "r:id";
  const rDecl = relPrefix ? "" : ` xmlns:r="${NS_REL}"`;
  const sheetsEl = findOne(wbXml, "sheets");
  if (!sheetsEl) throw new PackageError("the workbook part has no <sheets>");
  const sheetsXml = slots
    .map((s) => {
      if ("old" in s) return s.old.found.text;
      const state = s.add.hidden ? ' state="hidden"' : "";
      return `<${mainPrefix}sheet name="${xmlAttr(s.add.name)}" sheetId="${s.sheetId}"${state} ${rAttr}="${s.relId}"${rDecl}/>`;
    })
    .join("");
  const sheetsOpen = sheetsEl.tag.endsWith("/>") ? sheetsEl.tag.slice(0, -2) + ">" : sheetsEl.tag;
  wbEdits.push({ from: sheetsEl.from, to: sheetsEl.to, text: `${sheetsOpen}${sheetsXml}</${sheetsEl.prefix}sheets>` });

  const namesEl = findOne(wbXml, "definedNames");
  const dropNames = new Set((edit.removeDefinedNames ?? []).map((n) => n.toLocaleLowerCase()));
  const removedIndexes = new Set(removing.map((s) => book.sheets.indexOf(s)));
  const keptNames = (namesEl ? findAll(namesEl.inner, "definedName") : [])
    .map((d) => {
      const local = attrOf(d.tag, "localSheetId");
      if (local === null) return dropNames.has((attrOf(d.tag, "name") ?? "").toLocaleLowerCase()) ? "" : d.text;
      const n = newIndexOfOld.get(Number(local));
      if (n === undefined || removedIndexes.has(Number(local))) return "";
      return n === Number(local) ? d.text : withAttr(d.tag, "localSheetId", String(n)) + d.text.slice(d.tag.length);
    })
    .join("");
  const namePrefix = namesEl?.prefix ?? mainPrefix;
  const nameXml = (name: string, formula: string, extra: string) => `<${namePrefix}definedName name="${xmlAttr(name)}"${extra}>${xmlText(formula)}</${namePrefix}definedName>`;
  let newNames = "";
  for (const d of edit.definedNames ?? []) {
    newNames += nameXml(d.name, d.formula, `${d.comment ? ` comment="${xmlAttr(d.comment)}"` : ""}${d.hidden ? ' hidden="1"' : ""}`);
  }
  slots.forEach((s, i) => {
    if ("add" in s) for (const d of s.add.definedNames) newNames += nameXml(d.name, d.formula, ` localSheetId="${i}"${d.hidden ? ' hidden="1"' : ""}`);
  });
  const allDefined = keptNames + newNames;
  if (namesEl) {
    const open = namesEl.tag.endsWith("/>") ? namesEl.tag.slice(0, -2) + ">" : namesEl.tag;
    wbEdits.push({ from: namesEl.from, to: namesEl.to, text: allDefined ? `${open}${allDefined}</${namesEl.prefix}definedNames>` : "" });
  } else if (allDefined) {
    // CT_Workbook: sheets, functionGroups, externalReferences, definedNames.
    const after = findOne(wbXml, "externalReferences") ?? findOne(wbXml, "functionGroups") ?? sheetsEl;
    wbEdits.push({ from: after.to, to: after.to, text: `<${mainPrefix}definedNames>${allDefined}</${mainPrefix}definedNames>` });
  }

  if (view) {
    let tag = view.tag;
    if (active !== oldActive || attrOf(tag, "activeTab") !== null) tag = active === 0 ? withoutAttr(tag, "activeTab") : withAttr(tag, "activeTab", String(active));
    const first = attrOf(tag, "firstSheet");
    if (first !== null) {
      const n = newIndexOfOld.get(Number(first));
      tag = n === undefined || n === 0 ? withoutAttr(tag, "firstSheet") : withAttr(tag, "firstSheet", String(n));
    }
    if (tag !== view.tag) wbEdits.push({ from: view.from, to: view.from + view.tag.length, text: tag });
  } else if (active !== 0) {
    wbEdits.push({ from: sheetsEl.from, to: sheetsEl.from, text: `<${mainPrefix}bookViews><${mainPrefix}workbookView activeTab="${active}"/></${mainPrefix}bookViews>` });
  }
  replaced.set(partKey(workbookPart), encoder.encode(splice(wbXml, wbEdits)));

  // styles.xml: replaced by the append-only one, or added.
  if (edit.stylesXml !== undefined) {
    const stylesRel = wbRels.find((r) => r.type.endsWith("/styles") && !r.external);
    if (stylesRel) replaced.set(partKey(resolveTarget(workbookPart, decodeURI(stylesRel.target))), encoder.encode(edit.stylesXml));
    else {
      const part = newPart(wbFolder || "xl", "styles", "xml");
      added.push({ name: part, bytes: encoder.encode(edit.stylesXml) });
      relsInsert += relXml(freeId(relIds), STYLES_REL, relativeTarget(workbookPart, part));
      overridesToAdd.push({ part, type: STYLES_CT });
    }
  }

  // calcChain.xml names cells by sheet: dropped when sheets go or change (Excel rebuilds it).
  if (removing.length > 0 || (edit.replace ?? []).length > 0) {
    for (const r of wbRels) {
      if (!r.type.endsWith("/calcChain") || r.external) continue;
      removedParts.add(partKey(resolveTarget(workbookPart, decodeURI(r.target))));
      relEdits.push({ from: r.found.from, to: r.found.to, text: "" });
    }
  }
  replaced.set(partKey(book.relsPart), encoder.encode(beforeClose(splice(book.relsXml, relEdits), "Relationships", relsInsert)));

  // docProps/app.xml lists the sheets' titles: dropped when the sheets change (optional; Excel writes them on save).
  const appRel = relsOf(textOf(zip, "_rels/.rels") ?? "").find((r) => r.type.endsWith("/extended-properties") && !r.external);
  const appPart = appRel ? resolveTarget("", decodeURI(appRel.target)) : "docProps/app.xml";
  const appXml = !fresh && (removing.length > 0 || edit.add.length > 0) ? textOf(zip, appPart) : null;
  if (appXml !== null) {
    const drop = [findOne(appXml, "HeadingPairs"), findOne(appXml, "TitlesOfParts")].filter((f): f is Found => f !== null);
    if (drop.length)
      replaced.set(
        partKey(appPart),
        encoder.encode(
          splice(
            appXml,
            drop.map((f) => ({ from: f.from, to: f.to, text: "" })),
          ),
        ),
      );
  }

  // [Content_Types].xml: the removed parts' overrides out, the new parts' in.
  const ctXml = textOf(zip, CT_PART);
  if (ctXml === null) throw new PackageError("no [Content_Types].xml");
  const ctEdits = findAll(ctXml, "Override")
    .filter((o) => removedParts.has(partKey(attrOf(o.tag, "PartName") ?? "")))
    .map((o) => ({ from: o.from, to: o.to, text: "" }));
  const overrides = overridesToAdd.map((o) => `<Override PartName="/${xmlAttr(o.part)}" ContentType="${xmlAttr(o.type)}"/>`).join("");
  replaced.set(partKey(CT_PART), encoder.encode(beforeClose(splice(ctXml, ctEdits), "Types", overrides)));

  // The archive: every member in its order, copied unless replaced or removed; the new parts after.
  const members: OutMember[] = [];
  for (const e of zip.entries()) {
    const key = partKey(e.name);
    if (removedParts.has(key)) continue;
    const bytes = replaced.get(key);
    members.push(bytes ? { name: e.name, bytes } : copyOf(zip, e));
  }
  return writeZip([...members, ...added]);
}

const copyOf = (zip: ZipArchive, e: ZipEntry): OutMember => ({ name: e.name, copy: e, raw: zip.rawData(e) });

/**
 * The parts to remove with `roots` (the removed sheets' parts): the roots, their
 * relationship parts, and every part reached from them that no remaining
 * part refers to (comments, drawings and their charts, tables, printer settings).
 */
function partsOnlyUsedBy(zip: ZipArchive, roots: string[]): Set<string> {
  const removed = new Set<string>();
  if (roots.length === 0) return removed;
  // Who refers to whom: every relationship part of the package (small parts).
  const refs = new Map<string, Set<string>>(); // target key → source keys
  const targetsOf = new Map<string, string[]>(); // source key → target keys
  for (const e of zip.entries()) {
    const m = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(e.name.replace(/\\/g, "/"));
    if (!m) continue;
    const source = `${m[1]}${m[2]}`;
    const xml = textOf(zip, e.name) ?? "";
    const targets = relsOf(xml)
      .filter((r) => !r.external)
      .map((r) => partKey(resolveTarget(source, safeDecode(r.target))));
    targetsOf.set(partKey(source), targets);
    for (const t of targets) (refs.get(t) ?? refs.set(t, new Set()).get(t)!).add(partKey(source));
  }
  const queue = roots.map(partKey);
  for (const r of queue) removed.add(r);
  while (queue.length) {
    const p = queue.shift()!;
    removed.add(partKey(relsPathOf(p)));
    for (const t of targetsOf.get(p) ?? []) {
      if (removed.has(t)) continue;
      const users = refs.get(t) ?? new Set();
      if ([...users].every((u) => removed.has(u))) {
        removed.add(t);
        queue.push(t);
      }
    }
  }
  return removed;
}

const safeDecode = (s: string): string => {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
};
