/**
 * The Korean message of the library errors a `kcity` user meets by typing a wrong argument (a year
 * without an edition, a track the edition did not have, a project id not in the data, a bad country
 * code, track, date or split ratio). The
 * library says its messages in English; these errors carry in their details what was expected and
 * received, so the CLI can say them in Korean. Other errors keep the library's English message
 * under their Korean title.
 *
 * @internal
 * @module
 */
import { describeReceived } from "../errors.js";
import { TRACK_IDS } from "../programs/tracks.js";
import { withParticle, withSubjectParticle } from "./text.js";

type Details = Readonly<Record<string, unknown>>;

/**
 * ". 받은 값 …": a value typed on the command line (the details name its `--option` or `argument`) as
 * typed, in quotes; else the value as the library described it (a bigint without its JavaScript "n"),
 * also where the library names an option of its own (`asOf`, `budget`).
 */
const got = (d: Details): string =>
  typeof d["received"] === "string"
    ? `. 받은 값 ${
        String(d["option"]).startsWith("--") || typeof d["argument"] === "string"
          ? charactersKo(describeReceived(d["received"]))
          : receivedKo(d["received"])
      }`
    : "";

/**
 * A value as `describeReceived` says it, in Korean: a bigint without its `n`, "an object" as 객체,
 * and a long text cut with its length said in Korean (`"xxx… (300자)"`, not `(300 characters)`).
 */
export function receivedKo(text: string): string {
  const array = /^an array of (\d+)$/.exec(text);
  if (array) return `항목 ${array[1]}개의 배열`;
  return RECEIVED_KO[text] ?? charactersKo(text.replace(/^(-?\d+)n$/, "$1"));
}

/**
 * A Korean text with the length `describeReceived` gives a long text it cuts said in Korean:
 * `"xxx… (300 characters)"` becomes `"xxx… (300자)"` (the library's Korean issue messages quote
 * values so too).
 */
export function charactersKo(text: string): string {
  return text.replace(/… \((\d+) characters\)"/g, '… ($1자)"');
}

const RECEIVED_KO: Readonly<Record<string, string>> = {
  "an object": "객체",
  "a function": "함수",
  "a symbol": "심볼",
  undefined: "없음",
};

/** Undoes `describeReceived` of a string (`"\"solution-demonstration\""`), for a value quoted in Korean text. */
const plain = (v: unknown): string => (typeof v === "string" ? v.replace(/^"(.*)"$/, "$1") : String(v));

/** What selectProjects expects of a candidate's field, in Korean. */
const CANDIDATE: Readonly<Record<string, string>> = {
  "an object": "객체",
  "a non-empty string": "비어 있지 않은 문자열",
  unique: "다른 후보와 겹치지 않는 값",
  "a finite number": "유한한 수",
  "a kebab-case sub-program id": "소문자와 하이픈으로 된 세부 사업 ID(예: overseas-demonstration)",
  "a sub-program a quota names or an edition has": "한도(quotas)에 있거나 사업 연도에 있는 세부 사업 ID",
  'a date such as "2021-06", "2021-06-22" or "2021-06-22T10:00", in Korea time with no offset':
    '"2021-06", "2021-06-22", "2021-06-22T10:00" 같은 한국 시간 날짜(오프셋 없이)',
  ">= 0 KRW": "0원 이상의 금액",
  "an ISO 3166-1 alpha-2 code": '"KE" 같은 대문자 ISO 3166-1 alpha-2 국가 코드',
  'Krw or {"amount":"400000000","currency":"KRW"}':
    'Krw 또는 {"amount":"400000000","currency":"KRW"} 형식의 원화 금액',
};

/** The options whose day the CLI refuses itself, in the user's language (readOn's refuseDay). */
const CLI_DAYS: readonly string[] = ["--start", "--met", "--value-date"];

const MESSAGES: Readonly<Record<string, (d: Details) => string | undefined>> = {
  UNKNOWN_EDITION: (d) =>
    Array.isArray(d["known"]) ? `사업 연도(${d["known"].join(", ")})가 필요합니다${got(d)}` : undefined,
  UNKNOWN_MACHINE: (d) => {
    const available = d["available"];
    if (!Array.isArray(available)) return undefined;
    // getMachine(id) (a log's machine) gives the id received, machineFor(year, track) the two parts
    if (d["year"] === undefined)
      return `절차 ID(예: 2021-urban-planning)가 필요합니다${got(d)}. 절차: ${available.join(", ")}`;
    const year = plain(d["year"]);
    const ids = available.filter((id): id is string => typeof id === "string");
    const tracks = tracksOf(d);
    if (tracks.length > 0)
      return `${year}년 사업에는 ${plain(d["track"])} 유형의 절차가 없습니다. ${year}년 유형: ${tracks.join(", ")}`;
    const years = [...new Set(ids.map((id) => id.slice(0, 4)))];
    return `연도는 ${years.join(", ")} 중 하나여야 합니다. 받은 값 ${d["year"]}`;
  },
  INVALID_COUNTRY_CODE: (d) => {
    // kcity select names the candidate (details.path [index, "country"], or ["candidates", index,
    // "country"] in a { "candidates": [...] } file) and takes upper case only; kcity projects
    // --country reads a lower-case code as upper case
    const at = candidateAt(d["path"]);
    return at === undefined
      ? `ISO 3166-1 alpha-2 국가 코드(예: KE)가 필요합니다${got(d)}`
      : `${at}.country에는 대문자 ISO 3166-1 alpha-2 국가 코드(예: KE)가 필요합니다${got(d)}`;
  },
  UNKNOWN_TRACK: (d) => `유형은 ${TRACK_IDS.join(", ")} 중 하나여야 합니다${got(d)}`,
  // selectProjects' refusal of a candidate: details.path is [index, field], details.expected one of CANDIDATE
  INVALID_INPUT: (d) => {
    const path = d["path"];
    const what = typeof d["expected"] === "string" ? CANDIDATE[d["expected"]] : undefined;
    const at = candidateAt(path);
    if (at === undefined || !Array.isArray(path) || what === undefined) return undefined;
    const field = path[path.findIndex((p) => typeof p === "number") + 1];
    return `${at}${field === undefined ? "" : `.${String(field)}`}에는 ${withSubjectParticle(what)} 필요합니다${got(d)}`;
  },
  // a missing <year> (readYear)
  INVALID_OPTIONS: (d) =>
    Array.isArray(d["known"]) && d["received"] === undefined
      ? `<연도>가 필요합니다: 사업 연도(${d["known"].join(", ")})`
      : undefined,
  UNKNOWN_PROJECT: (d) => `자료에 있는 사업 ID(예: 2021-ke-nairobi)가 필요합니다${got(d)}`,
  // a ratio that is well formed by itself is refused for being mixed: percentages with plain ratios
  INVALID_RATIOS: (d) =>
    typeof d["index"] === "number"
      ? typeof d["received"] === "string" && /^(?:\d+(?:\.\d*)?|\.\d+)%?$/.test(d["received"].trim())
        ? `ratios[${d["index"]}]: 비율은 모두 백분율이거나 모두 백분율이 아니어야 합니다${got(d)}`
        : `ratios[${d["index"]}]에는 30, 0.3, 30% 같은 0 이상의 수, 소수 또는 백분율이 필요합니다${got(d)}`
      : typeof d["ratios"] === "number"
        ? "0보다 큰 비율이 하나 이상 필요합니다. 받은 값이 모두 0입니다"
        : undefined,
  INVALID_DATE: (d) => {
    const option = d["option"];
    // the days of --start, --met and --value-date are refused by the CLI, in Korean already
    if (typeof option !== "string" || CLI_DAYS.includes(option)) return undefined;
    const years = d["years"];
    // an instant outside the years partial dates cover, in Seoul: the years, not the format ("--on"
    // is read 온, as in cliMessages' "--on이")
    if (Array.isArray(years) && years.length === 2)
      return `${option === "--on" ? "--on은" : withParticle(option, "은(는)")} 서울 시간으로 ${years[0]}~${years[1]}년 사이여야 합니다${got(d)}${koReason(d["reason"])}`;
    return `${option.replace(/^(?!--)/, "--")}에는 한국 날짜(YYYY-MM-DD), 한국 시각(YYYY-MM-DDTHH:MM) 또는 오프셋이 있는 ISO 8601 날짜·시각이 필요합니다${got(d)}${koReason(d["reason"])}`;
  },
};

/**
 * `candidates[3]` for a candidate's path: `[3, "score"]` (a list of candidates) or
 * `["candidates", 3, "score"]` (a `{ "candidates": [...] }` file); `undefined` for another path.
 */
function candidateAt(path: unknown): string | undefined {
  if (!Array.isArray(path)) return undefined;
  const i = path.findIndex((p) => typeof p === "number");
  return i === 0 || (i === 1 && path[0] === "candidates") ? `candidates[${path[i]}]` : undefined;
}

/** The tracks the year of an UNKNOWN_MACHINE error had (from its details.available machine ids). */
function tracksOf(d: Details): string[] {
  const available = d["available"];
  if (!Array.isArray(available) || d["year"] === undefined) return [];
  const year = plain(d["year"]);
  return available
    .filter((id): id is string => typeof id === "string" && id.startsWith(`${year}-`))
    .map((id) => id.slice(year.length + 1));
}

/**
 * What the English output adds to the library's message so that it says as much as the Korean one:
 * the tracks the edition had, after "no machine for that edition and track", and every machine id
 * after a log's unknown machine id.
 *
 * @param code - the error's code
 * @param details - the error's details
 */
export function englishAddendum(code: string, details: Details): string {
  if (code !== "UNKNOWN_MACHINE") return "";
  const available = details["available"];
  // a log's machine id (getMachine): every machine, as the Korean message lists them
  if (details["year"] === undefined)
    return Array.isArray(available) ? `. The machines: ${available.join(", ")}` : "";
  const tracks = tracksOf(details);
  return tracks.length ? `. The ${plain(details["year"])} tracks: ${tracks.join(", ")}` : "";
}

/** `: <the reason in Korean>` for a details.reason label (readOn's day that does not exist), else "". */
function koReason(reason: unknown): string {
  const ko = (reason as { ko?: unknown } | null | undefined)?.ko;
  return typeof ko === "string" ? `: ${ko}` : "";
}

/**
 * The Korean message of an error the CLI can say in Korean from its details, or `undefined`.
 *
 * @param code - the error's code
 * @param details - the error's details
 */
export function koreanMessage(code: string, details: Details): string | undefined {
  return Object.hasOwn(MESSAGES, code) ? MESSAGES[code]?.(details) : undefined;
}
