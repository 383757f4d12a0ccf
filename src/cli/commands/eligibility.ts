import type { Lang } from "../../core/label.js";
import { checkEligibilityMany } from "../../eligibility/checkEligibilityMany.js";
import type { EligibilityIssue, EligibilityResult } from "../../eligibility/eligibilityIssue.js";
import { eligibleSubPrograms } from "../../eligibility/eligibleSubPrograms.js";
import { KCN_ERROR_CODES, KcnError } from "../../errors.js";
import { SEVERITY_LABELS } from "../../i18n/labels.js";
import { noteIn } from "../../i18n/notes.js";
import { cliMessage } from "../cliMessages.js";
import { readJsonArgument } from "../files.js";
import { issueMessage, issueWhere, ROOT } from "../issueLines.js";
import { subProgramText, trackText, unsureGrade } from "../names.js";
import { koreaTimeKo, onOption, readOn } from "../readOn.js";
import { readYear } from "../readYear.js";
import type { CliCommand, CliOutput } from "../types.js";

/** Why `check` exits 2: how many inputs are not valid applications (their paths are on stdout). */
function invalidMessage(lang: Lang, invalid: number): string {
  return lang === "ko"
    ? `올바른 신청서가 아닌 입력 ${invalid}건 (경로는 표준 출력의 결과 참고)`
    : `${invalid} input${invalid === 1 ? " is" : "s are"} not a valid application (see the paths in the results on stdout)`;
}

/** The verdict of `check` and `eligible` in a word or three. */
function verdictText(valid: boolean, eligible: boolean, lang: Lang): string {
  const [en, ko] = !valid
    ? ["NOT A VALID APPLICATION", "올바른 신청서가 아님"]
    : eligible
      ? ["ELIGIBLE", "신청 가능"]
      : ["NOT ELIGIBLE", "신청 불가"];
  return lang === "ko" ? ko : en;
}

function render(r: EligibilityResult, label: string, year: unknown, lang: Lang): string[] {
  const lines = [`${label}: ${verdictText(r.valid, r.eligible, lang)}`];
  if (r.valid && r.eligible && r.consideredFor !== undefined && r.consideredFor !== year) {
    lines[0] += lang === "ko" ? ` (${r.consideredFor}년 심사)` : ` (considered for ${r.consideredFor})`;
  }
  for (const i of r.issues) lines.push(findingLine(i, lang, "  "));
  return lines;
}

/** One finding as a line: severity, code, where, message, the rule's note when due, its sources and their grade. */
function findingLine(i: EligibilityIssue, lang: Lang, indent: string): string {
  // a rule that rests on an inference or a machine translation says so
  const grade = unsureGrade(i.rule.reliability, lang);
  const cited = [...i.rule.sources, ...(grade ? [grade] : [])];
  const src = cited.length ? ` [${cited.join(", ")}]` : "";
  // English keeps the severity code ("error"); Korean says it ("오류")
  const severity = lang === "ko" ? SEVERITY_LABELS[i.severity].ko : i.severity;
  // the library's message in the words of the command line, and in Korean its times as Korea times
  const said = cliMessage(issueMessage(i, lang));
  const message = lang === "ko" ? koreaTimeKo(said) : said;
  return `${indent}${severity} ${i.code}${issueWhere(i.path, lang) || ROOT[lang]}: ${message}${ruleNote(i, lang)}${src}`;
}

/**
 * The rule's note where the line needs it: why a rule is unknown in Korean (the English message quotes
 * the note, the Korean one leaves it to the note catalogue), and why an inferred rule holds (the 2026
 * demonstration call's opening day is inferred from the day its details were posted).
 */
function ruleNote(i: EligibilityIssue, lang: Lang): string {
  const note = i.rule.note;
  const due = i.code === "RULE_UNKNOWN" ? lang === "ko" : i.rule.reliability === "inferred";
  return due && note !== undefined ? ` (${noteIn(note, lang)})` : "";
}

/**
 * `kcity eligible <consortium.json> <year>`: which sub-programs of an edition a consortium could
 * apply to, and why not for the others. Exit code 0 when at least one is open to it, 1 when none
 * is, 2 when the consortium is not valid or the year has no edition.
 */
const eligibleCommand: CliCommand = {
  name: "eligible",
  usage: "<consortium.json> <year> [--consulted] [--on D]",
  usageKo: "<컨소시엄.json> <연도> [--consulted] [--on <날짜>]",
  summary: {
    en: "Which sub-programs of an edition a consortium could apply to, and why not for the others",
    ko: "컨소시엄이 해당 연도의 어느 세부 사업에 신청할 수 있는지, 아니라면 그 이유",
  },
  options: {
    consulted: {
      type: "boolean",
      description: {
        en: "prior consultation is done",
        ko: "사전 협의를 마쳤음",
      },
    },
    on: onOption({
      en: "also check each call window on this date (default: not checked)",
      ko: "이 날짜로 공모 기간도 확인 (기본: 확인하지 않음)",
    }),
  },
  run(args, ctx): CliOutput {
    const { lang } = args;
    const yearText = args.positionals[1];
    if (yearText === undefined) {
      throw new KcnError(
        "INVALID_OPTIONS",
        lang === "ko"
          ? "<컨소시엄.json> <연도>가 필요합니다. 예: kcity eligible consortium.json 2024"
          : "Expected <consortium.json> <year>, e.g. kcity eligible consortium.json 2024",
        {
          missing: args.positionals.length === 0 ? "<consortium.json>" : "<year>",
        },
      );
    }
    const year = readYear(yearText);
    const { path, name, data } = readJsonArgument(
      args,
      ctx,
      { en: "kcity eligible <consortium.json> <year>", ko: "kcity eligible <컨소시엄.json> <연도>" },
      "INVALID_INPUT",
    );
    // a consortium, or anything that holds one (an application)
    const consortium =
      typeof data === "object" && data !== null && !Array.isArray(data) && "consortium" in data
        ? (data as { consortium: unknown }).consortium
        : data;
    const r = eligibleSubPrograms(consortium, year, {
      priorConsultation: args.options["consulted"] === true,
      ...(args.options["on"] === undefined ? {} : { asOf: readOn(args, ctx) }),
    });
    if (!r.valid) {
      throw new KcnError(
        "INVALID_INPUT",
        lang === "ko" ? `${name}의 컨소시엄이 올바르지 않습니다` : `The consortium in ${name} is not valid`,
        { file: path, issues: r.issues },
      );
    }
    const exitCode = r.eligible.length > 0 ? 0 : 1;
    if (args.json) return { exitCode, stdout: `${JSON.stringify(r, null, 2)}\n` };
    const lines = [
      lang === "ko"
        ? `${year}년: 세부 사업 ${r.subPrograms.length}개 중 ${r.eligible.length}개 신청 가능${r.eligible.length ? `: ${r.eligible.map((id) => subProgramText(year, id, lang)).join(", ")}` : ""}`
        : `${year}: ${r.eligible.length} of ${r.subPrograms.length} sub-programs open to this consortium${r.eligible.length ? ` (${r.eligible.join(", ")})` : ""}`,
    ];
    for (const s of r.subPrograms) {
      // in Korean the sub-program's and the tracks' names first, their ids in parentheses
      const head =
        lang === "ko"
          ? `${s.name.ko} (${s.subProgramId}) · 유형 ${s.tracks.map((k) => trackText(k, lang)).join(", ")}`
          : `${s.subProgramId} (${s.name[lang]}; ${s.tracks.join(", ")})`;
      lines.push("", `${head}: ${verdictText(true, s.eligible, lang)}`);
      for (const i of s.issues) lines.push(findingLine(i, lang, "  "));
    }
    if (args.options["on"] === undefined) {
      lines.push(
        "",
        lang === "ko"
          ? "공모 기간은 확인하지 않았습니다 (--on <날짜>로 확인)"
          : "Call windows not checked (give --on <date> to check them)",
      );
    }
    return { exitCode, stdout: `${lines.join("\n")}\n` };
  },
};

/**
 * `kcity check <file.json>`: checks one application or an array of applications.
 * Exit code 0 when all are eligible, 1 when any is not, 2 when any input is not a valid application.
 */
export const ELIGIBILITY_COMMANDS: readonly CliCommand[] = [
  {
    name: "check",
    usage: "<file.json> [--on D]",
    usageKo: "<파일.json> [--on <날짜>]",
    summary: {
      en: "Check one application or an array of applications against its edition's eligibility rules",
      ko: "신청서(하나 또는 배열)가 해당 연도 신청 자격 규칙에 맞는지 확인",
    },
    options: {
      on: onOption({
        en: "when submittedAt is absent, check the call window on this date (default: now)",
        ko: "submittedAt이 없을 때 이 날짜로 공모 기간 확인 (기본: 현재)",
      }),
    },
    run(args, ctx): CliOutput {
      const { data } = readJsonArgument(
        args,
        ctx,
        { en: "kcity check <file.json>", ko: "kcity check <파일.json>" },
        "INVALID_INPUT",
      );
      const many = Array.isArray(data);
      const list: readonly unknown[] = many ? (data as unknown[]) : [data];
      if (list.length === 0) {
        throw new KcnError(
          "INVALID_INPUT",
          args.lang === "ko"
            ? "신청서가 하나 이상 필요합니다: 빈 배열을 받았습니다"
            : "Expected at least one application, received an empty array",
          { received: "[]" },
        );
      }
      const asOf = readOn(args, ctx);
      const { results, summary } = checkEligibilityMany(list, { asOf });
      const exitCode = summary.invalid > 0 ? 2 : summary.eligible === summary.total ? 0 : 1;
      if (args.json) {
        const body = many ? { results, summary } : results[0];
        // the results (with every path) on stdout; a refusal also says itself on stderr, as JSON
        const refusal = {
          code: "INVALID_INPUT",
          title: KCN_ERROR_CODES.INVALID_INPUT[args.lang],
          message: invalidMessage(args.lang, summary.invalid),
          details: { invalid: summary.invalid },
        };
        return {
          exitCode,
          stdout: `${JSON.stringify(body, null, 2)}\n`,
          ...(exitCode === 2 ? { stderr: `${JSON.stringify({ error: refusal })}\n` } : {}),
        };
      }
      const lang = args.lang;
      const lines: string[] = [];
      results.forEach((r, i) => {
        const input = list[i] as { title?: unknown; year?: unknown; subProgramId?: unknown } | null;
        const title =
          r.valid && input !== null
            ? lang === "ko"
              ? `${String(input.year)}년 ${subProgramText(input.year, String(input.subProgramId), lang)} "${String(input.title)}"`
              : `${String(input.year)} ${String(input.subProgramId)} "${String(input.title)}"`
            : lang === "ko"
              ? "신청서"
              : "application";
        lines.push(...render(r, many ? `[${i}] ${title}` : title, input?.year, lang));
      });
      if (many) {
        lines.push(
          "",
          lang === "ko"
            ? `합계 ${summary.total}건: 신청 가능 ${summary.eligible}건, 신청 불가 ${summary.ineligible}건, 잘못된 입력 ${summary.invalid}건`
            : `${summary.total} application${summary.total === 1 ? "" : "s"}: ${summary.eligible} eligible, ${summary.ineligible} not eligible, ${summary.invalid} invalid`,
        );
        const codes = Object.entries(summary.byCode).map(([c, n]) => `${c} ${n}${lang === "ko" ? "건" : ""}`);
        if (codes.length)
          lines.push(`${lang === "ko" ? "코드별 신청서 수" : "applications by code"}: ${codes.join(", ")}`);
      }
      return {
        exitCode,
        stdout: `${lines.join("\n")}\n`,
        // the refusal's line, like every other: code, title, message
        ...(exitCode === 2
          ? {
              stderr: `kcity: INVALID_INPUT: ${KCN_ERROR_CODES.INVALID_INPUT[lang]}. ${invalidMessage(lang, summary.invalid)}\n`,
            }
          : {}),
      };
    },
  },
  eligibleCommand,
];
