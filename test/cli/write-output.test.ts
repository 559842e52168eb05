// writeOutput (issue 15 §2): never overwrite without --force, never an input,
// never half a file — including a run killed in the middle of writing.
import { spawn } from "child_process";
import { chmodSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "fs";
import path from "path";
import { CliError } from "../../src/cli/errors";
import { tempNameOf, writeOutput } from "../../src/cli/write-output";
import { ROOT, scratch } from "./helpers";

const tmp = scratch();
let n = 0;
const fresh = (): string => {
  const dir = path.join(tmp.dir(), `case-${++n}`);
  mkdirSync(dir);
  return dir;
};
const bytes = (s: string) => new TextEncoder().encode(s);
const opts = (o: Partial<Parameters<typeof writeOutput>[2]> = {}) => ({ force: false, inputs: [], lang: "zh" as const, ...o });

async function refusal(p: Promise<unknown>): Promise<CliError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(CliError);
  expect((e as CliError).exitCode).toBe(2);
  return e as CliError;
}

describe("writeOutput", () => {
  it("writes a new file, and leaves no temporary file beside it", async () => {
    const dir = fresh();
    const target = path.join(dir, "排名.xlsx");
    await writeOutput(target, bytes("新内容"), opts());
    expect(readFileSync(target, "utf8")).toBe("新内容");
    expect(readdirSync(dir)).toEqual(["排名.xlsx"]);
  });

  it("refuses an existing file without --force (saying --force replaces it), replaces it with --force keeping its mode", async () => {
    const dir = fresh();
    const target = path.join(dir, "排名.xlsx");
    writeFileSync(target, "已填写的数据");
    chmodSync(target, 0o640);
    const e = await refusal(writeOutput(target, bytes("新"), opts({ shown: "排名.xlsx" })));
    expect(e.message).toBe("文件“排名.xlsx”已存在，未作改动：要替换它请加 --force，或用 --out 换一个文件名");
    expect(readFileSync(target, "utf8")).toBe("已填写的数据");
    await writeOutput(target, bytes("新"), opts({ force: true }));
    expect(readFileSync(target, "utf8")).toBe("新");
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["排名.xlsx"]);
  });

  it("refuses an input as the target even with --force: the same path, a symbolic link to it, a hard link to it", async () => {
    const dir = fresh();
    const input = path.join(dir, "台账.xlsx");
    writeFileSync(input, "原始台账");
    symlinkSync(input, path.join(dir, "链接.xlsx"));
    linkSync(input, path.join(dir, "硬链接.xlsx"));
    for (const target of [input, path.join(dir, "sub", "..", "台账.xlsx"), path.join(dir, "链接.xlsx"), path.join(dir, "硬链接.xlsx")]) {
      for (const force of [false, true]) {
        const e = await refusal(writeOutput(target, bytes("覆盖"), opts({ force, inputs: [input], shown: "x.xlsx" })));
        expect(e.message).toContain("就是输入文件");
      }
    }
    expect(readFileSync(input, "utf8")).toBe("原始台账");
  });

  it("a folder as the target is a write failure, not a replacement", async () => {
    const dir = fresh();
    mkdirSync(path.join(dir, "排名.xlsx"));
    const e = await refusal(writeOutput(path.join(dir, "排名.xlsx"), bytes("x"), opts({ force: true })));
    expect(e.message).toContain("这是一个文件夹");
  });

  it("removes a stale temporary file of a run that no longer exists, never one of a live run", async () => {
    const dir = fresh();
    const target = path.join(dir, "排名.xlsx");
    const stale = tempNameOf(target, 2 ** 22 + 12345); // above Linux's pid_max default: no such process
    const live = tempNameOf(target, process.ppid);
    writeFileSync(stale, "半个文件");
    writeFileSync(live, "另一个正在写的");
    await writeOutput(target, bytes("完整"), opts());
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(readFileSync(target, "utf8")).toBe("完整");
  });
});

/**
 * A child that writes through writeOutput and stops half-way: its file
 * handle's writeFile writes half the bytes, says HALF, and never finishes.
 */
const CHILD = `
const fs = require("fs");
const realOpen = fs.promises.open;
fs.promises.open = async (...a) => {
  const h = await realOpen(...a);
  h.writeFile = async (data) => {
    await h.write(data.subarray(0, data.length >> 1));
    process.stdout.write("HALF\\n");
    await new Promise(() => setInterval(() => undefined, 1000));
  };
  return h;
};
require(${JSON.stringify(path.join(ROOT, "scripts", "register-ts.js"))});
const { writeOutput } = require(${JSON.stringify(path.join(ROOT, "src", "cli", "write-output.ts"))});
writeOutput(process.argv[1], new Uint8Array(1 << 20).fill(65), { force: true, inputs: [], lang: "zh" });
`;

function killedHalfWay(target: string, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", CHILD, target], { stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.on("data", (d: Buffer) => {
      if (d.toString().includes("HALF")) child.kill(signal);
    });
    child.on("error", reject);
    child.on("exit", (code, sig) => resolve(code ?? (sig ? -1 : null)));
  });
}

describe("a run killed while writing", () => {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`${signal}: the target stays as it was and the temporary file is removed`, async () => {
      const dir = fresh();
      const target = path.join(dir, "排名.xlsx");
      writeFileSync(target, "上次的排名");
      await killedHalfWay(target, signal);
      expect(readFileSync(target, "utf8")).toBe("上次的排名");
      expect(readdirSync(dir)).toEqual(["排名.xlsx"]);
    }, 60_000);
  }

  it("SIGKILL: the target stays as it was; the half temporary file is removed by the next run", async () => {
    const dir = fresh();
    const target = path.join(dir, "排名.xlsx");
    writeFileSync(target, "上次的排名");
    await killedHalfWay(target, "SIGKILL");
    expect(readFileSync(target, "utf8")).toBe("上次的排名");
    const left = readdirSync(dir).filter((f) => f.endsWith(".tmp"));
    expect(left).toHaveLength(1);
    expect(statSync(path.join(dir, left[0])).size).toBe(1 << 19);
    await writeOutput(target, bytes("这次的排名"), opts({ force: true }));
    expect(readFileSync(target, "utf8")).toBe("这次的排名");
    expect(readdirSync(dir)).toEqual(["排名.xlsx"]);
  }, 60_000);
});
