// SANPI.SCORE returns its number as a 1×1 matrix (decisions 58): tests that
// compare totals call it through here and get the number in it.
import { score as scoreCell } from "../../../src/functions/functions";

export const score = (...a: Parameters<typeof scoreCell>): number => scoreCell(...a)[0][0];
