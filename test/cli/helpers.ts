// Running `sanpi` in-process with captured output, and scratch folders.
import { mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { run } from "../../src/cli/run";

export const ROOT = path.join(__dirname, "..", "..");
export const FIXTURE = path.join(ROOT, "test", "fixtures", "ledger-3", "ledger-3.xlsx");
export const EXPECTED_DIR = path.join(ROOT, "test", "fixtures", "ledger-3");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function sanpi(args: string[], cwd: string, errIsTTY = false): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { out: (s) => (stdout += s), err: (s) => (stderr += s), errIsTTY, cwd });
  return { code, stdout, stderr };
}

/** A fresh temporary folder per test file, removed afterwards. */
export function scratch(): { dir: () => string } {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "sanpi-cli-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { dir: () => dir };
}
