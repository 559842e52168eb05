#!/usr/bin/env node
// `sanpi` entry: builds the bundled CLI on first use (or when sources are newer), then runs it.
const fs = require("fs");
const path = require("path");
const root = path.join(__dirname, "..");
const out = path.join(root, "lib", "sanpi.js");

function newestSource(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.tsx?$/.test(e.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

const src = path.join(root, "src");
const stale = !fs.existsSync(out) || (fs.existsSync(src) && newestSource(src) > fs.statSync(out).mtimeMs);
if (stale) {
  require(path.join(root, "scripts", "register-ts.js")); // the build script is TypeScript (scripts/build/)
  require(path.join(root, "scripts", "build", "build-cli.ts")).buildLib();
}
require(out);
