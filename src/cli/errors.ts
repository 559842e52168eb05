// A failure the user can act on: one line on stderr and an exit code, no stack
// trace. `detail` is the technical text behind it (a system error code, a
// library's message), printed only with --verbose.
export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = "CliError";
  }
}
