// Messages of the command line added for clerks' first runs (issue 11): part of
// the one catalogue in messages.ts, kept apart so the CLI's own texts stay together.
export const CLI_MESSAGES = {
  "cli.didYouMean": { zh: "是否应为 {value}？", en: "did you mean {value}? " },
} as const;
