import type { Lang } from "../../core/label.js";
import type { FieldPath, Issue } from "../../core/result.js";
import { fromZodIssues } from "../../core/zodIssues.js";
import { describeReceived, isKcnError, KcnError } from "../../errors.js";
import { formatKrw } from "../../money/formatKrw.js";
import { isKrw, type Krw } from "../../money/money.js";
import { fromKrwJson, KrwJsonSchema } from "../../money/moneyJson.js";
import { isCountryCode } from "../../programs/countries.js";
import { isSubProgramId } from "../../selection/deps.js";
import {
  NOT_SELECTED_REASONS,
  type RankedCandidate,
  type SelectionCandidate,
  type SelectionOutcome,
  type SelectProjectsOptions,
  selectProjects,
} from "../../selection/selectProjects.js";
import { readAmount } from "../cliMessages.js";
import { readJsonArgument } from "../files.js";
import { jsonText } from "../json.js";
import { receivedKo } from "../koreanErrors.js";
import { refuseOption, say as t } from "../say.js";
import { displayWidth, padEndColumns, withParticle, withSubjectParticle } from "../text.js";
import type { CliArgs, CliCommand } from "../types.js";

/** An amount as the command line or the file's options and candidates take it. */
const WON: readonly [string, string] = ['"4 billion won" or 4000000000', '"40억 원"이나 4000000000'];

/**
 * A count typed on the command line (`--country-cap 1`, the `3` of `--quota planning=3`): `what`
 * names it in messages; the refusal names the `option` and gives the value as `typed` (`planning=x`).
 */
function count(args: CliArgs, text: string, what: string, option = what, typed = text): number {
  if (!/^\d{1,9}$/.test(text)) {
    refuseOption(
      args,
      option,
      typed,
      `Expected ${what} to be a whole number >= 0, received ${describeReceived(text)}`,
      `${what}에는 0 이상의 정수가 필요합니다. 받은 값 ${receivedKo(describeReceived(text))}`,
    );
  }
  return Number(text);
}

/** A bad value in the file's options: INVALID_INPUT with its path (the command line's are INVALID_OPTIONS). */
function badFileOption(
  args: CliArgs,
  path: readonly string[],
  what: { en: string; ko: string },
  value: unknown,
): never {
  const key = path.join(".");
  throw new KcnError(
    "INVALID_INPUT",
    t(
      args.lang,
      `Expected options.${key} to be ${what.en}, received ${describeReceived(value)}`,
      `options.${key}에는 ${withSubjectParticle(what.ko)} 필요합니다. 받은 값 ${receivedKo(describeReceived(value))}`,
    ),
    { path: ["options", ...path], received: describeReceived(value) },
  );
}

const WHOLE = { en: "a whole number >= 0", ko: "0 이상의 정수" };

/**
 * The file's options, checked, with the command line's on top (`--quota ID=N`, `--budget`,
 * `--country-cap`, `--cutoff`); `subPrograms` are those the candidates apply to.
 */
function optionsFrom(args: CliArgs, file: unknown, subPrograms: ReadonlySet<string>): SelectProjectsOptions {
  const base = (typeof file === "object" && file !== null ? file : {}) as Record<string, unknown>;
  const isCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
  if (base["countryCap"] !== undefined && !isCount(base["countryCap"]))
    badFileOption(args, ["countryCap"], WHOLE, base["countryCap"]);
  if (base["cutoff"] !== undefined && !Number.isFinite(base["cutoff"]))
    badFileOption(args, ["cutoff"], { en: "a number", ko: "수" }, base["cutoff"]);
  const fileBudget = base["budget"];
  // what selectProjects takes from JSON (it reads it with fromKrwJson): {"amount": "<digits>",
  // "currency": "KRW"}, not negative; krw() would also take "1,000,000", which the schema does not
  const moneyJson = (v: unknown) => {
    try {
      return fromKrwJson(v).amount >= 0n;
    } catch {
      return false;
    }
  };
  if (fileBudget !== undefined && typeof fileBudget !== "string" && !moneyJson(fileBudget))
    badFileOption(
      args,
      ["budget"],
      // (ending in Hangul, which the particle after it agrees with: "금액 JSON이(가)" it was)
      { en: 'won as text ("40억 원") or money JSON', ko: '금액 JSON이나 원화 금액 텍스트("40억 원")' },
      fileBudget,
    );
  const fileQuotas = base["quotas"];
  if (fileQuotas !== undefined) {
    if (typeof fileQuotas !== "object" || fileQuotas === null || Array.isArray(fileQuotas))
      badFileOption(
        args,
        ["quotas"],
        { en: "an object of counts by sub-program", ko: "세부 사업별 건수 객체" },
        fileQuotas,
      );
    for (const [k, v] of Object.entries(fileQuotas)) {
      if (!isCount(v)) badFileOption(args, ["quotas", k], WHOLE, v);
      // a misspelt key: no candidate applies to it and no edition has it (the library refuses it
      // too, as INVALID_OPTIONS; here it is a value of the file, INVALID_INPUT with its path)
      if (!subPrograms.has(k) && !isSubProgramId(k)) {
        const list = [...subPrograms].join(", ");
        throw new KcnError(
          "INVALID_INPUT",
          t(
            args.lang,
            `Expected options.quotas to be keyed by sub-program: no candidate applies to "${k}" and no edition has it (sub-programs of the candidates: ${list})`,
            `options.quotas의 키는 세부 사업이어야 합니다: "${k}"에 신청한 후보가 없고 이런 세부 사업도 없습니다 (후보의 세부 사업: ${list})`,
          ),
          { path: ["options", "quotas", k], received: describeReceived(k) },
        );
      }
    }
  }
  const out: Record<string, unknown> = { ...base };
  if (typeof base["budget"] === "string")
    out["budget"] = readAmount(args, base["budget"], "options.budget", WON, ["options", "budget"]);
  const quotas = args.options["quota"];
  if (Array.isArray(quotas) && quotas.length > 0) {
    const q: Record<string, number> = {
      ...(typeof base["quotas"] === "object" && base["quotas"] !== null
        ? (base["quotas"] as Record<string, number>)
        : {}),
    };
    const given = new Set<string>();
    for (const item of quotas as readonly string[]) {
      const m = /^([^=]+)=(.*)$/.exec(item);
      if (m === null) {
        refuseOption(
          args,
          "--quota",
          item,
          `Expected --quota as <sub-program>=<count> (planning=3), received ${describeReceived(item)}`,
          `--quota는 <세부 사업>=<건수> 형식(planning=3)이어야 합니다. 받은 값 ${receivedKo(describeReceived(item))}`,
        );
      }
      const id = m[1] as string;
      // a sub-program no candidate applies to and no edition has: a typo would otherwise bind
      // nothing, silently (the library refuses the same key in the file's options.quotas)
      if (!subPrograms.has(id) && !isSubProgramId(id)) {
        refuseOption(
          args,
          "--quota",
          item,
          `--quota ${id}: no candidate applies to "${id}" and no edition has it (sub-programs of the candidates: ${[...subPrograms].join(", ")})`,
          `--quota ${id}: "${id}"에 신청한 후보가 없고 이런 세부 사업도 없습니다 (후보의 세부 사업: ${[...subPrograms].join(", ")})`,
        );
      }
      if (given.has(id)) {
        refuseOption(
          args,
          "--quota",
          item,
          `--quota ${id} is given twice: give each sub-program once`,
          `--quota ${withParticle(id, "을(를)")} 두 번 받았습니다: 세부 사업마다 한 번만 쓰세요`,
        );
      }
      given.add(id);
      q[id] = count(args, m[2] as string, `--quota ${id}`, "--quota", item);
    }
    out["quotas"] = q;
  }
  const budget = args.options["budget"];
  if (typeof budget === "string") out["budget"] = readAmount(args, budget, "--budget", WON);
  const cap = args.options["country-cap"];
  if (typeof cap === "string") out["countryCap"] = count(args, cap, "--country-cap");
  const cutoff = args.options["cutoff"];
  if (typeof cutoff === "string") {
    if (!/^-?\d+(\.\d+)?$/.test(cutoff)) {
      refuseOption(
        args,
        "--cutoff",
        cutoff,
        `Expected --cutoff to be a score such as 70 or 72.5, received ${describeReceived(cutoff)}`,
        `--cutoff에는 70이나 72.5 같은 점수가 필요합니다. 받은 값 ${receivedKo(describeReceived(cutoff))}`,
      );
    }
    out["cutoff"] = Number(cutoff);
  }
  return out as SelectProjectsOptions;
}

const OPTION_KEYS: readonly string[] = ["quotas", "budget", "countryCap", "cutoff"];

/**
 * Runs `f`, and gives a library refusal of a candidate (its path starts with the candidate's index)
 * the path in the file: `["candidates", 0, "requested"]` for a file `{ "candidates": [...] }`.
 */
function inFile<T>(at: FieldPath, f: () => T): T {
  try {
    return f();
  } catch (e) {
    const path = isKcnError(e) ? e.details["path"] : undefined;
    if (at.length === 0 || !isKcnError(e) || !Array.isArray(path) || typeof path[0] !== "number") throw e;
    throw new KcnError(e.code, e.message, { ...e.details, path: [...at, ...path] });
  }
}

/** Refuses the first key of `o` that is not in `keys` (`INVALID_INPUT`, its path in the details). */
function unknownKey(
  args: CliArgs,
  o: Record<string, unknown>,
  keys: readonly string[],
  prefix: string,
): void {
  const bad = Object.keys(o).find((k) => !keys.includes(k));
  if (bad === undefined) return;
  throw new KcnError(
    "INVALID_INPUT",
    t(
      args.lang,
      `Unknown key "${prefix}${bad}": expected only ${keys.map((k) => `${prefix}${k}`).join(", ")}`,
      `알 수 없는 키 "${prefix}${bad}": ${keys.map((k) => `${prefix}${k}`).join(", ")}만 쓸 수 있습니다`,
    ),
    { path: [...(prefix ? ["options"] : []), bad] },
  );
}

/** What each field of money JSON holds, in English and Korean. */
const MONEY_JSON_FIELDS: Readonly<Record<string, { readonly en: string; readonly ko: string }>> = {
  amount: {
    en: 'whole won as a string of digits, such as "400000000"',
    ko: '"400000000" 같은 원 단위 숫자 문자열',
  },
  currency: { en: '"KRW" (a request is in won)', ko: '"KRW" 통화 코드' },
};

const MONEY_JSON = '{"amount":"400000000","currency":"KRW"}';

/**
 * The refusal of money JSON that is not right, at `at` (`candidates[0].requested`), from the first
 * schema issue: the field's path once, what it should hold and what it holds (`"USD"`, `"4e8"`),
 * or the key that money JSON does not have. Said by the CLI, not taken from the schema's message,
 * which names the path relative to the object (`at (root)`, `at currency`).
 */
function moneyJsonRefusal(at: string, issue: Issue): { en: string; ko: string } {
  const field = issue.path[0];
  if (issue.code === "UNKNOWN_KEY" && field !== undefined) {
    return {
      en: `Unknown key ${JSON.stringify(String(field))} in ${at}: money JSON has only "amount" and "currency", as in ${MONEY_JSON}`,
      ko: `${at}에 알 수 없는 키 ${JSON.stringify(String(field))}: 금액 JSON에는 "amount"와 "currency"만 쓸 수 있습니다 (예: ${MONEY_JSON})`,
    };
  }
  const where = [at, ...issue.path].join(".");
  const what = (typeof field === "string" && Object.hasOwn(MONEY_JSON_FIELDS, field)
    ? MONEY_JSON_FIELDS[field]
    : undefined) ?? {
    en: `money JSON such as ${MONEY_JSON} (whole won as digits) or an amount as text such as "500 million won"`,
    ko: `${MONEY_JSON} 형식(원 단위 숫자)의 금액 JSON이나 "5억 원" 같은 금액 텍스트`,
  };
  // a field that is not there is said as such ("undefined" is how the schema describes it)
  const missing = issue.received === undefined || issue.received === "undefined";
  return {
    en: `Expected ${where} to be ${what.en}, ${missing ? "but it is missing" : `received ${issue.received}`}`,
    ko: `${where}에는 ${withSubjectParticle(what.ko)} 필요합니다. ${missing ? "값이 없습니다" : `받은 값 ${receivedKo(issue.received as string)}`}`,
  };
}

/**
 * Notes on ties the ranking breaks by a date less precise than the other: on equal scores
 * `selectProjects` sorts the dates as text, so "2024-03" ranks before "2024-03-01T09:00" and
 * "2024-03-01" before "2024-03-01T09:00" (a date sorts before the dates it holds), though which came
 * first is not known. One pass over the ranking: a date's more precise dates follow it at once among
 * the candidates of its score, so a stack of the dates that hold the current one (a year, a month, a
 * day: three at most) finds each pair. The note names the first-ranked candidate of the holding
 * date. At most three notes, then how many more.
 */
function coarseTies(outcome: SelectionOutcome<SelectionCandidate>, lang: Lang): string[] {
  const ranked: SelectionCandidate[] = [];
  for (const r of [...outcome.selected, ...outcome.notSelected]) ranked[r.rank - 1] = r.candidate;
  const pairs: [SelectionCandidate, SelectionCandidate][] = [];
  const holders: SelectionCandidate[] = [];
  let score: number | undefined;
  for (const c of ranked) {
    if (c.score !== score) holders.length = 0;
    score = c.score;
    const d = c.submittedAt;
    while (holders.length > 0 && !d.startsWith((holders.at(-1) as SelectionCandidate).submittedAt))
      holders.pop();
    // the first-ranked candidate of a date stands for it; the one below it holds its date
    const same = holders.at(-1)?.submittedAt === d;
    const holder = holders.at(same ? -2 : -1);
    if (holder !== undefined) pairs.push([holder, c]);
    if (!same) holders.push(c);
  }
  const said = pairs
    .slice(0, 3)
    .map(([a, b]) =>
      t(
        lang,
        `note: "${a.id}" (submitted ${a.submittedAt}) ranks before "${b.id}" (${b.submittedAt}) on an equal score, as a less precise date sorts before the dates it holds; which came first is not known`,
        `참고: 점수가 같은 두 후보 중 "${a.id}"(제출 ${a.submittedAt}) 쪽이 "${b.id}"(${b.submittedAt})보다 앞에 놓입니다. 덜 정밀한 날짜는 그 안의 날짜보다 앞에 정렬되지만, 실제로 어느 쪽이 먼저인지는 알 수 없습니다`,
      ),
    );
  const more = pairs.length - 3;
  if (more > 0) {
    said.push(
      t(
        lang,
        `note: and ${more} more such tie${more === 1 ? "" : "s"}`,
        `참고: 이런 동점이 ${more}건 더 있습니다`,
      ),
    );
  }
  return said;
}

/**
 * Candidates as the file gives them; a request written as text (`"5억 원"`) is read with parseKrw.
 * `base` is where the list stands in the file (`["candidates"]`, or `[]` for a file that is the list),
 * so that every refusal's `details.path` is a path in the file.
 */
function candidatesFrom(args: CliArgs, list: readonly unknown[], base: FieldPath): SelectionCandidate[] {
  return list.map((c, i) => {
    if (typeof c !== "object" || c === null) return c as SelectionCandidate;
    // the country cap counts codes: "ke" and "KE" would be two countries, "UK" none
    const country = (c as { country?: unknown }).country;
    if (country !== undefined && !isCountryCode(country)) {
      throw new KcnError(
        "INVALID_COUNTRY_CODE",
        t(
          args.lang,
          `Expected candidates[${i}].country to be an ISO 3166-1 alpha-2 code in upper case such as "KE" (the United Kingdom is "GB"), received ${describeReceived(country)}`,
          `candidates[${i}].country에는 "KE" 같은 대문자 ISO 3166-1 alpha-2 국가 코드(영국은 "GB")가 필요합니다. 받은 값 ${receivedKo(describeReceived(country))}`,
        ),
        { path: [...base, i, "country"], received: describeReceived(country) },
      );
    }
    const requested = (c as { requested?: unknown }).requested;
    // money JSON that is not right: say which of its fields is wrong, what it should hold and what
    // it holds (the library says only that the request is neither a Krw nor money JSON)
    if (typeof requested === "object" && requested !== null && !isKrw(requested)) {
      const r = KrwJsonSchema.safeParse(requested, { reportInput: true });
      const issue = r.success ? undefined : fromZodIssues(r.error.issues)[0];
      if (issue !== undefined) {
        const { en, ko } = moneyJsonRefusal(`candidates[${i}].requested`, issue);
        throw new KcnError("INVALID_INPUT", t(args.lang, en, ko), {
          path: [...base, i, "requested", ...issue.path],
          received: issue.received,
        });
      }
      // money JSON may be negative; a request may not: the amount as the file writes it ("-1"), not
      // as the library says the Krw it reads (-1n), at the field that holds it
      const written = r.success ? r.data.amount : "0";
      if (BigInt(written) < 0n) {
        const at = `candidates[${i}].requested.amount`;
        throw new KcnError(
          "INVALID_INPUT",
          t(
            args.lang,
            `Expected ${at} to be whole won >= 0 as a string of digits, such as "400000000", received ${describeReceived(written)}`,
            `${at}에는 "400000000" 같은 0 이상의 원 단위 숫자 문자열이 필요합니다. 받은 값 ${receivedKo(describeReceived(written))}`,
          ),
          { path: [...base, i, "requested", "amount"], received: describeReceived(written) },
        );
      }
    }
    return typeof requested === "string"
      ? ({
          ...c,
          requested: readAmount(args, requested, `candidates[${i}].requested`, WON, [
            ...base,
            i,
            "requested",
          ]),
        } as SelectionCandidate)
      : (c as SelectionCandidate);
  });
}

/** Column widths of the candidates' rank, id, sub-program, country and score, for aligned rows. */
type Widths = readonly [number, number, number, number, number];

function widths(rows: readonly RankedCandidate[]): Widths {
  const w = (f: (r: RankedCandidate) => string) => Math.max(0, ...rows.map((r) => displayWidth(f(r))));
  return [
    w((r) => String(r.rank)),
    w((r) => r.candidate.id),
    w((r) => r.candidate.subProgramId),
    w((r) => r.candidate.country),
    w((r) => String(r.candidate.score)),
  ];
}

function row(r: RankedCandidate, lang: Lang, w: Widths): string {
  const c = r.candidate;
  // a Krw or its JSON form, both accepted by selectProjects (formatKrw reads either amount)
  const money = formatKrw(c.requested.amount, { locale: lang });
  return `  ${String(r.rank).padStart(w[0])}. ${padEndColumns(c.id, w[1])}  ${padEndColumns(c.subProgramId, w[2])}  ${c.country.padEnd(w[3])}  ${String(c.score).padStart(w[4])}  ${money}`;
}

/**
 * `kcity select <file.json>`: the committee's selection calculator over a file of candidates.
 * Exit code 0 when at least one candidate is selected, 1 when none is, 2 for bad input.
 */
export const selectCommand: CliCommand = {
  name: "select",
  usage: "<candidates.json> [--quota ID=N] [--budget B] [--country-cap N] [--cutoff S]",
  usageKo:
    "<후보.json> [--quota <세부 사업>=<건수>] [--budget <금액>] [--country-cap <건수>] [--cutoff <점수>]",
  summary: {
    en: "Select projects down the committee's ranking under quotas, a budget, a country cap and a cutoff",
    ko: "위원회 순위에 따라 한도(세부 사업별·국가별), 예산, 기준 점수 안에서 사업 선정",
  },
  options: {
    quota: {
      type: "string",
      multiple: true,
      description: {
        en: "largest number of projects of a sub-program, as ID=N (repeat for each)",
        ko: "세부 사업별 최대 선정 건수 (예: planning=3, 세부 사업마다 반복)",
      },
    },
    budget: {
      type: "string",
      description: {
        en: "the total the selected requests may add up to (4 billion won, 4000000000)",
        ko: "선정 사업 신청 금액 합계 한도 (40억 원, 4000000000)",
      },
    },
    "country-cap": {
      type: "string",
      description: { en: "largest number of projects per country", ko: "국가별 최대 선정 건수" },
    },
    cutoff: {
      type: "string",
      description: { en: "lowest score that can be selected", ko: "선정 가능한 최저 점수" },
    },
  },
  run(args, ctx) {
    const { lang } = args;
    const { data } = readJsonArgument(
      args,
      ctx,
      { en: "kcity select <candidates.json>", ko: "kcity select <후보.json>" },
      "INVALID_INPUT",
    );
    const file = Array.isArray(data) ? { candidates: data } : (data as Record<string, unknown> | null);
    const list = file?.["candidates"];
    if (!Array.isArray(list)) {
      throw new KcnError(
        "INVALID_INPUT",
        t(
          lang,
          'Expected an array of candidates, or { "candidates": [...], "options": {...} }',
          '후보 배열 또는 { "candidates": [...], "options": {...} } 형식이 필요합니다',
        ),
      );
    }
    if (list.length === 0) {
      // nothing to select from is bad input, as `kcity check []` is, not a negative answer
      throw new KcnError(
        "INVALID_INPUT",
        t(
          lang,
          "Expected at least one candidate, received an empty array",
          "후보가 하나 이상 필요합니다: 빈 배열을 받았습니다",
        ),
        { path: Array.isArray(data) ? [] : ["candidates"], received: "[]" },
      );
    }
    // a typo in the file must not pass silently: only the documented keys
    unknownKey(args, file as Record<string, unknown>, ["candidates", "options"], "");
    const options = file?.["options"];
    if (options !== undefined) {
      if (typeof options !== "object" || options === null || Array.isArray(options)) {
        throw new KcnError(
          "INVALID_INPUT",
          t(lang, "Expected options to be an object", "options는 객체여야 합니다"),
          { path: ["options"] },
        );
      }
      unknownKey(args, options as Record<string, unknown>, OPTION_KEYS, "options.");
    }
    const subPrograms = new Set(
      list.flatMap((c) => {
        const id = (c as { subProgramId?: unknown } | null)?.subProgramId;
        return typeof id === "string" ? [id] : [];
      }),
    );
    const opts = optionsFrom(args, options, subPrograms);
    const at: FieldPath = Array.isArray(data) ? [] : ["candidates"];
    const outcome = inFile(at, () => selectProjects(candidatesFrom(args, list, at), opts));
    const exitCode = outcome.selected.length > 0 ? 0 : 1;
    // A quota of a sub-program that an edition has but no candidate applies to (2023's "planning"
    // over a 2021 round) is valid and selects nothing: say so rather than ignore it silently.
    const notes = Object.entries(opts.quotas ?? {})
      .filter(([id]) => !subPrograms.has(id))
      .map(([id, n]) =>
        t(
          lang,
          `note: no candidate applies to "${id}", so its quota of ${n} limits nothing (sub-programs of the candidates: ${[...subPrograms].join(", ")})`,
          `참고: "${id}"에 신청한 후보가 없어 한도 ${n}건은 아무것도 제한하지 않습니다 (후보의 세부 사업: ${[...subPrograms].join(", ")})`,
        ),
      );
    notes.push(...coarseTies(outcome, lang));
    const stderr = notes.length
      ? { stderr: args.json ? `${JSON.stringify({ notes })}\n` : notes.map((m) => `kcity: ${m}\n`).join("") }
      : {};
    if (args.json) return { exitCode, stdout: jsonText(outcome, 2), ...stderr };
    const w = widths([...outcome.selected, ...outcome.notSelected]);
    const money = (k: Krw) => formatKrw(k, { locale: lang });
    const lines = [
      t(
        lang,
        `Selected ${outcome.selected.length} of ${list.length} (their requests total ${money(outcome.totalSelected)}${outcome.remainingBudget ? `, budget left ${money(outcome.remainingBudget)}` : ""})`,
        `${list.length}건 중 ${outcome.selected.length}건 선정 (선정 사업 신청 금액 합계 ${money(outcome.totalSelected)}${outcome.remainingBudget ? `, 남은 예산 ${money(outcome.remainingBudget)}` : ""})`,
      ),
      ...outcome.selected.map((r) => row(r, lang, w)),
    ];
    const reserve = new Set(outcome.reserve);
    if (outcome.reserve.length) {
      lines.push("", t(lang, "Reserve list, in rank order:", "예비 후보 (순위순):"));
      for (const r of outcome.reserve)
        lines.push(`${row(r, lang, w)}  ${r.reason}: ${NOT_SELECTED_REASONS[r.reason][lang]}`);
    }
    const others = outcome.notSelected.filter((r) => !reserve.has(r));
    if (others.length) {
      lines.push("", t(lang, "Not selected:", "미선정:"));
      for (const r of others)
        lines.push(`${row(r, lang, w)}  ${r.reason}: ${NOT_SELECTED_REASONS[r.reason][lang]}`);
    }
    return { exitCode, stdout: `${lines.join("\n")}\n`, ...stderr };
  },
};
