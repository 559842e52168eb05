// Entry of lib/sanpi.js (bundled by scripts/build/build-cli.ts, started by bin/sanpi.js).
import { userCwd } from "./cwd";
import { invocation } from "./invocation";
import { deflateRawSync } from "zlib";
import { run } from "./run";
import { useDeflate } from "../xlsx/write/zip-write";

// New parts of written workbooks deflate with Node's zlib (native) at its fastest level, not fflate (the browser's): a 10,000-row sheet in a fraction of the time, the file a little larger.
useDeflate((bytes) => deflateRawSync(bytes, { level: 1 }));

// `sanpi score … --json | head` closes the pipe early: end quietly, not with a stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

run(
  process.argv.slice(2),
  {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    errIsTTY: process.stderr.isTTY === true,
    // Tables fit the terminal; a file or a pipe gets DEFAULT_COLUMNS.
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    cwd: userCwd(process.env, process.cwd()),
    sanpi: invocation(__filename, userCwd(process.env, process.cwd())),
  },
  process.env,
).then((code) => {
  process.exitCode = code;
});
