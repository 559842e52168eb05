// The page's warm-up (src/web/warm.ts): its made-up workbook goes through the
// same path as a clerk's file (package writer → shared reader → engine) and is
// read as a ledger with projects, so the code compiled is the code used.
import { builtinProfile, readWorkbook, scorePeriod, SHEETS } from "../../src/engine";
import { readBookFile } from "../../src/web/book-file";
import type { BookReader } from "../../src/web/read-worker";
import { sampleWorkbookSpecs, warmUp } from "../../src/web/warm";
import { writeGenerated } from "../../src/xlsx/write/place";

describe("the page's warm-up workbook", () => {
  it("is read by the shared reader and scored with projects in every group's ledger", async () => {
    const { bytes } = writeGenerated(null, sampleWorkbookSpecs(2026));
    const read = await readBookFile("warm-up.xlsx", bytes);
    if (!read.ok) throw new Error(`refused: ${read.refusal.reason}`);
    expect(read.file.sheetNames).toContain(SHEETS.ledger);
    const parsed = readWorkbook(read.file.book, builtinProfile(), { sheetNames: read.file.sheetNames });
    expect(parsed.ledger.projects.length).toBeGreaterThan(0);
    const report = scorePeriod(parsed, { year: 2026, kind: "quarter", quarter: 1 });
    expect(report.groups.length).toBeGreaterThan(0);
  });

  it("reads once through the page's reader and never throws, even when the reader fails", async () => {
    const calls: string[] = [];
    const ok = { read: async (name: string, bytes: Uint8Array) => (calls.push(name), readBookFile(name, bytes)) } as unknown as BookReader;
    await expect(warmUp(ok, "zh", new Date(2026, 11, 7))).resolves.toBeUndefined();
    expect(calls).toEqual(["warm-up.xlsx"]);
    const failing = { read: async () => Promise.reject(new Error("worker gone")) } as unknown as BookReader;
    await expect(warmUp(failing, "en")).resolves.toBeUndefined();
  });
});
