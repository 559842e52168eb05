// The manifest's <Version> must change whenever what Office caches changes:
// the manifest itself and the functions metadata. Microsoft: "changes to the
// functions.json and functions.js files may take up to 24 hours to reach your
// end users" (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-troubleshooting,
// "Clear the custom functions cache"); a new Version is how an administrator's
// deployment and Office tell one release from the next.
// manifest.lock.json records the released Version with a fingerprint of that
// content; test/manifest/version.test.ts fails when the content changed and the
// Version did not. Strategy (docs/excel-addin.md, "Versions"): a.b.c.d, with
// package.json's version = a.b.c; raise c for changed help texts or fixes,
// b for new functions or features, then `npm run version:lock`.
import { execFileSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { METADATA_FILES } from "./functions-metadata";

const ROOT = path.join(__dirname, "..", "..");
export const LOCK = path.join(ROOT, "manifest.lock.json");
const VERSION = /<Version>([^<]*)<\/Version>/;

/** What manifest.lock.json records: the released Version and the fingerprint of its content. */
export interface VersionRecord {
  version: string;
  sha256: string;
}
export type VersionStatus = "ok" | "bump" | "relock" | "lower";

/** The manifest's Version, e.g. "1.1.0.0". */
export const manifestVersion = (xml: string): string | null => (VERSION.exec(String(xml)) ?? [])[1] ?? null;

/** sha256 of what Excel caches: the manifest without its Version, and each metadata file. */
export function fingerprint({ manifest, metadata }: { manifest: string; metadata: Record<string, string> }): string {
  const h = crypto.createHash("sha256");
  h.update(String(manifest).replace(VERSION, "<Version/>").replace(/\r\n/g, "\n"));
  for (const name of Object.keys(metadata).sort()) h.update(`\n${name}\n${JSON.stringify(JSON.parse(metadata[name]))}`);
  return h.digest("hex");
}

function compare(a: string, b: string): number {
  const x = String(a).split(".").map(Number);
  const y = String(b).split(".").map(Number);
  for (let i = 0; i < 4; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return Math.sign((x[i] ?? 0) - (y[i] ?? 0));
  return 0;
}

/**
 * "ok": the lock matches; "bump": the content changed under the same (or a lower)
 * Version; "relock": a new Version waits for `npm run version:lock`; "lower": the
 * Version went down.
 */
export function versionStatus(lock: VersionRecord, current: VersionRecord): VersionStatus {
  const order = compare(current.version, lock.version);
  if (order < 0) return "lower";
  if (order === 0) return current.sha256 === lock.sha256 ? "ok" : "bump";
  return "relock";
}

/** package.json's a.b.c must be the manifest's a.b.c.d without its last part. */
export function packageMatches(packageVersion: string, version: string | null): boolean {
  const v = String(version).split(".");
  return v.length === 4 && v.slice(0, 3).join(".") === String(packageVersion);
}

/** The metadata files of a build directory, by name. */
export function readMetadata(dir: string): Record<string, string> {
  return Object.fromEntries(Object.values(METADATA_FILES).map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")]));
}

export const MESSAGES = {
  bump: (lock: VersionRecord) =>
    `manifest.xml 或函数元数据自 ${lock.version} 版以来已改变：请提高 manifest.xml 的 <Version> 与 package.json 的 version，再运行 npm run version:lock / the manifest or the functions metadata changed since ${lock.version}: raise <Version> in manifest.xml and version in package.json, then run npm run version:lock`,
  relock: (lock: VersionRecord, v: string) => `版本 ${v} 尚未记录：请运行 npm run version:lock / version ${v} is not recorded yet (was ${lock.version}): run npm run version:lock`,
  lower: (lock: VersionRecord, v: string) => `版本不能降低：${v} < ${lock.version} / the Version went down: ${v} < ${lock.version}`,
  pkg: (p: string, v: string | null) => `package.json 的 version（${p}）应为 manifest 版本 ${v} 去掉末位 / package.json's version (${p}) must be the manifest's ${v} without its last part`,
};

/** `npm run version:lock`: build into a temporary folder, then record the Version and fingerprint. */
function main(): void {
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const version = manifestVersion(manifest);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
  if (!packageMatches(pkg, version)) {
    console.error(MESSAGES.pkg(pkg, version));
    process.exit(1);
  }
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "sanpi-version-"));
  try {
    const env = { ...process.env };
    delete env.ADDIN_PUBLIC_URL;
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
    const sha256 = fingerprint({ manifest, metadata: readMetadata(out) });
    const lock: VersionRecord | null = fs.existsSync(LOCK) ? JSON.parse(fs.readFileSync(LOCK, "utf8")) : null;
    const status = lock && version ? versionStatus(lock, { version, sha256 }) : "relock";
    if (status === "ok") return console.log(`manifest.lock.json 已是最新（${version}）/ up to date (${version})`);
    if (lock && version && (status === "bump" || status === "lower")) {
      console.error(MESSAGES[status](lock, version));
      process.exit(1);
    }
    const record = { version, sha256, covers: ["manifest.xml without <Version>", ...Object.keys(readMetadata(out)).sort()] };
    fs.writeFileSync(LOCK, `${JSON.stringify(record, null, 2)}\n`);
    console.log(`已记录版本 ${version} / recorded version ${version}`);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

if (require.main === module) main();
