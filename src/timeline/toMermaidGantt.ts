import { type Lang, langOf } from "../core/label.js";
import { INVALID_OPTIONS, need, optionsOf } from "../core/need.js";
import { groupDigits } from "../money/formatKrw.js";
import { assertSchedule } from "./guards.js";
import type { ProjectSchedule } from "./planSchedule.js";

/**
 * Options of {@link toMermaidGantt}.
 *
 * @category Timeline
 */
export interface MermaidGanttOptions {
  /** Language of the labels (default `"en"`). */
  readonly lang?: Lang | undefined;
  /** The chart title (default: the project id). */
  readonly title?: string | undefined;
}

/** Mermaid task names may not contain `:`, `;` or `#`: replace them with look-alikes. */
function clean(text: string): string {
  return text
    .replace(/[:;#]/g, (c) => (c === ":" ? "∶" : c === ";" ? "；" : "＃"))
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Draws a project schedule as a Mermaid Gantt chart: the project as one bar from start to end, and
 * each milestone (with its payment, if any) as a Mermaid milestone on its due day.
 *
 * @param schedule - a schedule from {@link planSchedule}
 * @param options - language and title
 * @returns the Mermaid source (`gantt` ...)
 * @throws {@link KcnError} `INVALID_INPUT` when `schedule` is not one `planSchedule` made (a copy
 *   read back from JSON, a spread or a clone, whose dates would be written into the chart unchecked:
 *   plan it again); `INVALID_OPTIONS`
 *   when `options` is not an object, has a key the function does not read, or one of its values
 *   has the wrong type or is not an allowed value (a `lang` other than `"en"` or `"ko"`)
 * @example
 * ```ts
 * const s = planSchedule({ id: "p", track: "urban-planning" }, { start: "2021-08-02" });
 * toMermaidGantt(s).split("\n")[0];
 * //=> "gantt"
 * ```
 * @category Timeline
 */
export function toMermaidGantt(schedule: ProjectSchedule, options: MermaidGanttOptions = {}): string {
  assertSchedule(schedule);
  optionsOf(options, "lang title");
  const lang = langOf(options.lang);
  need(
    options.title === undefined || typeof options.title === "string",
    INVALID_OPTIONS,
    "title as a string",
    options.title,
  );
  const lines = [
    "gantt",
    `  title ${clean(options.title ?? schedule.projectId)}`,
    "  dateFormat YYYY-MM-DD",
    "  axisFormat %Y-%m",
    `  section ${lang === "ko" ? "사업" : "Project"}`,
    `  ${clean(lang === "ko" ? "사업 기간" : "Project period")} :active, project, ${schedule.start}, ${schedule.end}`,
    `  section ${lang === "ko" ? "마일스톤" : "Milestones"}`,
  ];
  schedule.milestones.forEach((m, i) => {
    const pay =
      m.payment !== undefined ? ` (${groupDigits(m.payment.amount)}${lang === "ko" ? "원" : " KRW"})` : "";
    lines.push(`  ${clean(m.label[lang] + pay)} :milestone, m${i + 1}, ${m.due}, 0d`);
  });
  return lines.join("\n");
}
