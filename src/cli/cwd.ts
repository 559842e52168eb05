// Paths on the command line are the user's (workbook-format §4): relative to
// the directory the command was typed in. `npm run sanpi -- …` runs the script
// in the package root, so there the user's directory is npm's INIT_CWD.
// Other npm scripts (scripts/sample.sh under `npm run sample`) pass paths of
// their own, relative to the package root they run in, so only the `sanpi`
// script — the one that forwards what the user typed — uses INIT_CWD.
// https://docs.npmjs.com/cli/v10/commands/npm-run-script ("INIT_CWD": "the full path you were in when you ran npm run")
import path from "path";

export function userCwd(env: Record<string, string | undefined>, processCwd: string): string {
  const init = env.INIT_CWD;
  if (env.npm_lifecycle_event === "sanpi" && init && path.isAbsolute(init)) return init;
  return processCwd;
}
