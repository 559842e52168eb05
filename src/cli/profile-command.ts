// `sanpi profile [workbook.xlsx] [--profile F.json] [--json]` (workbook-format §4,
// profiles.md §1): the effective profile, every parameter with its value, its
// source and its clause; a workbook adds its 考评参数 and 目标任务.
import path from "path";
import { inputSheetNames, message, profileChanges, profileNotes, profileParameters, sourceText, workbookProfile, type Issue, type ParameterRow, type Profile } from "../engine";
import { eitherLang } from "../engine/messages";
import { issueJson } from "../engine/json";
import { paramDef } from "../engine/profile/registry";
import type { Args } from "./args";
import type { CliIO } from "./commands";
import { issuesTable } from "./commands";
import { baseProfile } from "./profile-file";
import { textTable } from "./text-table";
import { readXlsxValues } from "./xlsx-read";

async function effective(args: Args, io: CliIO): Promise<{ profile: Profile; issues: Issue[] }> {
  const base = await baseProfile(args, io.cwd);
  if (args.file === null) return { profile: base, issues: [] };
  const file = path.resolve(io.cwd, args.file);
  const { values, sheetNames } = await readXlsxValues(file, args.lang, args.file, inputSheetNames);
  const wp = workbookProfile(values, base, { sheetNames });
  return { profile: wp.profile, issues: [...wp.params.issues, ...wp.targets.issues] };
}

function json(profile: Profile, issues: Issue[], lang: Args["lang"]): string {
  const doc = {
    profile: profile.id,
    title: profile.title,
    year: profile.year,
    yearFixed: profile.yearFixed,
    parameters: profileParameters(profile).map((p) => ({
      id: p.id,
      label: lang === "en" ? p.labelEn : p.label,
      value: p.value,
      source: p.source,
      rule: lang === "en" ? p.ruleEn : p.rule,
      clause: lang === "en" ? p.clauseEn : p.clause,
    })),
    changes: profileChanges(profile).map((c) => ({ id: c.id, value: c.value, source: c.source.kind })),
    units: profile.groups.map((g) => ({
      group: g.id,
      units: g.members.map((name) => {
        const u = profile.units.find((x) => x.name === name)!;
        return { name, ...(g.id !== "service" && u.targets ? { targets: u.targets } : {}) };
      }),
    })),
    issues: issues.map((issue) => issueJson(issue, lang)),
  };
  return JSON.stringify(doc, null, 2) + "\n";
}

/** The method and the year: "2023年办法，按考评参数用于2026年度" when the year is not the method's own. */
function heading(profile: Profile, lang: Args["lang"]): string {
  const source = sourceText(profile.sources.year, profile, lang);
  const params = { title: profile.title, year: profile.year, baseYear: profile.baseYear, source };
  if (profile.year === profile.baseYear) return message("cli.profile.heading", params, lang);
  const kind = profile.sources.year?.kind;
  const by = kind === "file" ? "配置文件" : (kind ?? "考评参数");
  return message("cli.profile.headingOtherYear", { ...params, by: eitherLang(by, kind === "file" ? "the profile file" : by) }, lang);
}

/** A value as `sanpi profile` shows it: amounts (floors, award lists) with 万元. */
function valueShown(p: ParameterRow, lang: Args["lang"]): string {
  const form = paramDef(p.id)?.form;
  return form === "amount" || form === "list" ? message("cli.profile.amount", { value: p.text }, lang) : p.text;
}

function text(profile: Profile, issues: Issue[], lang: Args["lang"], maxWidth?: number): string {
  const en = lang === "en";
  const table = textTable(
    (["cli.col.param", "cli.col.value", "cli.col.source", "cli.col.clause"] as const).map((k) => message(k, {}, lang)),
    profileParameters(profile).map((p) => [
      en ? `${p.id}  ${p.labelEn}` : p.label,
      valueShown(p, lang),
      en ? p.sourceTextEn : p.sourceText,
      message("cli.profile.clause", { clause: en ? p.clauseEn : p.clause, rule: en ? p.ruleEn : p.rule }, lang),
    ]),
    { maxWidth },
  );
  const note = profileNotes(profile.id, profile.year, profileChanges(profile), lang).join("\n");
  const problems = issues.filter((i) => i.severity !== "info");
  return [heading(profile, lang), table, note, ...(problems.length ? ["", issuesTable(problems, lang, { maxWidth })] : [])].join("\n") + "\n";
}

export async function profileCommand(args: Args, io: CliIO): Promise<number> {
  const { profile, issues } = await effective(args, io);
  io.out(args.json ? json(profile, issues, args.lang) : text(profile, issues, args.lang, io.columns));
  return issues.some((i) => i.severity === "error") ? 1 : 0;
}
