// The checkout's root, wherever a benchmark runs: from scripts/bench/ (tests import the
// benchmarks) or bundled into lib/ (`npm run bench`): the nearest folder above with a package.json.
import * as fs from "fs";
import * as path from "path";

function rootAbove(dir: string): string {
  for (let at = dir; ; at = path.dirname(at)) {
    if (fs.existsSync(path.join(at, "package.json"))) return at;
    if (path.dirname(at) === at) return path.dirname(dir);
  }
}

export const ROOT = rootAbove(__dirname);
