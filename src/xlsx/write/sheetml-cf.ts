// Data bars on the totals as conditional formatting: light, from 0, and no
// longer than half the cell, so the right-aligned number sits beside its bar
// (issue 20 item 3). The Excel 2010 extension makes the bars solid; readers
// without it draw the 2007 bar of the same colour and length.
import { DATA_BAR_COLOR, DATA_BAR_MAX_LENGTH, headerRowOf, type SheetSpec } from "../../engine/sheets/types";
import { rangeRef } from "./sheetml-xml";

const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";

export interface ConditionalXml {
  conditionalFormatting: string;
  /** The worksheet's <extLst>, or "". */
  extLst: string;
}

/** A stable id per sheet, so the same specs give the same bytes. */
const ruleId = (sheetIndex: number): string => `{5A4E5049-0000-4000-8000-${(sheetIndex + 1).toString(16).padStart(12, "0").toUpperCase()}}`;

export function renderDataBars(spec: SheetSpec, sheetIndex: number): ConditionalXml {
  const col = spec.dataBarColumn;
  if (col === undefined || col >= spec.columns.length || spec.rows.length === 0) return { conditionalFormatting: "", extLst: "" };
  const first = headerRowOf(spec) + 1;
  const sqref = rangeRef(first, col, first + spec.rows.length - 1, col);
  const values = spec.rows.map((r) => r[col]).filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  // From 0 when every value is ≥ 0, so a bar's length is proportional to its number.
  const low = values.every((v) => v >= 0) ? '<cfvo type="num" val="0"/>' : '<cfvo type="min"/>';
  const lowX14 = values.every((v) => v >= 0) ? '<x14:cfvo type="num"><xm:f>0</xm:f></x14:cfvo>' : '<x14:cfvo type="autoMin"/>';
  const color = `FF${DATA_BAR_COLOR.slice(1).toUpperCase()}`;
  const id = ruleId(sheetIndex);
  const length = `minLength="0" maxLength="${DATA_BAR_MAX_LENGTH}"`;
  const conditionalFormatting =
    `<conditionalFormatting sqref="${sqref}"><cfRule type="dataBar" priority="1"><dataBar ${length}>${low}<cfvo type="max"/><color rgb="${color}"/></dataBar>` +
    `<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${X14}"><x14:id>${id}</x14:id></ext></extLst></cfRule></conditionalFormatting>`;
  const extLst =
    `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings>` +
    `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="${id}"><x14:dataBar ${length} gradient="0">${lowX14}<x14:cfvo type="autoMax"/>` +
    `<x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule><xm:sqref>${sqref}</xm:sqref></x14:conditionalFormatting>` +
    `</x14:conditionalFormattings></ext></extLst>`;
  return { conditionalFormatting, extLst };
}
