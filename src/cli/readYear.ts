/**
 * The `<year>` argument of the commands that take one (`edition`, `stats`, `projects --year`,
 * `timeline`, `status`), read the same way everywhere.
 *
 * @internal
 * @module
 */
import { need } from "../core/need.js";
import { KcnError } from "../errors.js";
import { getEdition } from "../programs/getEdition.js";
import { editionYears } from "../programs/listEditions.js";
import { asTyped, type Typed } from "./say.js";

/**
 * The edition year written in `text` (four digits of a year the library has).
 *
 * @param text - the argument as typed, or `undefined` when it is missing
 * @param where - where it was typed: the `<year>` argument (the default) or `--year`
 * @returns the year
 * @throws {@link KcnError} `INVALID_OPTIONS` when `text` is missing (`details.missing` `"<year>"`
 *   and the `known` years; `runCli` adds the command's usage line); `UNKNOWN_EDITION` naming the
 *   known years when it is not a year or a year without an edition, with `text` as typed in
 *   `details.received` and `where` in the details
 */
export function readYear(text: string | undefined, where: Typed = { argument: "<year>" }): number {
  const years = editionYears();
  // no year at all is a usage error, like any missing argument: named (runCli adds the usage line)
  if (text === undefined) {
    throw new KcnError("INVALID_OPTIONS", `Expected <year>, an edition year (${years.join(", ")})`, {
      missing: "<year>",
      known: [...years],
    });
  }
  return asTyped(text, where, () => {
    // refused here, not by getEdition, so that the message quotes the text typed ("2019"), as
    // every other value typed is quoted
    need(
      /^\d{4}$/.test(text) && years.includes(Number(text)),
      "UNKNOWN_EDITION",
      `an edition year (${years.join(", ")})`,
      text,
      { known: [...years] },
    );
    return getEdition(Number(text)).year;
  });
}
