/**
 * Saying things in the user's language, and refusing a bad option, the same way in every command.
 *
 * @internal
 * @module
 */
import type { Lang } from "../core/label.js";
import { isKcnError, KcnError } from "../errors.js";
import type { CliArgs } from "./types.js";

/** The English or the Korean text, by `lang`. */
export const say = (lang: Lang, en: string, ko: string): string => (lang === "ko" ? ko : en);

/**
 * Refuses an option's value: `INVALID_OPTIONS` (exit code 2) with the message in the user's language
 * and `{ option, received }` in the details: the value as typed, or the values of a repeatable option
 * refused together (`--tranche` without `--budget`).
 *
 * @param args - the command's arguments (their `lang` picks the message)
 * @param option - the option as typed, `--budget`
 * @param received - the value as typed, or the values refused together
 * @param en - the message in English
 * @param ko - the message in Korean
 * @param more - further details (the parser's `issues` of a refused amount)
 * @throws {@link KcnError} `INVALID_OPTIONS`, always
 */
export function refuseOption(
  args: CliArgs,
  option: string,
  received: string | readonly string[],
  en: string,
  ko: string,
  more?: Readonly<Record<string, unknown>>,
): never {
  throw new KcnError("INVALID_OPTIONS", say(args.lang, en, ko), { option, received, ...more });
}

/** Where a value was typed on the command line: an option (`--country`) or an argument (`<year>`). */
export type Typed = { readonly option: string } | { readonly argument: string };

/**
 * Runs `read` on a value typed on the command line, and gives a library refusal of it what every
 * refusal of a typed value gives: the value as typed in `details.received` (where the library
 * writes its description, a text in quotes, or nothing) and where it was typed (`details.option` or
 * `details.argument`). The code, message and other details are the library's.
 *
 * @param typed - the value as typed (the values, for a refusal of several together)
 * @param where - the option or the argument it was typed as
 * @param read - the library call that reads it
 * @returns what `read` returns
 * @throws {@link KcnError} what `read` throws, with `received` and `where` in its details (see
 *   {@link retyped}); any other error as `read` threw it
 */
export function asTyped<T>(typed: string | readonly string[], where: Typed, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw retyped(e, typed, where);
  }
}

/**
 * A library refusal given the value as typed and where it was typed: a new {@link KcnError} with the
 * same code and message and the details `{ ...details, ...where, received: typed }`.
 *
 * @param e - what was thrown
 * @param typed - the value as typed (the values, for a refusal of several together)
 * @param where - the option or the argument it was typed as
 * @returns the new error for a `KcnError`; anything else as it is
 */
export function retyped(e: unknown, typed: string | readonly string[], where: Typed): unknown {
  return isKcnError(e) ? new KcnError(e.code, e.message, { ...e.details, ...where, received: typed }) : e;
}
