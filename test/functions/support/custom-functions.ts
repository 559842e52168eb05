// A stand-in for Excel's CustomFunctions global (custom-functions-runtime):
// the Error class, the ErrorCode enum values and a recording associate().
// Import it before the functions module so errors are built with it.
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Like the runtime's class: not an `Error` subclass, just code and message. */
export class ShimError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

export const associated = new Map<string, unknown>();

(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: ShimError,
  ErrorCode,
  associate(id: string, fn: unknown) {
    associated.set(id, fn);
  },
};

/** Call `f`; return the CustomFunctions.Error it throws (fails the test if it returns or throws anything else). */
export function thrown(f: () => unknown): ShimError & { messageEn: string } {
  let result: unknown;
  try {
    result = f();
  } catch (e) {
    if (e instanceof ShimError) return e as ShimError & { messageEn: string };
    throw new Error(`expected a CustomFunctions.Error, got ${String(e)}`);
  }
  throw new Error(`expected a CustomFunctions.Error, got the value ${JSON.stringify(result)}`);
}

/** Chinese characters in a text (messages are Chinese first). */
export const hasChinese = (s: string | undefined): boolean => /[\u4e00-\u9fff]/.test(s ?? "");
