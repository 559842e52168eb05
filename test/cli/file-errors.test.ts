// Unreadable and unwritable files in words a clerk can act on (issue 11 item 4):
// what is wrong and what to do, never a raw ENOENT / EROFS / "Corrupted zip";
// the technical text only under --verbose.
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import { loadFailure, writeFailure } from "../../src/cli/file-errors";
import { FIXTURE, sanpi, scratch } from "./helpers";

const tmp = scratch();
const errno = (code: string, text = `${code}: something, open 'x'`) => Object.assign(new Error(text), { code });
const RAW = /E[A-Z]{3,}|Corrupted|central directory/;

describe("writeFailure", () => {
  it.each([
    ["ENOENT", "文件夹“out/2023”不存在：请先建好该文件夹，或用 --out 指定一个已有的文件夹"],
    ["ENOTDIR", "文件夹“out/2023”不存在"],
    ["EROFS", "没有写入权限（文件夹或文件是只读的）：请用 --out 换一个可以写入的文件夹"],
    ["EACCES", "没有写入权限"],
    ["EPERM", "没有写入权限"],
    ["EBUSY", "文件正被其他程序（如 Excel）打开：请先关闭它再试"],
    ["EISDIR", "这是一个文件夹"],
    ["ENOSPC", "磁盘空间不足"],
    ["EIO", "写入失败：请用 --out 换一个文件夹再试（加 --verbose 可显示技术细节）"],
  ])("%s → %s", (code, reason) => {
    const e = writeFailure(errno(code), "out/2023/排名.xlsx", "zh");
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain(`无法写入文件“out/2023/排名.xlsx”：${reason}`);
    expect(e.message).not.toMatch(RAW);
    expect(e.detail).toMatch(new RegExp(`^${code}: `));
  });

  it("speaks English with --lang en, still without the code", () => {
    const e = writeFailure(errno("EROFS"), "/mnt/cd/排名.xlsx", "en");
    expect(e.message).toBe("Cannot write “/mnt/cd/排名.xlsx”: no permission to write there (the folder or the file is read-only): give --out a folder you can write to");
  });
});

describe("loadFailure", () => {
  it.each([
    ["Corrupted zip: can't find end of central directory", "文件不完整（保存或下载时中断了）：请在 Excel 中重新保存，或重新下载后再试"],
    ["End of data reached (data length = 100, asked index = 200). Corrupted zip ?", "文件不完整"],
    ["Corrupted zip or bug: expected 12 records in central dir, got 0", "文件不完整"],
    ["Unexpected close tag\nLine: 0", "文件已损坏，不是有效的 .xlsx 工作簿：请在 Excel 中打开并另存为 .xlsx 后再试"],
  ])("%s → %s", (text, reason) => {
    const e = loadFailure(new Error(text), "台账.xlsx", "zh");
    expect(e.message).toBe(`无法读取文件“台账.xlsx”：${e.message.slice(e.message.indexOf("：") + 1)}`);
    expect(e.message).toContain(reason);
    expect(e.message).not.toMatch(RAW);
    expect(e.detail).toBe(text.split("\n")[0]);
  });
});

describe("sanpi: one Chinese line, the detail only with --verbose", () => {
  const fixture = () => path.join(tmp.dir(), "台账.xlsx");
  beforeAll(() => {
    writeFileSync(fixture(), readFileSync(FIXTURE));
    writeFileSync(path.join(tmp.dir(), "半截.xlsx"), readFileSync(FIXTURE).subarray(0, 20_000));
  });

  it("--out into a folder that does not exist", async () => {
    const r = await sanpi(["rank", "台账.xlsx", "--year", "2023", "--out", "没有/排名.xlsx"], tmp.dir());
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("无法写入文件“没有/排名.xlsx”：文件夹“没有”不存在：请先建好该文件夹，或用 --out 指定一个已有的文件夹\n");
    const v = await sanpi(["template", "--out", "没有/模板.xlsx", "--verbose"], tmp.dir());
    expect(v.stderr.split("\n")[1]).toMatch(/^详细信息：ENOENT: no such file or directory/);
  });

  it("--out into a folder that exists but takes no new files (/proc): cannot be written, not 'does not exist'", async () => {
    // Linux's /proc answers ENOENT to creating a file; elsewhere, the same error for an existing folder.
    const folder = tmp.dir();
    expect(writeFailure(errno("ENOENT"), path.join(folder, "排名.xlsx"), "zh").message).toBe(
      `无法写入文件“${path.join(folder, "排名.xlsx")}”：文件夹“${folder}”存在，但不能在其中新建文件（系统文件夹或特殊文件系统）：请用 --out 换一个普通文件夹，如 桌面或文档`,
    );
    if (process.platform !== "linux") return;
    const r = await sanpi(["template", "--out", "/proc/r.xlsx"], tmp.dir());
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe("无法写入文件“/proc/r.xlsx”：文件夹“/proc”存在，但不能在其中新建文件（系统文件夹或特殊文件系统）：请用 --out 换一个普通文件夹，如 桌面或文档\n");
  });

  it("a file cut short while downloading", async () => {
    const r = await sanpi(["check", "半截.xlsx"], tmp.dir());
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe("无法读取文件“半截.xlsx”：文件不完整（保存或下载时中断了）：请在 Excel 中重新保存，或重新下载后再试\n");
    const v = await sanpi(["check", "半截.xlsx", "--verbose", "--lang", "en"], tmp.dir());
    expect(v.stderr).toBe(
      "Cannot read “半截.xlsx”: the file is incomplete (saving or downloading was cut short): save it again in Excel, or download it again\n" +
        "Details: Corrupted zip: can't find end of central directory\n",
    );
  });

  it("a file that is not there", async () => {
    const r = await sanpi(["score", "无此文件.xlsx", "--quarter", "2023Q1", "--verbose"], tmp.dir());
    expect(r.stderr).toMatch(/^无法读取文件“无此文件\.xlsx”：文件不存在：请检查文件名，路径从运行命令时所在的文件夹算起\n详细信息：ENOENT/);
  });
});
