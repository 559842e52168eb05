// The manifest's Version changes on every release of what Office caches
// (scripts/build/version-lock.ts, docs/excel-addin.md "Versions"): manifest.lock.json
// holds the released Version and a fingerprint of the manifest (less its
// Version) and the functions metadata `npm run build` writes.
import * as fs from "fs";
import * as path from "path";
import { fingerprint, manifestVersion, MESSAGES, packageMatches, readMetadata, versionStatus, LOCK } from "../../scripts/build/version-lock";
import { DIST, ensureBuilt, ROOT } from "../functions/support/dist";

const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const lock = JSON.parse(fs.readFileSync(LOCK, "utf8")) as { version: string; sha256: string };
let metadata: Record<string, string>;
beforeAll(() => {
  ensureBuilt();
  metadata = readMetadata(DIST);
}, 300_000);

test("package.json's version is the manifest's Version without its last part", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version as string;
  expect(packageMatches(pkg, manifestVersion(manifest)!)).toBe(true);
});

test("what Office caches is the release manifest.lock.json records (else: bump the Version, npm run version:lock)", () => {
  const current = { version: manifestVersion(manifest)!, sha256: fingerprint({ manifest, metadata }) };
  const status = versionStatus(lock, current);
  const advice = status === "ok" ? "" : status === "bump" ? MESSAGES.bump(lock) : status === "lower" ? MESSAGES.lower(lock, current.version) : MESSAGES.relock(lock, current.version);
  expect(advice).toBe("");
});

describe("the rule", () => {
  const base = () => ({ manifest, metadata });
  test("a changed help text, parameter or manifest string changes the fingerprint; the Version alone does not", () => {
    const sha = fingerprint(base());
    const en = JSON.parse(metadata["functions.json"]);
    en.functions[0].description += " (changed)";
    expect(fingerprint({ manifest, metadata: { ...metadata, "functions.json": JSON.stringify(en) } })).not.toBe(sha);
    expect(fingerprint({ manifest: manifest.replace("SANPI Project Scoring", "SANPI Scoring"), metadata })).not.toBe(sha);
    expect(fingerprint({ manifest: manifest.replace(/<Version>[^<]*<\/Version>/, "<Version>9.9.9.9</Version>"), metadata })).toBe(sha);
    // Formatting of the JSON does not count.
    expect(fingerprint({ manifest, metadata: { ...metadata, "functions.json": JSON.stringify(JSON.parse(metadata["functions.json"])) } })).toBe(sha);
  });
  test.each([
    [{ version: "1.1.0.0", sha256: "a" }, { version: "1.1.0.0", sha256: "a" }, "ok"],
    [{ version: "1.1.0.0", sha256: "a" }, { version: "1.1.0.0", sha256: "b" }, "bump"],
    [{ version: "1.1.0.0", sha256: "a" }, { version: "1.1.1.0", sha256: "b" }, "relock"],
    [{ version: "1.1.0.0", sha256: "a" }, { version: "1.10.0.0", sha256: "a" }, "relock"],
    [{ version: "1.2.0.0", sha256: "a" }, { version: "1.1.9.0", sha256: "b" }, "lower"],
  ])("lock %j, now %j → %s", (l, c, expected) => {
    expect(versionStatus(l, c)).toBe(expected);
  });
  test.each([
    ["1.1.0", "1.1.0.0", true],
    ["1.1.0", "1.1.0.1", true],
    ["1.1.1", "1.1.0.0", false],
    ["1.1", "1.1.0.0", false],
  ])("package %s with manifest %s: %s", (p, v, ok) => {
    expect(packageMatches(p, v)).toBe(ok);
  });
});
