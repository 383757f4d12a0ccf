/**
 * Saying things in the user's language, and refusing a bad option, the same way in every command.
 *
 * @internal
 * @module
 */
import type { Lang } from "../core/label.js";
import { KcnError } from "../errors.js";
import type { CliArgs } from "./types.js";

/** The English or the Korean text, by `lang`. */
export const say = (lang: Lang, en: string, ko: string): string => (lang === "ko" ? ko : en);

/**
 * Refuses an option's value: `INVALID_OPTIONS` (exit code 2) with the message in the user's language
 * and `{ option, received }` in the details.
 */
export function refuseOption(args: CliArgs, option: string, received: string, en: string, ko: string): never {
  throw new KcnError("INVALID_OPTIONS", say(args.lang, en, ko), { option, received });
}
