// Messages of the command line added for clerks' first runs (issue 11): part of
// the one catalogue in messages.ts, kept apart so the CLI's own texts stay together.
export const CLI_MESSAGES = {
  "cli.didYouMean": { zh: "是否应为 {value}？", en: "did you mean {value}? " },
  // Why a file could not be written or read (file-errors.ts): what is wrong, what to do.
  "cli.reason.noFolder": {
    zh: "文件夹“{folder}”不存在：请先建好该文件夹，或用 --out 指定一个已有的文件夹",
    en: "the folder “{folder}” does not exist: create it first, or give --out a folder that exists",
  },
  "cli.reason.noWrite": {
    zh: "没有写入权限（文件夹或文件是只读的）：请用 --out 换一个可以写入的文件夹",
    en: "no permission to write there (the folder or the file is read-only): give --out a folder you can write to",
  },
  "cli.reason.cannotCreate": {
    zh: "文件夹“{folder}”存在，但不能在其中新建文件（系统文件夹或特殊文件系统）：请用 --out 换一个普通文件夹，如 桌面或文档",
    en: "the folder “{folder}” exists but no file can be created in it (a system or special folder): give --out an ordinary folder such as your Desktop or Documents",
  },
  "cli.reason.busy": {
    zh: "文件正被其他程序（如 Excel）打开：请先关闭它再试",
    en: "the file is open in another program (Excel?): close it and try again",
  },
  "cli.reason.outIsFolder": {
    zh: "这是一个文件夹：请在 --out 中写出文件名，如 排名.xlsx",
    en: "that is a folder: give --out a file name, e.g. ranking.xlsx",
  },
  "cli.reason.diskFull": {
    zh: "磁盘空间不足：请清理磁盘后再试，或用 --out 换到其他磁盘",
    en: "the disk is full: free some space, or give --out another disk",
  },
  "cli.reason.writeOther": {
    zh: "写入失败：请用 --out 换一个文件夹再试（加 --verbose 可显示技术细节）",
    en: "writing failed: try another folder with --out (--verbose shows the technical detail)",
  },
  "cli.reason.readOther": {
    zh: "读取失败：请确认文件仍在原处、没有被其他程序锁定，然后再试（加 --verbose 可显示技术细节）",
    en: "reading failed: check the file is still there and not locked by another program, then try again (--verbose shows the technical detail)",
  },
  "cli.reason.truncated": {
    zh: "文件不完整（保存或下载时中断了）：请在 Excel 中重新保存，或重新下载后再试",
    en: "the file is incomplete (saving or downloading was cut short): save it again in Excel, or download it again",
  },
  "cli.reason.encrypted": {
    zh: "工作簿设有打开密码（已加密），无法读取：请在 Excel 中打开它，点 文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码后点确定并保存，再试",
    en: "the workbook is encrypted with an open password: open it in Excel, choose File → Info → Protect Workbook → Encrypt with Password, clear the password, click OK, save, and try again",
  },
  "cli.moreLikeThis": {
    zh: "另有 {count} 行同样问题（加 --all 列出全部）",
    en: "{count} more {count|row|rows} with the same problem (--all lists them all)",
  },
  "cli.moreLikeThisNoRow": {
    zh: "另有 {count} 条同类问题（加 --all 列出全部）",
    en: "{count} more of the same kind (--all lists them all)",
  },
  "cli.detail": { zh: "详细信息：{detail}", en: "Details: {detail}" },
  // What `check` looked at and found (issue 20 items 11 and 14).
  "cli.summaryNoProjects": {
    zh: "共读取台账 {rows} 行，没有项目；错误 {errors} 个，警告 {warnings} 个，跳过 {skipped} 行",
    en: "{rows} ledger {rows|row|rows} read, no projects; {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {skipped} {skipped|row|rows} skipped",
  },
  "cli.noProjects": {
    zh: "台账中还没有项目：请在表头下方每行填写一个项目（项目名称、责任单位、总投资、产业类别等），再重新检查",
    en: "The ledger has no projects yet: fill in one project a row under the header (name, unit, investment, category …) and check again",
  },
  "cli.checkedPeriod": { zh: "检查期间：{period}", en: "Period checked: {period}" },
  "cli.checkedNoPeriod": {
    zh: "检查范围：台账各行的填写（未指定期间）；加 --quarter {quarter} 可同时检查该季度计分所用的数据",
    en: "Checked: every row as filled in (no period given); add --quarter {quarter} to check the data that quarter's scores use too",
  },
} as const;
