import type { Lang } from "../../core/label.js";
import { need } from "../../core/need.js";
import type { Issue } from "../../core/result.js";
import { KcnError } from "../../errors.js";
import { noteIn } from "../../i18n/notes.js";
import { isTrackId } from "../../programs/tracks.js";
import type { TrackId } from "../../programs/types.js";
import { getMachine, machineFor } from "../../selection/machineFor.js";
import { replay } from "../../selection/replay.js";
import { ROLES } from "../../selection/roles.js";
import { safeParseAuditLog, safeParseSnapshot } from "../../selection/schemas.js";
import { toMermaid } from "../../selection/toMermaid.js";
import type { AuditLog, Machine } from "../../selection/types.js";
import { readJsonArgument } from "../files.js";
import { issueLines } from "../issueLines.js";
import { jsonText } from "../json.js";
import { say as t } from "../say.js";
import type { CliCommand } from "../types.js";
import { selectCommand } from "./select.js";

const TRACKS: readonly TrackId[] = ["urban-planning", "solution-planning", "solution-demonstration"];

function machineText(m: Machine, lang: Lang): string {
  const lines = [`${m.name[lang]} (${m.id})`, `${t(lang, "Sub-program", "세부 사업")}: ${m.subProgramId}`];
  if (m.basedOn)
    lines.push(`${t(lang, "Based on", "준용 연도")} ${m.basedOn.year}: ${noteIn(m.basedOn.note, lang)}`);
  lines.push("", t(lang, "States:", "상태:"));
  const w = Math.max(...m.states.map((s) => s.id.length));
  for (const s of m.states) {
    const kind =
      s.kind === "initial"
        ? t(lang, " (start)", " (시작)")
        : s.kind === "final"
          ? t(lang, " (end)", " (종료)")
          : "";
    lines.push(
      `  ${s.id.padEnd(w)}  ${s.staff[lang]}${kind}  | ${t(lang, "applicant sees", "신청자 화면")}: ${s.applicant[lang]}`,
    );
  }
  lines.push("", t(lang, "Transitions:", "전이:"));
  for (const tr of m.transitions) {
    const guards = tr.guards.length ? `  ${t(lang, "guards", "조건")}: ${tr.guards.join(", ")}` : "";
    const roles = tr.roles.map((r) => ROLES[r][lang]).join(", ");
    lines.push(`  ${tr.event}: ${tr.from.join(" | ")} -> ${tr.to}  [${roles}]${guards}`);
  }
  if (m.notes.length) {
    lines.push("", t(lang, "Notes:", "참고:"));
    for (const n of m.notes) lines.push(`  - ${noteIn(n, lang)}`);
  }
  lines.push("", `${t(lang, "Sources", "출처")}: ${m.sources.join(", ")}`);
  return `${lines.join("\n")}\n`;
}

const machineCommand: CliCommand = {
  name: "machine",
  usage: "<year> <track> [--mermaid]",
  summary: {
    en: "Show the lifecycle machine of an edition and track (states, events, roles, guards)",
    ko: "연도·유형별 절차(상태, 이벤트, 역할, 조건) 보기",
  },
  options: {
    mermaid: {
      type: "boolean",
      description: { en: "print the Mermaid state diagram", ko: "Mermaid 상태 다이어그램 출력" },
    },
  },
  run: (args) => {
    const [yearText, track] = args.positionals;
    if (yearText === undefined || track === undefined) {
      throw new KcnError(
        "INVALID_OPTIONS",
        t(
          args.lang,
          `Expected <year> <track> (track: ${TRACKS.join(", ")}), received ${args.positionals.length} argument(s)`,
          `<연도> <유형>이 필요합니다 (유형: ${TRACKS.join(", ")}). 받은 인자 ${args.positionals.length}개`,
        ),
      );
    }
    // a year that is not four digits goes to machineFor as typed, so its refusal quotes it ("abc", not NaN)
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : (yearText as unknown as number);
    // a word that is no track at all is UNKNOWN_TRACK, as in kcity projects; a track the edition
    // did not have is UNKNOWN_MACHINE
    need(isTrackId(track), "UNKNOWN_TRACK", `one of ${TRACKS.join(", ")}`, track);
    const m = machineFor(year, track as TrackId);
    if (args.options["mermaid"]) {
      const text = toMermaid(m, { lang: args.lang });
      return { exitCode: 0, stdout: args.json ? jsonText({ id: m.id, mermaid: text }, 2) : text };
    }
    return { exitCode: 0, stdout: args.json ? jsonText(m, 2) : machineText(m, args.lang) };
  },
};

const replayCommand: CliCommand = {
  name: "replay",
  usage: "<log.json>",
  summary: {
    en: "Replay an audit log (or snapshot) against its machine and show where the record stands",
    ko: "감사 기록(또는 스냅샷)을 절차에 따라 재생해 현재 단계 확인",
  },
  run: (args, ctx) => {
    const { lang, json } = args;
    const { path, data } = readJsonArgument(args, ctx, "kcity replay <log.json>", "INVALID_LOG");
    const isSnapshot = typeof data === "object" && data !== null && "state" in data;
    const parsed = isSnapshot ? safeParseSnapshot(data) : safeParseAuditLog(data);
    if (!parsed.ok) {
      // the issues are listed under the message (and in details.issues with --json)
      throw new KcnError(
        "INVALID_LOG",
        t(
          lang,
          `${path} is not a valid ${isSnapshot ? "snapshot" : "audit log"}`,
          `${path}은(는) 올바른 ${isSnapshot ? "스냅샷" : "감사 기록"}이 아닙니다`,
        ),
        { path, issues: parsed.issues },
      );
    }
    const log = parsed.value as AuditLog & { state?: string; updatedAt?: string };
    const machine = getMachine(log.machine);
    const r = replay(machine, log);
    if (r.ok && isSnapshot && (r.snapshot.state !== log.state || r.snapshot.updatedAt !== log.updatedAt)) {
      const issue: Issue = {
        code: "LOG_TAMPERED",
        path: ["state"],
        message: {
          en: `The snapshot says "${log.state}" at ${log.updatedAt}, but its entries lead to "${r.snapshot.state}" at ${r.snapshot.updatedAt}`,
          ko: `스냅샷은 ${log.updatedAt} "${log.state}" 단계라고 하지만 기록을 재생하면 ${r.snapshot.updatedAt} "${r.snapshot.state}" 단계입니다`,
        },
      };
      return json
        ? { exitCode: 1, stdout: jsonText({ ok: false, issues: [issue] }, 2) }
        : { exitCode: 1, stdout: `${t(lang, "Refused:", "거부:")}\n${issueLines([issue], lang)}\n` };
    }
    if (!r.ok) {
      return json
        ? { exitCode: 1, stdout: jsonText({ ok: false, issues: r.issues }, 2) }
        : {
            exitCode: 1,
            stdout: `${t(lang, "Refused: the log does not follow the machine", "거부: 기록이 절차와 맞지 않습니다")} ${machine.id}\n${issueLines(r.issues, lang)}\n`,
          };
    }
    const s = r.snapshot;
    if (json) return { exitCode: 0, stdout: jsonText({ ok: true, snapshot: s }, 2) };
    const state = machine.states.find((x) => x.id === s.state);
    const n = s.entries.length;
    const atWidth = Math.max(0, ...s.entries.map((e) => e.at.length));
    const eventWidth = Math.max(0, ...s.entries.map((e) => e.event.length));
    const lines = [
      `${s.applicationId}: ${state ? state.staff[lang] : s.state} (${s.state}), ${s.updatedAt}`,
      `${machine.name[lang]} (${machine.id}), ${t(lang, `${n} ${n === 1 ? "entry" : "entries"}`, `${n}건`)}`,
      "",
      ...s.entries.map(
        (e) =>
          `  ${e.at.padEnd(atWidth)}  ${e.event.padEnd(eventWidth)}  ${e.from} -> ${e.to}  ${e.actor.id} (${ROLES[e.actor.role][lang]})${e.note ? `  "${e.note}"` : ""}`,
      ),
    ];
    return { exitCode: 0, stdout: `${lines.join("\n")}\n` };
  },
};

/** The selection feature's commands: `kcity machine`, `kcity replay` and `kcity select`. */
export const SELECTION_COMMANDS: readonly CliCommand[] = [machineCommand, replayCommand, selectCommand];
