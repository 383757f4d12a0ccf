import type { Lang } from "../../core/label.js";
import { isKcnError, KCN_ERROR_CODES, KcnError } from "../../errors.js";
import { ROUNDING_MODE_LABELS } from "../../i18n/labels.js";
import { allocate } from "../../money/allocate.js";
import { type Conversion, convert, type RateQuote } from "../../money/convert.js";
import { type CurrencyCode, isCurrencyCode } from "../../money/currencies.js";
import { formatKrw, groupDigits, type KrwStyle } from "../../money/formatKrw.js";
import type { Krw, Money } from "../../money/money.js";
import { toMoneyJson } from "../../money/moneyJson.js";
import { type KrwParseIssue, safeParseKrw } from "../../money/parseKrw.js";
import { ROUNDING_MODES, type RoundingMode } from "../../money/rounding.js";
import { krwIssueMessage } from "../cliMessages.js";
import { jsonText } from "../json.js";
import { dateFault, faultText, isKoreaDay, refuseDay } from "../readOn.js";
import { refuseOption, retyped } from "../say.js";
import { displayWidth, padStartColumns, withParticle } from "../text.js";
import type { CliArgs, CliCommand, CliOutput } from "../types.js";

const STYLES: readonly KrwStyle[] = ["standard", "compact", "korean-units"];

const json = (value: unknown): string => jsonText(value, 2);

function usageError(
  args: CliArgs,
  en: string,
  ko: string,
  details: Readonly<Record<string, unknown>>,
): never {
  // a missing argument or a bad option is a usage error, INVALID_OPTIONS like every command's; it is
  // rendered by runCli like every other refusal (text, or the JSON error with --json), and its
  // details name what is missing: the argument or the option (runCli adds the usage line)
  throw new KcnError("INVALID_OPTIONS", args.lang === "ko" ? ko : en, details);
}

/**
 * Reads the amount argument (`argument` is its name in the usage line, `<amount>`); on failure, the
 * exit-2 output with the position and the reason, and under `--json` the argument and the text as
 * typed in the details, beside the parser's issues.
 */
function readAmountArgument(
  text: string,
  args: CliArgs,
  allowNegative: boolean,
  argument: string,
): Krw | CliOutput {
  const r = safeParseKrw(text, { allowNegative });
  if (r.ok) return r.value;
  const issue = r.issues[0] as KrwParseIssue;
  const message = krwIssueMessage(issue, args.lang);
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
          message,
          details: { argument, received: text, issues: r.issues },
        },
      })}\n`,
    };
  }
  const caret =
    code === "PARSE_FAILED" && !text.includes("\n")
      ? // columns, not characters: a Hangul syllable or a full-width digit takes two
        `\n  ${text}\n  ${" ".repeat(displayWidth(text.slice(0, issue.position)))}${"^".repeat(Math.max(1, displayWidth(text.slice(issue.position, issue.position + issue.length))))}`
      : "";
  return {
    exitCode: 2,
    stdout: "",
    // "kcity: CODE: Title. message", as every other refusal writes it
    stderr: `kcity: ${code}${code === issue.code ? "" : ` (${issue.code})`}: ${title}. ${message}${caret}\n`,
  };
}

function isOutput(x: Krw | CliOutput): x is CliOutput {
  return "exitCode" in x;
}

const parse: CliCommand = {
  name: "money parse",
  usage: "<text...>",
  usageKo: "<텍스트...>",
  summary: {
    en: "Read an amount of won written in English or Korean (₩400,000,000, 400 million KRW, 4억 5천만원)",
    ko: "영어·한국어로 쓴 원화 금액 읽기 (₩400,000,000, 400 million KRW, 4억 5천만원)",
  },
  run(args) {
    if (args.positionals.length === 0) {
      return usageError(
        args,
        'money parse needs a text, e.g. kcity money parse "400 million won"',
        '읽을 금액이 없습니다. 예: kcity money parse "4억 원"',
        { missing: "<text...>" },
      );
    }
    const text = args.positionals.join(" ");
    const amount = readAmountArgument(text, args, false, "<text...>");
    if (isOutput(amount)) return amount;
    const locale: Lang = args.lang;
    const formatted = formatKrw(amount, { locale });
    if (args.json) return { exitCode: 0, stdout: json({ text, value: toMoneyJson(amount), formatted }) };
    return { exitCode: 0, stdout: `${formatted}\n` };
  },
};

const format: CliCommand = {
  name: "money format",
  usage: "<amount...> [--style standard|compact|korean-units]",
  usageKo: "<금액...> [--style standard|compact|korean-units]",
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
      return refuseOption(
        args,
        "--style",
        style,
        `--style expects standard, compact or korean-units, received ${JSON.stringify(style)}`,
        `--style은 standard, compact, korean-units 중 하나여야 합니다. 받은 값 ${JSON.stringify(style)}`,
      );
    }
    if (args.positionals.length === 0) {
      return usageError(
        args,
        "money format needs an amount, e.g. kcity money format 450000000",
        "금액이 없습니다. 예: kcity money format 450000000",
        {
          missing: "<amount...>",
        },
      );
    }
    const amount = readAmountArgument(args.positionals.join(" "), args, true, "<amount...>");
    if (isOutput(amount)) return amount;
    const text = formatKrw(amount, { locale: args.lang, style: style as KrwStyle });
    if (args.json) {
      return {
        exitCode: 0,
        stdout: json({ value: toMoneyJson(amount), style, locale: args.lang, formatted: text }),
      };
    }
    return { exitCode: 0, stdout: `${text}\n` };
  },
};

const split: CliCommand = {
  name: "money split",
  usage: "<amount> <ratios...>",
  usageKo: "<금액> <비율...>",
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
        {
          missing: amountText === undefined ? "<amount>" : "<ratios...>",
        },
      );
    }
    const amount = readAmountArgument(amountText, args, false, "<amount>");
    if (isOutput(amount)) return amount;
    let shares: readonly Krw[];
    try {
      shares = allocate(amount, ratios);
    } catch (e) {
      // a ratio refused is named as typed, as every value typed on the command line is; ratios that
      // are all zero are refused together, as typed
      const at = isKcnError(e) ? e.details["index"] : undefined;
      throw retyped(e, typeof at === "number" ? (ratios[at] as string) : ratios, { argument: "<ratios...>" });
    }
    const rows = shares.map((s, i) => ({ ratio: ratios[i] as string, share: s }));
    if (args.json) {
      return {
        exitCode: 0,
        stdout: json({
          total: toMoneyJson(amount),
          shares: rows.map((r) => ({
            ratio: r.ratio,
            value: toMoneyJson(r.share),
            formatted: formatKrw(r.share, { locale: args.lang }),
          })),
        }),
      };
    }
    const total = args.lang === "ko" ? "합계" : "total";
    // the amounts right-aligned too, so that the total stands under the shares
    const money = [
      ...rows.map((r) => formatKrw(r.share, { locale: args.lang })),
      formatKrw(amount, { locale: args.lang }),
    ];
    const labels = [...rows.map((r) => r.ratio), total];
    const w = Math.max(...labels.map(displayWidth));
    const m = Math.max(...money.map(displayWidth));
    const lines = labels.map((l, i) => `${padStartColumns(l, w)}  ${padStartColumns(money[i] as string, m)}`);
    return { exitCode: 0, stdout: `${lines.join("\n")}\n` };
  },
};

const QUOTES: readonly RateQuote[] = ["target-per-source", "source-per-target"];

/** An amount in major units with every minor digit and grouped thousands: `USD 288,766.90`, `-USD 0.77`. */
function majorText(m: Money): string {
  const neg = m.amount < 0n;
  const digits = (neg ? -m.amount : m.amount).toString().padStart(m.scale + 1, "0");
  const int = groupDigits(BigInt(digits.slice(0, digits.length - m.scale)));
  const frac = m.scale > 0 ? `.${digits.slice(digits.length - m.scale)}` : "";
  return `${neg ? "-" : ""}${m.currency} ${int}${frac}`;
}

/** Reads a required `--name value` option of `money convert`, refusing a missing or unknown value. */
function required(args: CliArgs, name: string, allowed?: readonly string[]): string {
  const v = args.options[name];
  // an empty value ("$RATE" left unset) is a value, refused by the option's own check below
  if (typeof v !== "string") {
    return usageError(
      args,
      `money convert needs --${name}, e.g. kcity money convert 400000000 --currency USD --rate 1385.20 --quote source-per-target --value-date 2021-06-30 --rounding half-even`,
      `--${name} 옵션이 필요합니다. 예: kcity money convert 400000000 --currency USD --rate 1385.20 --quote source-per-target --value-date 2021-06-30 --rounding half-even`,
      { option: `--${name}`, missing: `--${name}` },
    );
  }
  if (allowed !== undefined && !allowed.includes(v)) {
    return refuseOption(
      args,
      `--${name}`,
      v,
      `--${name} expects one of ${allowed.join(", ")}, received ${JSON.stringify(v)}`,
      `${withParticle(`--${name}`, "은(는)")} ${allowed.join(", ")} 중 하나여야 합니다. 받은 값 ${JSON.stringify(v)}`,
    );
  }
  return v;
}

const convertCommand: CliCommand = {
  name: "money convert",
  usage: "<amount> --currency C --rate R --value-date D --rounding M [--quote Q]",
  usageKo: "<금액> --currency <통화> --rate <환율> --value-date <날짜> --rounding <방식> [--quote <표기>]",
  summary: {
    en: "Convert won into another currency at an explicit rate, rounded to its minor unit with an explicit mode",
    ko: "명시한 환율로 원화를 다른 통화로 환산 (끝수 처리 방식을 명시, 해당 통화의 최소 단위까지)",
  },
  options: {
    currency: {
      type: "string",
      description: {
        en: "the target currency (ISO 4217: USD, JPY, KWD, ...)",
        ko: "환산할 통화 (ISO 4217: USD, JPY, KWD 등)",
      },
    },
    rate: {
      type: "string",
      description: {
        en: "the rate, a positive decimal (1385.20)",
        ko: "환율, 0보다 큰 수 (소수 가능, 예: 1385.20)",
      },
    },
    quote: {
      type: "string",
      description: {
        en: "target-per-source (default: 0.00072 USD per won) or source-per-target (1385.20 won per USD)",
        ko: "target-per-source (기본: 1원당 0.00072달러) 또는 source-per-target (1달러당 1385.20원)",
      },
    },
    "value-date": {
      type: "string",
      description: { en: "the date the rate is valid for (YYYY-MM-DD)", ko: "환율 기준일 (YYYY-MM-DD)" },
    },
    rounding: {
      type: "string",
      description: {
        en: `how to round to the minor unit: ${ROUNDING_MODES.join(", ")}`,
        ko: `최소 단위로 끝수를 처리하는 방식: ${ROUNDING_MODES.join(", ")}`,
      },
    },
  },
  run(args) {
    const [amountText] = args.positionals;
    if (amountText === undefined) {
      return usageError(
        args,
        "money convert needs an amount of won, e.g. kcity money convert 400000000 --currency USD ...",
        "환산할 원화 금액이 없습니다. 예: kcity money convert 400000000 --currency USD ...",
        {
          missing: "<amount>",
        },
      );
    }
    const currency = required(args, "currency");
    if (!isCurrencyCode(currency)) {
      return refuseOption(
        args,
        "--currency",
        currency,
        `--currency expects an ISO 4217 code such as USD, received ${JSON.stringify(currency)}`,
        `--currency에는 USD 같은 ISO 4217 통화 코드가 필요합니다. 받은 값 ${JSON.stringify(currency)}`,
      );
    }
    const rate = required(args, "rate");
    const valueDate = required(args, "value-date");
    // a day in the years 1000-9999, as --on and --start read one; a day that does not exist
    // (2021-02-30) or a year before 1000 is refused with the reason --on gives
    if (!isKoreaDay(valueDate)) {
      const why = dateFault(valueDate);
      refuseDay(
        args,
        "--value-date",
        valueDate,
        why,
        `--value-date expects a date as YYYY-MM-DD, received ${JSON.stringify(valueDate)}${faultText(why, "en")}`,
        `--value-date에는 YYYY-MM-DD 형식의 날짜가 필요합니다. 받은 값 ${JSON.stringify(valueDate)}${faultText(why, "ko")}`,
      );
    }
    const rounding = required(args, "rounding", ROUNDING_MODES) as RoundingMode;
    const quote = (
      args.options["quote"] === undefined ? "target-per-source" : required(args, "quote", QUOTES)
    ) as RateQuote;
    const amount = readAmountArgument(amountText, args, true, "<amount>");
    if (isOutput(amount)) return amount;
    if (!/^\d+(\.\d+)?$/.test(rate) || !/[1-9]/.test(rate)) {
      return refuseOption(
        args,
        "--rate",
        rate,
        `--rate expects a positive decimal such as 1385.20, received ${JSON.stringify(rate)}`,
        `--rate에는 1385.20 같은 0보다 큰 수가 필요합니다. 받은 값 ${JSON.stringify(rate)}`,
      );
    }
    const c: Conversion<CurrencyCode> = convert(amount, { currency, rate, valueDate, quote }, { rounding });
    if (args.json) {
      return {
        exitCode: 0,
        stdout: json({
          from: toMoneyJson(c.from),
          to: toMoneyJson(c.money),
          rate: c.rate,
          quote: c.quote,
          valueDate: c.valueDate,
          rounding: c.rounding,
        }),
      };
    }
    const per =
      c.quote === "source-per-target" ? `1 ${currency} = ${c.rate} KRW` : `1 KRW = ${c.rate} ${currency}`;
    // in Korean the rounding mode by its label, with its id (the value --rounding takes) in
    // parentheses; the label has commas of its own, so the parts are parted by semicolons
    const how =
      args.lang === "ko"
        ? `환율 ${per}; 기준일 ${c.valueDate}; 끝수 처리 방식: ${ROUNDING_MODE_LABELS[c.rounding].ko} (${c.rounding})`
        : `at ${per}, value date ${c.valueDate}, rounding ${c.rounding}`;
    return {
      exitCode: 0,
      stdout: `${formatKrw(amount, { locale: args.lang })} = ${majorText(c.money)}\n  (${how})\n`,
    };
  },
};

/** The `kcity money ...` commands. */
export const MONEY_COMMANDS: readonly CliCommand[] = [parse, format, split, convertCommand];
