// The no-install page: open or drop .xlsx files; each is read off the page's
// thread (read-worker.ts) and refused, where the CLI would refuse it, with the
// CLI's words; the sections below (sections.tsx) show what the files allow.
import * as React from "react";
import { Body1, Button, Caption1, FluentProvider, makeStyles, mergeClasses, MessageBar, MessageBarBody, Spinner, tokens, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../engine";
import { refusalText } from "../xlsx/refusal";
import type { BookFile, BookRead } from "./book-file";
import type { Save } from "./file-host";
import type { BookReader } from "./read-worker";
import { SECTIONS, type PageContext } from "./sections";
import { PAGE_STRINGS, type PageStrings } from "./strings";

interface Opened {
  key: string;
  name: string;
  size: number;
  read: BookRead | null;
}

const useStyles = makeStyles({
  page: { maxWidth: "960px", margin: "0 auto", padding: "16px", display: "flex", flexDirection: "column", gap: "12px", boxSizing: "border-box" },
  header: { position: "relative" },
  lang: { position: "absolute", right: 0, top: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  line: { margin: "4px 0 0", fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  privacy: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteGreenForeground1 },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: "16px",
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: "12px",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dragging: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  // The real input stays in the page for keyboards, screen readers and tests; the button shows it.
  input: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden" },
  files: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: "6px" },
  file: { display: "flex", gap: "8px", alignItems: "baseline", flexWrap: "wrap" },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  detail: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

/** Offers bytes as a download (a link to a Blob: nothing leaves the computer). */
export const download: Save = (name, bytes) => {
  const type = /\.docx$/i.test(name) ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

function FileLine({ f, lang, p }: { f: Opened; lang: Lang; p: PageStrings }): React.ReactElement {
  const c = useStyles();
  const r = f.read;
  return (
    <li className={c.file} data-file={f.name} data-state={!r ? "reading" : r.ok ? "read" : "refused"}>
      <span className={c.name}>{f.name}</span>
      <Caption1 className={c.muted}>{p.size(f.size)}</Caption1>
      {!r && <Spinner size="extra-tiny" label={p.reading} />}
      {r?.ok && <Caption1>{p.read}</Caption1>}
      {r && !r.ok && (
        <MessageBar intent="error" role="alert" data-testid="refusal" style={{ width: "100%" }}>
          <MessageBarBody>
            {refusalText(r.refusal, f.name, lang)}
            {r.refusal.detail && <div className={c.detail}>{`${p.detail}：${r.refusal.detail}`}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
    </li>
  );
}

export function PageApp({ reader, lang: initial, save = download }: { reader: BookReader; lang: Lang; save?: Save }): React.ReactElement {
  const c = useStyles();
  const [lang, setLang] = React.useState<Lang>(initial);
  const p = PAGE_STRINGS[lang];
  React.useEffect(() => {
    document.documentElement.lang = p.language;
    document.title = p.title;
  }, [p]);
  const [opened, setOpened] = React.useState<Opened[]>([]);
  const [dragging, setDragging] = React.useState(false);
  const generation = React.useRef(0);

  /** Each open replaces the files shown; a read that finishes after a newer open is dropped. */
  const openAll = React.useCallback(
    (items: { name: string; size: number; bytes: () => Promise<Uint8Array> }[]) => {
      if (!items.length) return;
      const gen = ++generation.current;
      const list: Opened[] = items.map((it, i) => ({ key: `${gen}-${i}`, name: it.name, size: it.size, read: null }));
      // Drawn in a transition: the reads start first, not after the list's render.
      React.startTransition(() => setOpened(list));
      items.forEach((it, i) => {
        it.bytes()
          .then((bytes) => reader.read(it.name, bytes))
          .catch((e): BookRead => ({ ok: false, refusal: { reason: "cli.reason.readOther", params: {}, detail: String((e as Error)?.message ?? e) } }))
          .then((read) => {
            if (gen !== generation.current) return;
            setOpened((old) => old.map((o) => (o.key === list[i].key ? { ...o, read } : o)));
          });
      });
    },
    [reader],
  );

  const openFiles = (files: FileList | null): void => openAll([...(files ?? [])].map((f) => ({ name: f.name, size: f.size, bytes: async () => new Uint8Array(await f.arrayBuffer()) })));
  const openBytes = React.useCallback((name: string, bytes: Uint8Array) => openAll([{ name, size: bytes.length, bytes: async () => bytes }]), [openAll]);

  // A file dropped anywhere on the page opens here; without this the browser would leave the page to show it.
  React.useEffect(() => {
    const over = (e: DragEvent): void => {
      if (!e.dataTransfer?.types.includes("Files")) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = "copy";
      setDragging(true);
    };
    const leave = (e: DragEvent): void => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent): void => {
      e.preventDefault();
      setDragging(false);
      openFiles(e.dataTransfer?.files ?? null);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  });

  const books = React.useMemo(() => opened.flatMap((o) => (o.read?.ok ? [o.read.file as BookFile] : [])), [opened]);
  const allRead = opened.length > 0 && opened.every((o) => o.read);
  const ctx: PageContext = { books: allRead ? books : [], lang, save, openBytes };
  const input = React.useRef<HTMLInputElement>(null);

  return (
    <FluentProvider theme={webLightTheme} lang={p.language}>
      <main className={c.page}>
        <header className={c.header}>
          <Button appearance="subtle" size="small" className={c.lang} lang={lang === "zh" ? "en" : "zh-CN"} onClick={() => setLang(lang === "zh" ? "en" : "zh")}>
            {p.otherLanguage}
          </Button>
          <h1 className={c.title}>{p.title}</h1>
          <p className={mergeClasses(c.line, c.muted)}>{p.subtitle}</p>
          <p className={mergeClasses(c.line, c.privacy)} data-testid="privacy">
            {p.privacy}
          </p>
        </header>

        <div className={mergeClasses(c.drop, dragging && c.dragging)}>
          <input
            ref={input}
            id="open-files"
            className={c.input}
            type="file"
            multiple
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="open-files"
            onChange={(e) => {
              openFiles(e.target.files);
              e.target.value = ""; // the same file again opens again
            }}
          />
          <Button appearance="primary" onClick={() => input.current?.click()}>
            {p.open}
          </Button>
          <Body1>{dragging ? p.dropHere : p.drop}</Body1>
          <Caption1 className={c.muted} style={{ width: "100%" }}>
            {p.hint} {p.replaceNote}
          </Caption1>
        </div>

        {opened.length > 0 && (
          <section aria-label={p.files}>
            <ul className={c.files} data-testid="files">
              {opened.map((f) => (
                <FileLine key={f.key} f={f} lang={lang} p={p} />
              ))}
            </ul>
          </section>
        )}
        {allRead && books.length === 0 && <Body1 className={c.muted}>{p.noneUsable}</Body1>}
        {allRead && books.length === 1 && opened.length > 1 && <Body1 className={c.muted}>{p.oneOfMany}</Body1>}

        {SECTIONS.filter((sec) => sec.shows(ctx)).map(({ id, Component }) => (
          <section key={id} data-section={id}>
            <Component {...ctx} />
          </section>
        ))}
      </main>
    </FluentProvider>
  );
}
