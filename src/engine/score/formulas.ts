// The formulas the SANPI functions compute (issue 16 item 3), each taken from
// its item's rule version in force in the assessment year: PLANNING, SIGNING,
// GUARANTEE, SERVICE and BONUS compute what the ranking's items compute, and a
// later year's new version (`since`) changes both at once.
import { formulaFor } from "./items/define";
import { evaluation } from "./items/evaluation";
import { planning } from "./items/planning";
import { service } from "./items/service";
import { signing } from "./items/signing";
import { size } from "./items/size";

/** The items' formulas in force in `year`. */
export const formulasFor = (year: number) => ({
  planning: formulaFor(planning, year),
  signing: formulaFor(signing, year),
  guarantee: formulaFor(service, year),
  evaluation: formulaFor(evaluation, year),
  size: formulaFor(size, year),
});
