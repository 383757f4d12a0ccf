import { parseArgs } from "node:util";
import { isLang, type Label, type Lang } from "../core/label.js";
import type { Issue } from "../core/result.js";
import { describeReceived, isKcnError, KCN_ERROR_CODES, KcnError, type KcnErrorCode } from "../errors.js";
import { cliMessage } from "./cliMessages.js";
import { COMMANDS } from "./commands/index.js";
import { issueLines } from "./issueLines.js";
import { jsonText } from "./json.js";
import { englishAddendum, koreanMessage } from "./koreanErrors.js";
import { say } from "./say.js";
import { withParticle } from "./text.js";
import type { CliCommand, CliContext, CliOutput } from "./types.js";

declare const __KCITY_VERSION__: string | undefined;

/** The version printed by `kcity --version` (set at build time; "dev" when run from source). */
export const VERSION: string = typeof __KCITY_VERSION__ === "string" ? __KCITY_VERSION__ : "dev";

/** The command line of a command: `kcity edition <year>`, in Korean `kcity edition <연도>`. */
export function usageLine(c: CliCommand, lang: Lang = "en"): string {
  const usage = lang === "ko" ? (c.usageKo ?? c.usage) : c.usage;
  return `kcity ${c.name}${usage ? ` ${usage}` : ""}`;
}

/** The help text, in English or Korean. */
export function helpText(lang: Lang, commands: readonly CliCommand[] = COMMANDS): string {
  // the usage line, then what the command does indented below it: long usage lines stay readable
  const rows = commands.map(
    (c) => `  ${usageLine(c, lang)}\n      ${lang === "ko" ? c.summary.ko : c.summary.en}`,
  );
  const head =
    lang === "ko"
      ? "kcity: K-City 네트워크 글로벌 협력 프로그램 자료와 계산 도구"
      : "kcity: data and calculators for the K-City Network Global Cooperation Program";
  const global =
    lang === "ko"
      ? [
          "공통 옵션:",
          "  --lang en|ko   출력 언어 (기본 en)",
          "  --json         기계가 읽는 JSON 출력",
          "  --help, -h     도움말",
          "  --version, -v  버전",
          "",
          "종료 코드: 0 성공, 1 해당 없음(신청 불가, 결과 없음 등), 2 잘못된 입력",
        ]
      : [
          "Global options:",
          "  --lang en|ko   output language (default en)",
          "  --json         machine-readable JSON output",
          "  --help, -h     this help",
          "  --version, -v  print the version",
          "",
          "Exit codes: 0 success, 1 a negative answer, 2 bad input",
        ];
  const cmds = lang === "ko" ? "명령:" : "Commands:";
  return [
    head,
    "",
    lang === "ko" ? "사용법: kcity <명령> [옵션]" : "Usage: kcity <command> [options]",
    "",
    cmds,
    ...rows,
    "",
    ...global,
    "",
  ].join("\n");
}

/**
 * The most positional arguments a usage line admits: one for each `<name>`, `[<name>]` or `[name]`,
 * any number once a name ends in `...`; `[--option ...]` and `--option <value>` parts are options. Too few arguments are for
 * each command to explain (it knows the examples and the known values); too many are refused here,
 * so that no argument is silently ignored.
 */
export function maxPositionals(usage: string): number {
  let max = 0;
  // an option with its value (`--start <날짜>`) is no argument either
  for (const [all, optional, required] of usage.matchAll(
    /\[([^\]]*)\]|--[a-z-]+ <[^>]*>(?:=<[^>]*>)?|<([^>]*)>/g,
  )) {
    if (all.startsWith("--")) continue;
    const name = (optional ?? required ?? "").replace(/[<>]/g, "");
    if (name.startsWith("-")) continue;
    max = name.endsWith("...") ? Number.POSITIVE_INFINITY : max + 1;
  }
  return max;
}

/** The refusal of more positional arguments than the usage line admits, in `lang`. */
function tooMany(c: CliCommand, received: readonly string[], lang: Lang): string | undefined {
  const max = maxPositionals(c.usage);
  if (received.length <= max) return undefined;
  const extra = received
    .slice(max)
    .map((a) => JSON.stringify(a))
    .join(" ");
  return lang === "ko"
    ? `${withParticle(c.name, "은(는)")} 인자를 ${max === 0 ? "받지 않습니다" : `${max}개까지 받습니다`}. 남는 인자: ${extra}. 사용법: ${usageLine(c, lang)}`
    : `${c.name} takes ${max === 0 ? "no arguments" : `at most ${max} argument${max === 1 ? "" : "s"}`}, received also ${extra}. Usage: ${usageLine(c)}`;
}

function findCommand(
  words: readonly string[],
  commands: readonly CliCommand[],
): [CliCommand, number] | undefined {
  let best: [CliCommand, number] | undefined;
  for (const c of commands) {
    const parts = c.name.split(" ");
    if (parts.length <= words.length && parts.every((p, i) => words[i] === p)) {
      if (!best || parts.length > best[1]) best = [c, parts.length];
    }
  }
  return best;
}

/**
 * The option a `parseArgs` error is about, as typed: `"--nope"`, `"-400"` (where node names `-4`),
 * `"--cutoff"` (where node names `--cutoff <value>`).
 */
function optionTyped(e: unknown, args: readonly string[]): string {
  const message = e instanceof Error ? e.message : "";
  const option = (/'([^']+)'/.exec(message)?.[1] ?? "").replace(/ <value>$/, "");
  if (option.startsWith("--")) return option;
  return args.find((a) => a.startsWith(option) && a.length > option.length) ?? option;
}

/**
 * What is wrong with the options, from node's `parseArgs` error: its own English message, or the
 * same said in Korean for the errors it has a code for.
 */
export function optionError(
  e: unknown,
  lang: Lang,
  args: readonly string[] = [],
  command?: CliCommand,
): string {
  const message = e instanceof Error ? e.message : describeReceived(e);
  const code = (e as { code?: unknown } | null)?.code;
  const option = /'([^']+)'/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    // a word after "--" is a mistyped option: name the command's own options (a value such as
    // "-400" is told how to pass it after '--' instead)
    if (command !== undefined && /^--[a-z]/i.test(option)) {
      const names = Object.keys(command.options ?? {}).map((n) => `--${n}`);
      const known = [...names, "--json", "--lang", "--help"];
      const all = known.join(", ");
      // "--json=1": a known switch given a value
      if (known.includes(option))
        return lang === "ko"
          ? `옵션 ${withParticle(`'${option}'`, "은(는)")} 값을 받지 않습니다`
          : `Option '${option}' does not take a value`;
      return lang === "ko"
        ? `알 수 없는 옵션 '${option}'. kcity ${command.name}의 옵션: ${all}`
        : `Unknown option '${option}'. The options of kcity ${command.name} are ${all}`;
    }
    // the argument as typed ("-400", not the "-4" the parser names), in the example of '--'
    const typed = args.find((a) => a.startsWith(option) && a.length > option.length) ?? option;
    return lang === "ko"
      ? `알 수 없는 옵션 '${typed}'. '-'로 시작하는 인자는 명령 끝의 '--' 뒤에 쓰세요 (예: -- "${typed}")`
      : `Unknown option '${typed}'. To pass an argument that starts with '-', put it at the end of the command after '--' (e.g. -- "${typed}")`;
  }
  // "--cutoff -5", "--text -v": the value starts with '-' and could be an option; the hint names the
  // value as typed ('--text=-v'), where node's message says '--text=-XYZ' over three lines
  const ambiguous = code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && message.includes("ambiguous");
  // the occurrence whose value starts with '-': a repeated option ("--tranche a=0.3 --tranche -5")
  // names the value it refuses, not the first one given
  const at = args.findIndex((a, i) => a === option && args[i + 1]?.startsWith("-"));
  const value = (at === -1 ? undefined : args[at + 1]) ?? "-5";
  if (lang !== "ko")
    return ambiguous
      ? `Option '${option}' argument is ambiguous: its value ${JSON.stringify(value)} starts with '-' and reads as an option. Write it with '=': '${option}=${value}'`
      : message;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    if (message.includes("does not take"))
      return `옵션 ${withParticle(`'${option}'`, "은(는)")} 값을 받지 않습니다`;
    if (ambiguous)
      return `옵션 '${option}'의 값이 '-'로 시작해 옵션과 구별되지 않습니다: '${option}=${value}'처럼 '='로 붙여 쓰세요`;
    return `옵션 '${option.replace(/ <value>$/, "")}'에 값이 필요합니다`;
  }
  return message;
}

/**
 * What an option's value is called in a command's help: `<value>` in English; in Korean the name
 * the Korean usage line gives it (`--start <날짜>`, `--tranche <마일스톤>=<비율>`), else `<값>`.
 */
function valueName(c: CliCommand, option: string, lang: Lang): string {
  if (lang !== "ko") return "<value>";
  const named = new RegExp(`--${option} (<[^>]+>(?:=<[^>]+>)?)`).exec(c.usageKo ?? "");
  return named?.[1] ?? "<값>";
}

/**
 * Bad input (exit code 2). A usage error (no such command, a bad option) is said as
 * `kcity: <message>`; a {@link KcnError} as `kcity: CODE: Title. message`, followed by the issues in its
 * details, if any. With `--json` both are the JSON error `{ code, title, message, details }`.
 */
function refuse(
  said: string,
  lang: Lang,
  json: boolean,
  error?: {
    readonly code: KcnErrorCode;
    readonly title: Label;
    readonly details: Readonly<Record<string, unknown>>;
  },
  /** The JSON form's details of a refusal that has no library error (a global flag's value). */
  flagDetails?: Readonly<Record<string, unknown>>,
): CliOutput {
  const code = error?.code ?? "INVALID_OPTIONS";
  const title = (error?.title ?? KCN_ERROR_CODES.INVALID_OPTIONS)[lang];
  // the library's message is English; the errors a wrong argument gives are said in Korean
  const message =
    (error && lang === "ko" && koreanMessage(error.code, error.details)) ||
    (error && lang === "en" ? said + englishAddendum(error.code, error.details) : said);
  if (json) {
    const details = error?.details ?? flagDetails ?? {};
    return { exitCode: 2, stdout: "", stderr: jsonText({ error: { code, title, message, details } }) };
  }
  if (error === undefined) return { exitCode: 2, stdout: "", stderr: `kcity: ${message}\n` };
  const issues = error.details["issues"];
  // an issue the message already says (the parser's reason for a refused --budget) is not said again
  const listed = Array.isArray(issues)
    ? issues.filter((i) => isIssue(i) && !message.includes(cliMessage(i.message[lang])))
    : [];
  const lines = listed.length > 0 ? `\n${issueLines(listed, lang)}` : "";
  return { exitCode: 2, stdout: "", stderr: `kcity: ${code}: ${title}. ${message}${lines}\n` };
}

function isIssue(v: unknown): v is Issue {
  const i = v as Partial<Issue> | null;
  return (
    typeof i === "object" &&
    i !== null &&
    typeof i.code === "string" &&
    Array.isArray(i.path) &&
    typeof i.message === "object" &&
    i.message !== null
  );
}

/**
 * Runs `kcity` on an argument list and returns what to print. Pure apart from the context's doors.
 *
 * @param argv - the arguments after `kcity`
 * @param ctx - file reading and the clock
 * @param commands - the command table (tests may pass their own)
 */
export function runCli(
  argv: readonly string[],
  ctx: CliContext,
  commands: readonly CliCommand[] = COMMANDS,
): CliOutput {
  // Global flags may stand anywhere.
  let lang: Lang = "en";
  let json = false;
  let help = false;
  // the version flag as typed (-v or --version), and the arguments other than --json and --lang
  // beside it, in order: the version stands alone
  let version: string | undefined;
  const others: string[] = [];
  let badLang: string | undefined;
  let noLangValue = false;
  let langs = 0;
  const rest: string[] = [];
  // Options that take a value in some command: "--text -v" is a value that looks like a flag, not
  // the version (the strict parse below refuses it and shows how to write "--text=-v").
  const valued = new Set(
    commands.flatMap((c) =>
      Object.entries(c.options ?? {}).flatMap(([name, o]) => (o.type === "string" ? [`--${name}`] : [])),
    ),
  );
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (/^(-[hv]|--help|--version)$/.test(a) && valued.has(argv[i - 1] as string)) {
      rest.push(a);
      others.push(a);
      continue;
    }
    // after "--" every argument is the command's, even "-v" or "--json"
    if (a === "--") {
      rest.push(...argv.slice(i));
      others.push(...argv.slice(i));
      break;
    }
    if (a === "--json") json = true;
    else if (a === "--help" || a === "-h") {
      help = true;
      others.push(a);
    } else if (a === "--version" || a === "-v") version ??= a;
    else if (a === "--lang" || a.startsWith("--lang=")) {
      // "--lang --json", "... --lang" at the end: no value, and the flag after it keeps its meaning
      const next = argv[i + 1];
      const missing = a === "--lang" && (next === undefined || next.startsWith("-"));
      const value = a === "--lang" ? (missing ? undefined : argv[++i]) : a.slice("--lang=".length);
      langs++;
      if (isLang(value)) lang = value;
      else badLang = value ?? "";
      if (missing) noLangValue = true;
    } else {
      rest.push(a);
      others.push(a);
    }
  }
  // after the loop, so that a --json anywhere on the line shapes the refusal too
  if (noLangValue)
    return refuse(
      lang === "ko"
        ? '--lang에 값이 필요합니다: "en" 또는 "ko"'
        : '--lang needs a value: "en" or "ko" (--lang ko)',
      lang,
      json,
      undefined,
      { option: "--lang" },
    );
  if (badLang !== undefined)
    return refuse(
      lang === "ko"
        ? `--lang에는 "en" 또는 "ko"를 쓰세요. 받은 값 ${JSON.stringify(badLang)}`
        : `--lang expects "en" or "ko", received ${JSON.stringify(badLang)}`,
      lang,
      json,
      undefined,
      { option: "--lang", received: badLang },
    );
  if (langs > 1)
    return refuse(
      lang === "ko"
        ? "--lang 옵션을 두 번 받았습니다: 한 번만 쓰세요"
        : "--lang is given twice: give it once",
      lang,
      json,
      undefined,
      { option: "--lang" },
    );
  const bad = (message: string, details: Readonly<Record<string, unknown>>): CliOutput =>
    refuse(message, lang, json, undefined, details);
  if (version !== undefined) {
    // "kcity -v nope", "kcity edition 2019 -v": nothing beside the version is ignored, as
    // "kcity --help nope" is refused (a command's help is "kcity edition --help")
    if (others.length > 0) {
      const extra = others.map((a) => JSON.stringify(a)).join(" ");
      return bad(
        lang === "ko"
          ? `${withParticle(version, "은(는)")} 다른 인자를 받지 않습니다. 남는 인자: ${extra}. 사용법: kcity ${version} (명령의 도움말은 kcity <명령> --help)`
          : `${version} takes no other arguments, received also ${extra}. Usage: kcity ${version} (a command's help is kcity <command> --help)`,
        { option: version, received: others },
      );
    }
    return { exitCode: 0, stdout: json ? `${JSON.stringify({ version: VERSION })}\n` : `${VERSION}\n` };
  }
  const words = rest.filter((a) => !a.startsWith("-"));
  const found = findCommand(words, commands);
  if (!found) {
    // "kcity --help" alone is the help; "kcity --help nope" names a command that does not exist
    if (rest.length === 0 || (help && words.length === 0)) {
      if (json) {
        const list = commands.map((c) => ({ command: usageLine(c), summary: c.summary[lang] }));
        return { exitCode: 0, stdout: jsonText({ version: VERSION, commands: list }, 2) };
      }
      return { exitCode: 0, stdout: helpText(lang, commands) };
    }
    // "kcity money": a group of commands named without one of them
    const members = commands.filter((c) => c.name.startsWith(`${words[0]} `));
    const group = members.map((c) => c.name);
    // "kcity money --help": the help of the group's commands
    if (help && words.length === 1 && members.length > 0) {
      if (json) {
        const list = members.map((c) => ({ command: usageLine(c), summary: c.summary[lang] }));
        return { exitCode: 0, stdout: jsonText({ version: VERSION, commands: list }, 2) };
      }
      return { exitCode: 0, stdout: helpText(lang, members) };
    }
    if (words.length === 1 && group.length > 0)
      return bad(
        lang === "ko"
          ? `${words[0]} 다음에 하위 명령이 필요합니다: ${group.join(", ")}. kcity --help를 보세요.`
          : `${words[0]} needs one of: ${group.join(", ")}. Run kcity --help.`,
        { command: words[0], commands: group },
      );
    // "kcity --on 2024-01-01 status", "kcity --style compact money format 1": a command's option
    // (with its value) before the command, not an unknown command "2024-01-01 status"
    const first = rest[0] as string;
    const owners = first.startsWith("--")
      ? commands
          .filter(
            (c) =>
              c.options !== undefined && Object.hasOwn(c.options, first.slice(2).split("=")[0] as string),
          )
          .map((c) => `kcity ${c.name}`)
      : [];
    if (owners.length > 0)
      return bad(
        lang === "ko"
          ? `명령보다 앞에 온 옵션 ${JSON.stringify(first)}: 명령을 먼저 쓰고 옵션은 그 뒤에 쓰세요 (${owners.join(", ")}의 옵션). kcity --help를 보세요.`
          : `option ${JSON.stringify(first)} before the command: write the command first, then its options (an option of ${owners.join(", ")}). Run kcity --help.`,
        { option: first, commands: owners.map((o) => o.slice("kcity ".length)) },
      );
    // "kcity -x": an option where a command was expected
    if (words.length === 0)
      return bad(
        lang === "ko"
          ? `알 수 없는 옵션 ${JSON.stringify(rest[0])}: 먼저 명령을 쓰세요. kcity --help를 보세요.`
          : `unknown option ${JSON.stringify(rest[0])}: a command comes first. Run kcity --help.`,
        { option: rest[0] },
      );
    const unknownCommand = words.join(" ") || rest.join(" ");
    return bad(
      lang === "ko"
        ? `알 수 없는 명령: ${JSON.stringify(unknownCommand)}. kcity --help를 보세요.`
        : `unknown command ${JSON.stringify(unknownCommand)}. Run kcity --help.`,
      { command: unknownCommand },
    );
  }
  const [command, depth] = found;
  if (help && json) {
    const options = Object.fromEntries(
      Object.entries(command.options ?? {}).map(([name, o]) => [
        `--${name}`,
        { type: o.type, ...(o.multiple ? { repeatable: true } : {}), description: o.description[lang] },
      ]),
    );
    return {
      exitCode: 0,
      stdout: jsonText({ command: usageLine(command), summary: command.summary[lang], options }, 2),
    };
  }
  if (help) {
    const opts = Object.entries(command.options ?? {}).map(
      ([name, o]) =>
        `  --${name}${o.type === "string" ? ` ${valueName(command, name, lang)}` : ""}  ${o.description[lang]}`,
    );
    return {
      exitCode: 0,
      stdout: [
        `${usageLine(command, lang)}`,
        "",
        lang === "ko" ? command.summary.ko : command.summary.en,
        ...(opts.length ? ["", ...opts] : []),
        "",
      ].join("\n"),
    };
  }
  // Drop the command words (the first `depth` non-option words) and parse the rest strictly.
  const args: string[] = [];
  let dropped = 0;
  for (const a of rest) {
    if (dropped < depth && !a.startsWith("-")) {
      dropped++;
      continue;
    }
    args.push(a);
  }
  // an option given twice would be read as its last value, silently: refuse it
  const seen = new Set<string>();
  for (const a of args) {
    if (a === "--") break;
    if (!a.startsWith("--")) continue;
    const name = a.slice(2).split("=")[0] as string;
    const spec = command.options?.[name];
    if (spec === undefined || spec.multiple) continue;
    if (seen.has(name))
      return bad(
        lang === "ko"
          ? `--${name} 옵션을 두 번 받았습니다: 한 번만 쓰세요\n사용법: ${usageLine(command, lang)}`
          : `--${name} is given twice: give it once\nUsage: ${usageLine(command)}`,
        { option: `--${name}` },
      );
    seen.add(name);
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    const options: Record<string, { type: "string" | "boolean"; multiple?: boolean }> = {};
    for (const [name, o] of Object.entries(command.options ?? {})) {
      options[name] = o.multiple ? { type: o.type, multiple: true } : { type: o.type };
    }
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true, allowNegative: false });
  } catch (e) {
    return bad(
      `${optionError(e, lang, args, command)}\n${lang === "ko" ? "사용법" : "Usage"}: ${usageLine(command, lang)}`,
      { option: optionTyped(e, args) },
    );
  }
  const extra = tooMany(command, parsed.positionals, lang);
  if (extra !== undefined)
    return bad(extra, {
      received: parsed.positionals.slice(maxPositionals(command.usage)),
      max: maxPositionals(command.usage),
    });
  try {
    return command.run(
      {
        positionals: parsed.positionals,
        options: parsed.values as Record<string, string | boolean | string[]>,
        lang,
        json,
      },
      ctx,
    );
  } catch (e) {
    if (isKcnError(e)) {
      // a missing argument or option (or an empty file argument) gives the command's usage line, the
      // one --help prints: added here, the one place, whichever part of the command refused it
      const d = e.details;
      const usage = d["missing"] !== undefined || (d["argument"] !== undefined && d["received"] === "");
      return refuse(
        e.message,
        lang,
        json,
        usage ? { code: e.code, title: e.title, details: { ...d, usage: usageLine(command) } } : e,
      );
    }
    // a file nested deeper than the engine's stack (a payload or an extra field thousands of levels
    // deep) is bad input, not a crash: exit 2 with the reason, never a stack trace
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      const error = new KcnError(
        "INVALID_INPUT",
        say(
          lang,
          "The input is nested too deeply to read (arrays or objects thousands of levels deep)",
          "입력의 중첩이 너무 깊어 읽을 수 없습니다(수천 단계로 중첩된 배열이나 객체)",
        ),
      );
      return refuse(error.message, lang, json, error);
    }
    throw e;
  }
}
