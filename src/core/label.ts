import { freeze } from "./freeze.js";
import { isObject } from "./isObject.js";
import { INVALID_INPUT, INVALID_OPTIONS, need } from "./need.js";

/**
 * A language the library speaks: English or Korean.
 *
 * @category i18n
 */
export type Lang = "en" | "ko";

/**
 * Every language the library speaks, in display order.
 *
 * @category i18n
 */
export const LANGS: readonly Lang[] = /* @__PURE__ */ freeze(["en", "ko"] as const);

/**
 * A text in both languages. Every code, state and reason the library returns carries one.
 *
 * @category i18n
 */
export interface Label {
  /** English text. */
  readonly en: string;
  /** Korean text (한국어). */
  readonly ko: string;
}

/**
 * Checks that a value is a language code the library speaks.
 *
 * @param value - anything
 * @returns `true` for `"en"` and `"ko"`
 * @example
 * ```ts
 * isLang("ko"); //=> true
 * isLang("ja"); //=> false
 * ```
 * @category i18n
 */
export function isLang(value: unknown): value is Lang {
  return value === "en" || value === "ko";
}

/**
 * Picks the text of a label in one language.
 *
 * @param label - the bilingual label
 * @param lang - `"en"` or `"ko"`
 * @throws {@link KcnError} `INVALID_INPUT` when `label` is not `{ en: string, ko: string }`;
 *   `INVALID_OPTIONS` when `lang` is neither `"en"` nor `"ko"`
 * @returns the text in that language
 * @example
 * ```ts
 * localize({ en: "Selected", ko: "선정" }, "ko");
 * //=> "선정"
 * ```
 * @category i18n
 */
export function localize(label: Label, lang: Lang): string {
  need(
    isObject(label) && typeof label.en === "string" && typeof label.ko === "string",
    INVALID_INPUT,
    "a label { en, ko }",
    label,
  );
  return label[langOf(lang)];
}

/**
 * The language a call asks for: `"en"` when it is not given. Anything else is refused, so that a
 * misspelt `"kr"` does not answer in English without a word.
 *
 * @throws {@link KcnError} `INVALID_OPTIONS` (with `details.option`) for a value that is not
 *   `"en"`, `"ko"` or `undefined`
 * @internal
 */
export function langOf(value: unknown, option = "lang"): Lang {
  return choiceOf(value, option, "en", "ko");
}

/**
 * An option that takes one of two values, `first` when it is not given; anything else is refused.
 *
 * @throws {@link KcnError} `INVALID_OPTIONS` (with `details.option`)
 * @internal
 */
export function choiceOf<T extends string>(value: unknown, option: string, first: T, second: T): T {
  need(
    value === undefined || value === first || value === second,
    INVALID_OPTIONS,
    `${option} "${first}" or "${second}"`,
    value,
    {
      option,
    },
  );
  return (value ?? first) as T;
}
