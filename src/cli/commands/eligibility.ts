import type { Lang } from "../../core/label.js";
import { checkEligibilityMany } from "../../eligibility/checkEligibilityMany.js";
import type { EligibilityIssue, EligibilityResult } from "../../eligibility/eligibilityIssue.js";
import { SEVERITY_LABELS } from "../../i18n/labels.js";
import { koreanNote } from "../../i18n/notes.js";
import { readJsonArgument } from "../files.js";
import { issueWhere } from "../issueLines.js";
import { onOption, readOn } from "../readOn.js";
import type { CliCommand, CliOutput } from "../types.js";

function render(r: EligibilityResult, label: string, year: unknown, lang: Lang): string[] {
  const verdict = !r.valid
    ? lang === "ko"
      ? "올바른 신청서가 아님"
      : "NOT A VALID APPLICATION"
    : r.eligible
      ? lang === "ko"
        ? "신청 가능"
        : "ELIGIBLE"
      : lang === "ko"
        ? "신청 불가"
        : "NOT ELIGIBLE";
  const lines = [`${label}: ${verdict}`];
  if (r.valid && r.eligible && r.consideredFor !== undefined && r.consideredFor !== year) {
    lines[0] += lang === "ko" ? ` (${r.consideredFor}년 심사)` : ` (considered for ${r.consideredFor})`;
  }
  for (const i of r.issues) {
    const src = i.rule.sources.length ? ` [${i.rule.sources.join(", ")}]` : "";
    // English keeps the severity code ("error"); Korean says it ("오류")
    const severity = lang === "ko" ? SEVERITY_LABELS[i.severity].ko : i.severity;
    lines.push(
      `  ${severity} ${i.code}${issueWhere(i.path, lang) || (lang === "ko" ? " (최상위)" : " at (root)")}: ${i.message[lang]}${unpublished(i, lang)}${src}`,
    );
  }
  return lines;
}

/** In Korean, why a rule is unknown: the English message quotes the rule's note, the Korean one leaves it to the note catalogue. */
function unpublished(i: EligibilityIssue, lang: Lang): string {
  return lang === "ko" && i.code === "RULE_UNKNOWN" && i.rule.note !== undefined
    ? ` (${koreanNote(i.rule.note)})`
    : "";
}

/**
 * `kcity check <file.json>`: checks one application or an array of applications.
 * Exit code 0 when all are eligible, 1 when any is not, 2 when any input is not a valid application.
 */
export const ELIGIBILITY_COMMANDS: readonly CliCommand[] = [
  {
    name: "check",
    usage: "<file.json>",
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
      const { data } = readJsonArgument(args, ctx, "kcity check <file.json>", "INVALID_INPUT");
      const many = Array.isArray(data);
      const list: readonly unknown[] = many ? (data as unknown[]) : [data];
      const asOf = readOn(args, ctx);
      const { results, summary } = checkEligibilityMany(list, { asOf });
      const exitCode = summary.invalid > 0 ? 2 : summary.eligible === summary.total ? 0 : 1;
      if (args.json) {
        const body = many ? { results, summary } : results[0];
        return { exitCode, stdout: `${JSON.stringify(body, null, 2)}\n` };
      }
      const lang = args.lang;
      const lines: string[] = [];
      results.forEach((r, i) => {
        const input = list[i] as { title?: unknown; year?: unknown; subProgramId?: unknown } | null;
        const title =
          r.valid && input !== null
            ? `${String(input.year)} ${String(input.subProgramId)} "${String(input.title)}"`
            : lang === "ko"
              ? "신청서"
              : "application";
        lines.push(...render(r, many ? `[${i}] ${title}` : title, input?.year, lang));
      });
      if (many) {
        lines.push(
          "",
          lang === "ko"
            ? `합계 ${summary.total}건: 신청 가능 ${summary.eligible}, 신청 불가 ${summary.ineligible}, 잘못된 입력 ${summary.invalid}`
            : `${summary.total} applications: ${summary.eligible} eligible, ${summary.ineligible} not eligible, ${summary.invalid} invalid`,
        );
        const codes = Object.entries(summary.byCode).map(([c, n]) => `${c} ${n}`);
        if (codes.length)
          lines.push(`${lang === "ko" ? "코드별 신청서 수" : "applications by code"}: ${codes.join(", ")}`);
      }
      return {
        exitCode,
        stdout: `${lines.join("\n")}\n`,
        ...(exitCode === 2
          ? {
              stderr:
                lang === "ko"
                  ? "kcity: 올바른 신청서가 아닌 입력이 있습니다 (위의 경로 참고)\n"
                  : "kcity: some input is not a valid application (see the paths above)\n",
            }
          : {}),
      };
    },
  },
];
