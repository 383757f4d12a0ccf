import type { Lang } from "../../core/label.js";
import { KCN_ERROR_CODES, KcnError } from "../../errors.js";
import { allocate } from "../../money/allocate.js";
import { formatKrw, type KrwStyle } from "../../money/formatKrw.js";
import type { Krw } from "../../money/money.js";
import { toMoneyJson } from "../../money/moneyJson.js";
import { type KrwParseIssue, safeParseKrw } from "../../money/parseKrw.js";
import { jsonText } from "../json.js";
import type { CliArgs, CliCommand, CliOutput } from "../types.js";

const STYLES: readonly KrwStyle[] = ["standard", "compact", "korean-units"];

const json = (value: unknown): string => jsonText(value, 2);

function usageError(args: CliArgs, en: string, ko: string): never {
  // rendered by runCli like every other refusal (text, or the JSON error with --json)
  throw new KcnError("INVALID_INPUT", args.lang === "ko" ? ko : en);
}

/** Reads the amount argument; on failure, the exit-2 output with the position and the reason. */
function readAmount(text: string, args: CliArgs, allowNegative: boolean): Krw | CliOutput {
  const r = safeParseKrw(text, { allowNegative });
  if (r.ok) return r.value;
  const issue = r.issues[0] as KrwParseIssue;
  const code = issue.code === "INPUT_TOO_LONG" ? "INPUT_TOO_LONG" : "PARSE_FAILED";
  const title = args.lang === "ko" ? KCN_ERROR_CODES[code].ko : KCN_ERROR_CODES[code].en;
  if (args.json) {
    return {
      exitCode: 2,
      stdout: "",
      stderr: `${JSON.stringify({
        error: {
          code,
          title,
          message: args.lang === "ko" ? issue.message.ko : issue.message.en,
          details: { issues: r.issues },
        },
      })}\n`,
    };
  }
  const caret =
    code === "PARSE_FAILED" && !text.includes("\n")
      ? `\n  ${text}\n  ${" ".repeat(issue.position)}${"^".repeat(Math.max(1, issue.length))}`
      : "";
  return {
    exitCode: 2,
    stdout: "",
    stderr: `kcity: ${code} (${issue.code}): ${args.lang === "ko" ? issue.message.ko : issue.message.en}${caret}\n`,
  };
}

function isOutput(x: Krw | CliOutput): x is CliOutput {
  return "exitCode" in x;
}

const parse: CliCommand = {
  name: "money parse",
  usage: "<text...>",
  summary: {
    en: "Read an amount of won written in English or Korean (₩400,000,000, 400 million KRW, 4억 5천만원)",
    ko: "영어·한국어로 쓴 원화 금액 읽기 (₩400,000,000, 400 million KRW, 4억 5천만원)",
  },
  run(args) {
    if (args.positionals.length === 0) {
      return usageError(
        args,
        'money parse needs a text, e.g. kcity money parse "4억 원"',
        '읽을 금액이 없습니다. 예: kcity money parse "4억 원"',
      );
    }
    const text = args.positionals.join(" ");
    const amount = readAmount(text, args, false);
    if (isOutput(amount)) return amount;
    const locale: Lang = args.lang;
    const formatted = formatKrw(amount, { locale });
    if (args.json) return { exitCode: 0, stdout: json({ ...toMoneyJson(amount), formatted }) };
    return { exitCode: 0, stdout: `${formatted}\n` };
  },
};

const format: CliCommand = {
  name: "money format",
  usage: "<amount...> [--style standard|compact|korean-units]",
  summary: {
    en: "Write an amount of won in a style (standard, compact, korean-units)",
    ko: "원화 금액을 정해진 형식으로 쓰기 (standard, compact, korean-units)",
  },
  options: {
    style: {
      type: "string",
      description: {
        en: "standard (default), compact or korean-units",
        ko: "standard(기본), compact 또는 korean-units",
      },
    },
  },
  run(args) {
    const style = (args.options["style"] ?? "standard") as string;
    if (!STYLES.includes(style as KrwStyle)) {
      return usageError(
        args,
        `--style expects standard, compact or korean-units, received ${JSON.stringify(style)}`,
        `--style 은 standard, compact, korean-units 중 하나여야 합니다. 받은 값: ${JSON.stringify(style)}`,
      );
    }
    if (args.positionals.length === 0) {
      return usageError(
        args,
        "money format needs an amount, e.g. kcity money format 450000000",
        "금액이 없습니다. 예: kcity money format 450000000",
      );
    }
    const amount = readAmount(args.positionals.join(" "), args, true);
    if (isOutput(amount)) return amount;
    const text = formatKrw(amount, { locale: args.lang, style: style as KrwStyle });
    if (args.json) {
      return {
        exitCode: 0,
        stdout: json({ ...toMoneyJson(amount), style, locale: args.lang, formatted: text }),
      };
    }
    return { exitCode: 0, stdout: `${text}\n` };
  },
};

const split: CliCommand = {
  name: "money split",
  usage: "<amount> <ratios...>",
  summary: {
    en: "Split an amount by ratios or percentages (30 40 30, 33.3% 33.3% 33.3%), exactly to the won",
    ko: "금액을 비율·백분율로 원 단위까지 정확히 나누기 (30 40 30, 33.3% 33.3% 33.3%)",
  },
  run(args) {
    const [amountText, ...ratios] = args.positionals;
    if (amountText === undefined || ratios.length === 0) {
      return usageError(
        args,
        "money split needs an amount and at least one ratio, e.g. kcity money split 600000000 30 40 30",
        "금액과 비율이 필요합니다. 예: kcity money split 600000000 30 40 30",
      );
    }
    const amount = readAmount(amountText, args, false);
    if (isOutput(amount)) return amount;
    const shares = allocate(amount, ratios);
    const rows = shares.map((s, i) => ({ ratio: ratios[i] as string, share: s }));
    if (args.json) {
      return {
        exitCode: 0,
        stdout: json({
          total: toMoneyJson(amount),
          shares: rows.map((r) => ({
            ratio: r.ratio,
            ...toMoneyJson(r.share),
            formatted: formatKrw(r.share, { locale: args.lang }),
          })),
        }),
      };
    }
    const total = args.lang === "ko" ? "합계" : "total";
    const w = Math.max(total.length, ...rows.map((r) => r.ratio.length));
    const lines = rows.map((r) => `${r.ratio.padStart(w)}  ${formatKrw(r.share, { locale: args.lang })}`);
    lines.push(`${total.padStart(w)}  ${formatKrw(amount, { locale: args.lang })}`);
    return { exitCode: 0, stdout: `${lines.join("\n")}\n` };
  },
};

/** The `kcity money ...` commands. */
export const MONEY_COMMANDS: readonly CliCommand[] = [parse, format, split];
