// Whether Excel has told of a change to the input sheets since they were read,
// so 生成排名 can reuse what 检查台账 has just read (issue 10 item 5) and
// never uses values older than an edit. Excel's workbook-wide worksheet events
// (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events), all
// within the manifest's ExcelApi 1.9:
//   onChanged (1.9)       cell values, typed, pasted, undone, inserted or deleted rows
//   onFormatChanged (1.9) formats, merged areas among them
//   onCalculated (1.8)    formula results, even when the edit was on another sheet
// and, where ExcelApi 1.10 is there, onRowSorted / onColumnSorted; each event's
// args name the sheet by worksheetId (learn.microsoft.com/javascript/api/excel/excel.worksheetcollection,
// learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs). Sheets
// added, deleted or renamed show in the inventory reuse.ts compares. Handlers
// registered in one Excel.run stay registered for the page's life (the same
// article, "Register an event handler"). Where Excel gives no events (or
// refuses them), a read has no stamp and nothing is reused.

/** Whether this Excel sorts with events of their own (ExcelApi 1.10). */
function supportsSortEvents(): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.10") === true;
}

export class ChangeWatch {
  /** Counts events; a read's stamp is its value when the read began. */
  private epoch = 0;
  /** Worksheet id → epoch of its latest event. */
  private readonly touched = new Map<string, number>();
  private state: "off" | "registering" | "on" = "off";

  private touch = (worksheetId: string): Promise<void> => {
    this.touched.set(worksheetId, ++this.epoch);
    return Promise.resolve();
  };

  /**
   * Queue the handlers in this batch the first time (nothing once they are
   * on); call the result with whether the batch's sync succeeded.
   */
  queue(context: Excel.RequestContext): (synced: boolean) => void {
    if (this.state !== "off") return () => undefined;
    const sheets = context.workbook.worksheets;
    if (typeof sheets.onChanged?.add !== "function") return () => undefined; // an Excel (or a mock) without events
    const byId = (e: { worksheetId: string }) => this.touch(e.worksheetId);
    sheets.onChanged.add(byId);
    sheets.onFormatChanged.add(byId);
    sheets.onCalculated.add(byId);
    if (supportsSortEvents()) {
      sheets.onRowSorted.add(byId);
      sheets.onColumnSorted.add(byId);
    }
    this.state = "registering";
    return (synced) => {
      this.state = synced ? "on" : "off";
    };
  }

  /** Now, for a read that begins: null while Excel tells nothing. */
  stamp(): number | null {
    return this.state === "off" ? null : this.epoch;
  }

  /** Whether the handlers are registered (a stamp taken while registering counts once this is true). */
  get active(): boolean {
    return this.state === "on";
  }

  /** Whether any of these worksheets (by id) changed after `stamp`. */
  changedSince(stamp: number, worksheetIds: string[]): boolean {
    if (!this.active) return true;
    return worksheetIds.some((id) => (this.touched.get(id) ?? -1) > stamp);
  }
}

/** The pane's one watch: the handlers are registered once per page. */
export const changeWatch = new ChangeWatch();
