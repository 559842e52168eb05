// What the page shows below the opened files: one section per line of
// SECTIONS, each saying when it shows and drawing itself from the workbooks
// read. The task pane's own component tree is the first (over the file host);
// 合并报送 and 月度督查 (cycle.md §2, §3) are sections of their own, the same
// components the task pane shows, added here by one line each.
import * as React from "react";
import type { Lang } from "../engine";
import { Field } from "@fluentui/react-components";
import { Pane } from "../taskpane/App";
import { NativeSelect } from "../taskpane/components/NativeSelect";
import { MergeSection } from "../taskpane/components/MergeSection";
import { STRINGS } from "../taskpane/strings";
import type { BookFile } from "./book-file";
import { fileHost, NEW_BOOK, type Save } from "./file-host";
import { hasLedger, likelyMaster } from "./master";
import { PAGE_STRINGS } from "./strings";

export interface PageContext {
  /** The workbooks read, in the order they were opened (refused files are not here). */
  books: BookFile[];
  lang: Lang;
  /** Offers bytes as a download. */
  save: Save;
  /** Opens bytes as if the clerk had opened that file (e.g. a merged workbook, to rank it next). */
  openBytes(name: string, bytes: Uint8Array): void;
}

export interface PageSection {
  id: string;
  shows(c: PageContext): boolean;
  Component: React.ComponentType<PageContext>;
}

/** The task pane over the one workbook opened; a new host (and a fresh pane) for each file. */
function WorkbookPane({ books, lang, save }: PageContext): React.ReactElement {
  const book = books[0];
  const host = React.useMemo(() => fileHost(book, save), [book, save]);
  return <Pane key={`${book.name}\u0000${book.bytes.length}`} host={host} lang={lang} s={STRINGS[lang]} />;
}

/**
 * 合并报送 of the files opened together (cycle.md §2, decision 91): into a new workbook, or into the
 * office's master among them (found by likelyMaster, or picked), whose ledger is updated in place.
 */
function MergeOpened({ books, lang, save }: PageContext): React.ReactElement {
  const p = PAGE_STRINGS[lang];
  const [into, setInto] = React.useState(() => likelyMaster(books));
  const [shown, setShown] = React.useState(books);
  if (shown !== books) {
    setShown(books);
    setInto(likelyMaster(books));
  }
  const master = into >= 0 && into < books.length ? books[into] : null;
  const host = React.useMemo(() => fileHost(master ?? NEW_BOOK, save), [master, save]);
  const files = React.useMemo(() => books.filter((b) => b !== master).map((b) => ({ name: b.name, arrayBuffer: async () => b.bytes.slice().buffer as ArrayBuffer })), [books, master]);
  const choice = (
    <Field label={p.mergeInto} hint={p.mergeIntoHint}>
      {(field: React.SelectHTMLAttributes<HTMLSelectElement>) => (
        <NativeSelect {...field} value={String(master ? into : -1)} onChange={(e) => setInto(Number(e.target.value))} data-testid="merge-into">
          <option value="-1">{p.mergeIntoNew}</option>
          {books.map((b, i) =>
            hasLedger(b) ? (
              <option key={i} value={i}>
                {p.mergeIntoFile(b.name)}
              </option>
            ) : null,
          )}
        </NativeSelect>
      )}
    </Field>
  );
  return <MergeSection key={master ? into : -1} host={host} lang={lang} s={STRINGS[lang]} files={files} choice={choice} />;
}

export const SECTIONS: PageSection[] = [
  { id: "workbook", shows: (c) => c.books.length === 1, Component: WorkbookPane },
  { id: "merge", shows: (c) => c.books.length > 1, Component: MergeOpened },
];
