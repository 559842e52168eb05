// The members of WPS 表格's object model (ET, the global `Application`) this
// add-in uses, each typed as et-jsapi-declare (ISC) declares it. The WPS host
// (host.ts) uses only these, and the ET stand-in of the tests
// (test/wps-standin) implements exactly these.
/// <reference types="et-jsapi-declare" />

export interface EtFont {
  Bold: Et.Font["Bold"];
  Italic: Et.Font["Italic"];
  Size: Et.Font["Size"];
  Color: Et.Font["Color"];
}
export interface EtInterior {
  Color: Et.Interior["Color"];
}
export interface EtBorders {
  LineStyle: Et.Borders["LineStyle"];
  Weight: Et.Borders["Weight"];
  Color: Et.Borders["Color"];
}

export interface EtRange {
  Value2: Et.Range["Value2"];
  NumberFormat: Et.Range["NumberFormat"];
  ColumnWidth: Et.Range["ColumnWidth"];
  RowHeight: Et.Range["RowHeight"];
  WrapText: Et.Range["WrapText"];
  HorizontalAlignment: Et.Range["HorizontalAlignment"];
  VerticalAlignment: Et.Range["VerticalAlignment"];
  MergeCells: Et.Range["MergeCells"];
  readonly Row: Et.Range["Row"];
  readonly Column: Et.Range["Column"];
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  readonly MergeArea: EtRange;
  readonly Font: EtFont;
  readonly Interior: EtInterior;
  readonly Borders: EtBorders;
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  Resize(RowSize?: number, ColumnSize?: number): EtRange;
  Merge(Across?: boolean): void;
  Select(): unknown;
}

export interface EtPageSetup {
  Orientation: Et.PageSetup["Orientation"];
  Zoom: Et.PageSetup["Zoom"];
  FitToPagesWide: Et.PageSetup["FitToPagesWide"];
  FitToPagesTall: Et.PageSetup["FitToPagesTall"];
  CenterHorizontally: Et.PageSetup["CenterHorizontally"];
  PrintTitleRows: Et.PageSetup["PrintTitleRows"];
}

export interface EtWorksheet {
  Name: Et.Worksheet["Name"];
  readonly Index: Et.Worksheet["Index"];
  Visible: Et.Worksheet["Visible"];
  readonly UsedRange: EtRange;
  readonly PageSetup: EtPageSetup;
  readonly ListObjects: { readonly Count: number; Item(Index: number): { readonly Name: string } };
  Range(Cell1: string): EtRange;
  Activate(): unknown;
  Delete(): unknown;
}

export interface EtSheets {
  readonly Count: number;
  Item(Index: number | string): EtWorksheet;
  /** Adds a worksheet before `Before` (or after `After`; at the end when neither). */
  Add(Before?: EtWorksheet, After?: EtWorksheet): EtWorksheet;
}

export interface EtName {
  Name: Et.Name["Name"];
  RefersTo: Et.Name["RefersTo"];
  Visible: Et.Name["Visible"];
  Delete(): void;
}

export interface EtNames {
  readonly Count: number;
  Item(Index: number | string): EtName;
  Add(Name: string, RefersTo: string, Visible?: boolean): EtName;
}

export interface EtWorkbook {
  readonly Worksheets: EtSheets;
  readonly Names: EtNames;
}

export interface EtWindow {
  FreezePanes: Et.Window["FreezePanes"];
  SplitRow: Et.Window["SplitRow"];
  SplitColumn: Et.Window["SplitColumn"];
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveWindow: EtWindow | null;
  ScreenUpdating: Et.Application["ScreenUpdating"];
  DisplayAlerts: Et.Application["DisplayAlerts"];
}

/** XlSheetVisibility, XlPageOrientation, XlLineStyle, XlBorderWeight, XlHAlign, XlVAlign values used. */
export const XL = {
  sheetVisible: -1,
  sheetHidden: 0,
  portrait: 1,
  landscape: 2,
  continuous: 1,
  thin: 2,
  hCenter: -4108,
  vCenter: -4108,
  vTop: -4160,
} as const;
