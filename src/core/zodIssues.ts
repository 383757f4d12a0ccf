import type * as z from "zod";
import { describeReceived, KcnError, type KcnErrorCode } from "../errors.js";
import { isObject } from "./isObject.js";
import { issueOf } from "./issue.js";
import { receivedKo, typeKo } from "./ko.js";
import { INVALID_INPUT, INVALID_OPTIONS, need } from "./need.js";
import type { Issue } from "./result.js";

/**
 * Stable codes for schema issues, mapped from zod's issue codes.
 *
 * @category Results
 */
export type SchemaIssueCode =
  | "INVALID_TYPE"
  | "TOO_SMALL"
  | "TOO_BIG"
  | "INVALID_FORMAT"
  | "UNKNOWN_KEY"
  | "INVALID_VALUE"
  | "INVALID_UNION"
  | "INVALID_KEY"
  | "INVALID_ELEMENT"
  | "NOT_MULTIPLE_OF"
  | "CUSTOM";

const CODE_MAP: Record<string, SchemaIssueCode> = {
  invalid_type: "INVALID_TYPE",
  too_small: "TOO_SMALL",
  too_big: "TOO_BIG",
  invalid_format: "INVALID_FORMAT",
  unrecognized_keys: "UNKNOWN_KEY",
  invalid_value: "INVALID_VALUE",
  invalid_union: "INVALID_UNION",
  invalid_key: "INVALID_KEY",
  invalid_element: "INVALID_ELEMENT",
  not_multiple_of: "NOT_MULTIPLE_OF",
  custom: "CUSTOM",
};

/** @internal A path as text: `consortium.0.name`, or `(root)` for the empty path. */
export function where(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "(root)" : path.map(String).join(".");
}

/**
 * Turns zod issues into the library's bilingual {@link Issue}s, with the field path, a stable code,
 * what was expected and what was received.
 *
 * A custom refinement may set `params: { code: "MY_CODE", ko: "한국어 메시지" }` to choose its code
 * and Korean message.
 *
 * @param issues - `error.issues` of a failed `safeParse` (run with `reportInput: true` to quote input)
 * @returns one library issue per zod issue (unrecognized keys give one issue per key)
 * @throws {@link KcnError} `INVALID_INPUT` when `issues` is not an array of zod issues
 * @example
 * ```ts
 * const r = z.object({ a: z.number() }).safeParse({ a: "x" }, { reportInput: true });
 * r.success ? [] : fromZodIssues(r.error.issues).map((i) => `${i.code} at ${i.path.join(".")}`);
 * //=> ["INVALID_TYPE at a"]
 * ```
 * @category Results
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): Issue[] {
  const what = "zod issues { code, path, message }";
  need(
    Array.isArray(issues) &&
      issues.every(
        (i: Partial<z.core.$ZodIssue> | null) =>
          isObject(i) && typeof i.code === "string" && typeof i.message === "string" && Array.isArray(i.path),
      ),
    INVALID_INPUT,
    what,
    issues,
  );
  try {
    return readIssues(issues);
  } catch {
    // A field of an issue that no zod version makes (a throwing getter, an odd `keys` list...).
    need(false, INVALID_INPUT, what, issues);
  }
}

function readIssues(issues: readonly z.core.$ZodIssue[]): Issue[] {
  const out: Issue[] = [];
  for (const raw of issues) {
    const path = raw.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const input = (raw as { input?: unknown }).input;
    const received = "input" in raw ? describeReceived(input) : undefined;
    const params = (raw as { params?: { code?: unknown; ko?: unknown } }).params;
    const custom = typeof params?.code === "string" ? params.code : undefined;
    const code = custom ?? CODE_MAP[raw.code] ?? "CUSTOM";
    if (raw.code === "unrecognized_keys") {
      for (const key of raw.keys) {
        out.push(
          issueOf(
            code,
            [...path, key],
            `Unknown key "${key}" at ${where(path)}: only the documented keys are accepted`,
            `${where(path)}에 알 수 없는 키 "${key}": 문서에 있는 키만 허용됩니다`,
            { expected: "a documented key", received: JSON.stringify(key) },
          ),
        );
      }
      continue;
    }
    const expected = expectedOf(raw);
    const at = where(path);
    const en = `${raw.message} at ${at}`;
    const ko =
      typeof params?.ko === "string"
        ? `${params.ko} (${at})`
        : `${at}: ${expected ? `${typeKo(expected).replace(/^one of (.+)/, "$1 중 하나")} 필요` : "잘못된 값"}${received ? `, 받은 값 ${receivedKo(input)}` : ""}`;
    out.push(issueOf(code, path, en, ko, { expected, received }));
  }
  return out;
}

function expectedOf(raw: z.core.$ZodIssue): string | undefined {
  switch (raw.code) {
    case "invalid_type":
      return String(raw.expected);
    case "too_small":
      return `${raw.origin} ${raw.inclusive ? ">=" : ">"} ${String(raw.minimum)}`;
    case "too_big":
      return `${raw.origin} ${raw.inclusive ? "<=" : "<"} ${String(raw.maximum)}`;
    case "invalid_format":
      return `format ${raw.format}`;
    case "invalid_value":
      return `one of ${raw.values.map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return undefined;
  }
}

/**
 * Parses with a zod schema and throws one {@link KcnError} listing every issue on failure.
 *
 * @param schema - the schema
 * @param input - unknown input
 * @param code - the error code to throw (default `INVALID_INPUT`)
 * @param what - what was expected, for the message (`"an application"`)
 * @returns the parsed value
 * @throws {@link KcnError} with `details.issues` (library issues with paths) on failure;
 *   `INVALID_OPTIONS` when `schema` is not a zod schema
 * @example
 * ```ts
 * parseOrThrow(z.number(), 3, "INVALID_INPUT", "count"); //=> 3
 * ```
 * @category Results
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: KcnErrorCode = INVALID_INPUT,
  what = "input",
): z.output<S> {
  need(
    typeof (schema as Partial<z.ZodType> | null)?.safeParse === "function",
    INVALID_OPTIONS,
    "a zod schema",
    schema,
  );
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) return r.data;
  return refuseWith(code, what, input, fromZodIssues(r.error.issues));
}

/**
 * @internal Throws one {@link KcnError} for the issues found in `input`: "Expected <what>, received
 * <input>: <first issue> (and N more)", with every issue in `details.issues`.
 */
export function refuseWith(
  code: KcnErrorCode,
  what: string,
  input: unknown,
  issues: readonly Issue[],
): never {
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  throw new KcnError(
    code,
    `Expected ${what}, received ${describeReceived(input)}: ${issues[0]?.message.en}${more}`,
    { issues },
  );
}
