// ExcelJS, loaded only by the commands that write (rank, template): loading it
// costs about as much as reading a 10,000-row ledger with our own reader, and
// check and score need none of it.
import type ExcelJS from "exceljs";

export const excelJs = (): typeof ExcelJS => require("exceljs") as typeof ExcelJS;
