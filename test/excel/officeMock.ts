// An Excel workbook built from office-addin-mock objects, for counting
// context.sync calls. The input sheets are OfficeMockObjects (their values are
// readable only after load + sync) that offer read methods only; anything the
// add-in writes goes to recorders of the sheets it adds or replaces, so a write
// to a user's sheet either throws (no such method) or shows in `userSheetChanges()`.
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the OfficeApp names from office-addin-manifest, whose
// dependency tree pulls an ES module jest cannot require; give it just those names.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));
import type { CellValue } from "../../src/engine/types";

export interface MockWorkbookInput {
  /** The user's sheets, as range.values gives them (row 0 = row 1). */
  sheets: Record<string, CellValue[][]>;
  /** Sheets the add-in generated earlier (written through recorders), with their marker names. */
  generated?: { sheet: string; marker: string }[];
  tables?: string[];
}

export interface Recorded {
  path: string;
  op: "call" | "set";
  args: unknown[];
}

/** Logs every property set and call under `path`; calls return further recorders. */
function recorder(log: Recorded[], path: string): any {
  const target = function () {} as unknown as object;
  return new Proxy(target, {
    get: (_t, prop) => {
      if (prop === Symbol.toPrimitive) return () => `<${path}>`;
      return typeof prop === "string" && prop !== "then" ? recorder(log, `${path}.${prop}`) : undefined;
    },
    set: (_t, prop, value) => (log.push({ path: `${path}.${String(prop)}`, op: "set", args: [value] }), true),
    apply: (_t, _this, args) => (log.push({ path, op: "call", args }), recorder(log, `${path}()`)),
  });
}

const dims = (values: CellValue[][]) => ({
  rowIndex: 0,
  columnIndex: 0,
  rowCount: values.length,
  columnCount: Math.max(0, ...values.map((r) => r.length)),
});

const rect = (values: CellValue[][]): CellValue[][] => {
  const w = dims(values).columnCount;
  return values.map((r) => Array.from({ length: w }, (_, c) => (r[c] === undefined || r[c] === null ? "" : r[c])));
};

export function mockExcel(input: MockWorkbookInput) {
  let syncs = 0;
  const log: Recorded[] = [];
  const userNames = Object.keys(input.sheets);
  const generated = input.generated ?? [];
  const allSheets = [...userNames, ...generated.map((g) => g.sheet)];
  const key = (i: number): string => `sheet${i}`;

  const sheetData: Record<string, unknown> = {};
  const blocks = new Map<string, number>();
  userNames.forEach((name, i) => {
    const values = rect(input.sheets[name]);
    sheetData[key(i)] = {
      name,
      position: i,
      visibility: "Visible",
      used: {
        ...dims(values),
        values,
        isNullObject: values.length === 0,
        // The rows the probe samples ("17:20"), each its own mock in the tree so context.sync loads it.
        getIntersectionOrNullObject(this: any, address: string): any {
          const m = /^(\d+):(\d+)$/.exec(address);
          if (!m) throw new Error(`mock: cannot intersect with ${address}`);
          const id = `strip${m[1]}`;
          if (!this[id]) {
            const rows = values.slice(Number(m[1]) - 1, Number(m[2]));
            this.addMock(id);
            this[id].populate({ values: rows, isNullObject: rows.length === 0 });
            loadWithNull(this[id]);
          }
          return this[id];
        },
      },
      getUsedRangeOrNullObject(this: any): any {
        return this.used;
      },
      // A row block of the used range, as its own mock in the tree so context.sync loads it.
      getRangeByIndexes(this: any, r: number, c: number, rows: number, cols: number): any {
        const n = blocks.get(name) ?? 0;
        blocks.set(name, n + 1);
        const id = `block${n}`;
        this.addMock(id);
        this[id].populate({ values: values.slice(r, r + rows).map((row) => row.slice(c, c + cols)) });
        return this[id];
      },
    };
  });
  sheetData.missing = {
    isNullObject: true,
    used: {
      isNullObject: true, rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0, values: [],
      sample: { isNullObject: true, values: [] },
      getIntersectionOrNullObject(this: any): any {
        return this.sample;
      },
    },
    getUsedRangeOrNullObject(this: any): any {
      return this.used;
    },
  };

  const data = {
    context: {
      workbook: {
        worksheets: {
          ...sheetData,
          // office-addin-mock cannot navigate into arrays: `items/name,…` loads the whole items array (after the sync, as usual).
          items: allSheets.map((name, position) => ({ name, position, visibility: "Visible" })),
          load(this: any): any {
            return OfficeMockObject.prototype.load.call(this, "items");
          },
          getItemOrNullObject(this: any, name: string): any {
            const i = userNames.indexOf(name);
            return i >= 0 ? this[key(i)] : this.missing;
          },
          getItem(this: any, name: string): any {
            const i = userNames.indexOf(name);
            if (i >= 0) return this[key(i)];
            if (generated.some((g) => g.sheet === name)) return recorder(log, `sheet[${name}]`);
            throw new Error(`ItemNotFound: ${name}`);
          },
          add(name: string): any {
            log.push({ path: "worksheets.add", op: "call", args: [name] });
            return recorder(log, `sheet[${name}]`);
          },
        },
        names: {
          items: generated.map((g) => ({ name: g.marker, formula: `='${g.sheet}'!$A$1` })),
          load(this: any): any {
            return OfficeMockObject.prototype.load.call(this, "items");
          },
          add: (...args: unknown[]) => (log.push({ path: "names.add", op: "call", args: args.map(String) }), recorder(log, "name")),
          getItem: (name: string) => recorder(log, `names[${name}]`),
        },
        tables: {
          items: (input.tables ?? []).map((name) => ({ name })),
          load(this: any): any {
            return OfficeMockObject.prototype.load.call(this, "items");
          },
        },
      },
      application: {
        suspendScreenUpdatingUntilNextSync: () => log.push({ path: "application.suspendScreenUpdatingUntilNextSync", op: "call", args: [] }),
      },
    },
  };
  const mock = new OfficeMockObject(data) as any;
  const context = mock.context;
  // Office.js fills isNullObject at any sync; office-addin-mock only when it is loaded.
  const loadWithNull = (o: any) => {
    const load = o.load.bind(o);
    o.load = (p: string) => load(`${p},isNullObject`);
  };
  for (const s of userNames.map((_, i) => context.workbook.worksheets[key(i)])) loadWithNull(s.used);
  loadWithNull(context.workbook.worksheets.missing.used);
  loadWithNull(context.workbook.worksheets.missing.used.sample);

  const mockSync = context.sync.bind(context);
  context.sync = async () => {
    syncs++;
    log.push({ path: "context.sync", op: "call", args: [] });
    await mockSync();
    await new Promise((r) => setTimeout(r, 0)); // the mock settles nested properties in later microtasks
  };

  const ownKeys = (o: any): string[] => Object.keys(o).filter((k) => !k.startsWith("_") && typeof o[k] !== "function" && !/^block\d+$/.test(k)).sort();
  const sheetMock = (i: number): any => context.workbook.worksheets[key(i)];
  const keysBefore = userNames.map((_, i) => ownKeys(sheetMock(i)).join());
  const propsBefore = userNames.map((_, i) => JSON.stringify([sheetMock(i).name, sheetMock(i).position, sheetMock(i).visibility]));

  /** Every way the add-in could have changed a user's sheet through these mocks; empty when untouched. */
  const userSheetChanges = (): string[] =>
    userNames.flatMap((name, i) => {
      const s = sheetMock(i);
      const original = rect(input.sheets[name]);
      const problems: string[] = [];
      if (ownKeys(s).join() !== keysBefore[i]) problems.push(`${name}: properties added`);
      if (JSON.stringify([s.name, s.position, s.visibility]) !== propsBefore[i]) problems.push(`${name}: name, position or visibility set`);
      const used = s.used.values;
      if (Array.isArray(used) && JSON.stringify(used) !== JSON.stringify(original)) problems.push(`${name}: used range values changed`);
      let row = 0;
      for (const k of Object.keys(s).filter((x) => /^block\d+$/.test(x))) {
        const v = s[k].values as CellValue[][];
        const expected = original.slice(row, row + v.length).map((r) => r.slice(0, v[0]?.length ?? 0));
        if (JSON.stringify(v) !== JSON.stringify(expected)) problems.push(`${name}: ${k} values changed`);
        row += v.length;
      }
      return problems;
    });

  return {
    Excel: { run: async <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(context) },
    syncs: () => syncs,
    log,
    userSheetChanges,
    /** How many row blocks were read from a user sheet. */
    blocksRead: (sheet: string): number => blocks.get(sheet) ?? 0,
  };
}
