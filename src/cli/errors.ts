// A failure the user can act on: one line on stderr and an exit code, no stack trace.
export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
    this.name = "CliError";
  }
}
