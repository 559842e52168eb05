// manifest.xml against Microsoft's add-in manifest XSDs (scripts/build/manifest-schemas/,
// source and patches in its README), offline with libxml2: the source manifest,
// the one `npm run build` writes, and that the schema rejects what Office would.
import * as fs from "fs";
import * as path from "path";
import { validateManifestSchema } from "../../scripts/build/manifest-schema";
import { DIST, ensureBuilt, ROOT } from "../functions/support/dist";

const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml against the add-in manifest XSDs", () => {
  test("the source manifest validates", async () => {
    expect(await validateManifestSchema(source)).toEqual([]);
  });

  test("the manifest `npm run build` writes validates", async () => {
    ensureBuilt();
    expect(await validateManifestSchema(fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8"))).toEqual([]);
  }, 300_000);

  const broken: [string, (x: string) => string, RegExp][] = [
    ["a Version that is not a.b.c.d", (x) => x.replace(/<Version>[^<]*<\/Version>/, "<Version>1.1-beta</Version>"), /Version/],
    ["an unknown permission", (x) => x.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteEverything</Permissions>"), /Permissions/],
    ["Requirements after Hosts in VersionOverrides", (x) => x.replace(/(\s*<Requirements>[\s\S]*?<\/Requirements>)(\s*<Hosts>[\s\S]*?<\/Hosts>)/, "$2$1"), /Requirements/],
    ["a Runtime lifetime Office does not know", (x) => x.replace('lifetime="long"', 'lifetime="forever"'), /lifetime/],
    ["an unknown element", (x) => x.replace("<Hosts>", "<Colour>green</Colour>\n  <Hosts>"), /Colour/],
    ["a resid longer than 32 characters", (x) => x.split('"Functions.Namespace"').join('"Functions.Namespace.Of.The.SANPI.Add.In"'), /Namespace/],
  ];
  test.each(broken)("%s is rejected", async (_name, mutate, expected) => {
    const xml = mutate(source);
    expect(xml).not.toBe(source);
    const problems = await validateManifestSchema(xml);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(expected);
  });
});
