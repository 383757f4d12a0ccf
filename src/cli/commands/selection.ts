import type { Lang } from "../../core/label.js";
import { need } from "../../core/need.js";
import { isKcnError, KcnError } from "../../errors.js";
import { noteIn } from "../../i18n/notes.js";
import { isTrackId } from "../../programs/tracks.js";
import type { TrackId } from "../../programs/types.js";
import { getMachine, machineFor } from "../../selection/machineFor.js";
import { replay } from "../../selection/replay.js";
import { ROLES } from "../../selection/roles.js";
import { safeParseAuditLog, safeParseSnapshot } from "../../selection/schemas.js";
import { toMermaid } from "../../selection/toMermaid.js";
import type { AuditEntry, AuditLog, LifecycleIssue, Machine } from "../../selection/types.js";
import { cliMessage } from "../cliMessages.js";
import { atSentenceStart, readJsonArgument } from "../files.js";
import { issueLines } from "../issueLines.js";
import { jsonText } from "../json.js";
import { eventText, guardText, roleText, stateText, subProgramText, withId } from "../names.js";
import { readYear } from "../readYear.js";
import { asTyped, say as t } from "../say.js";
import { displayWidth, padEndColumns, withParticle } from "../text.js";
import type { CliCommand } from "../types.js";
import { selectCommand } from "./select.js";

const TRACKS: readonly TrackId[] = ["urban-planning", "solution-planning", "solution-demonstration"];

function machineText(m: Machine, lang: Lang): string {
  const lines = [
    `${m.name[lang]} (${m.id})`,
    `${t(lang, "Sub-program", "세부 사업")}: ${subProgramText(m.year, m.subProgramId, lang)}`,
  ];
  if (m.basedOn)
    lines.push(
      t(
        lang,
        `Based on ${m.basedOn.year}: ${noteIn(m.basedOn.note, lang)}`,
        `${m.basedOn.year}년 절차 준용: ${noteIn(m.basedOn.note, lang)}`,
      ),
    );
  lines.push("", t(lang, "States:", "단계:"));
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
    const guards = tr.guards.length
      ? `  ${t(lang, "guards", "조건")}: ${tr.guards.map((g) => guardText(g, lang)).join(", ")}`
      : "";
    const roles = tr.roles.map((r) => roleText(r, lang)).join(", ");
    // in Korean the event's label, with its id (the id is what a log or an event names)
    const event = lang === "ko" ? withId(tr.label.ko, tr.event) : tr.event;
    lines.push(`  ${event}: ${tr.from.join(" | ")} -> ${tr.to}  [${roles}]${guards}`);
  }
  if (m.notes.length) {
    lines.push("", t(lang, "Notes:", "참고:"));
    for (const n of m.notes) lines.push(`  - ${noteIn(n, lang)}`);
  }
  lines.push("", `${t(lang, "Sources", "출처")}: ${m.sources.join(", ")}`);
  return `${lines.join("\n")}\n`;
}

/** Mermaid text of a transition label: its `:` and `;` end a label, so they are written as entities. */
const mermaidText = (s: string): string =>
  s.replace(/[":;]/g, (c) => (c === '"' ? "#quot;" : c === ":" ? "#58;" : "#59;")).replace(/[\r\n]+/g, " ");

/**
 * The Mermaid diagram of `toMermaid`, with each edge labelled in Korean by its event's label and id
 * (`draft --> submitted: 제안서 제출(submit)`); the state ids, which are the diagram's syntax, stay.
 */
function mermaidKo(m: Machine, text: string): string {
  const nodeId = (id: string): string => id.replace(/[^A-Za-z0-9_]/g, "_");
  const labels = new Map<string, string>();
  for (const tr of m.transitions)
    for (const from of tr.from)
      labels.set(
        `  ${nodeId(from)} --> ${nodeId(tr.to)}: ${tr.event}`,
        `  ${nodeId(from)} --> ${nodeId(tr.to)}: ${mermaidText(withId(tr.label.ko, tr.event))}`,
      );
  return text
    .split("\n")
    .map((line) => labels.get(line) ?? line)
    .join("\n");
}

/**
 * A refused step of a log as the CLI says it: in Korean with the labels of its states, events, roles
 * and guards (`"screening" 단계에서는 …` becomes `자격 요건 검토(screening) 단계에서는 …`), and in both
 * languages without the library's function names (see {@link cliMessage}).
 */
function lifecycleIssueText(issue: LifecycleIssue, m: Machine, log: AuditLog): LifecycleIssue {
  const index = issue.path[0] === "entries" ? issue.path[1] : undefined;
  const entry = typeof index === "number" ? log.entries[index] : undefined;
  const ko = koMessage(issue, m, entry) ?? cliMessage(issue.message.ko);
  return { ...issue, message: { en: cliMessage(issue.message.en), ko } };
}

function koMessage(issue: LifecycleIssue, m: Machine, entry: AuditEntry | undefined): string | undefined {
  // a recorded from or to that is not the state the machine gives, or a snapshot's state or time
  // that its entries do not reach
  const what = issue.path[issue.path.length - 1];
  if (
    issue.code === "LOG_TAMPERED" &&
    (what === "from" || what === "to" || what === "state" || what === "updatedAt")
  ) {
    // the states as the issue quotes them ("screening"), with their labels when the machine has them
    const state = (v: unknown): string => {
      const id = typeof v === "string" ? /^"([a-z0-9-]+)"$/.exec(v)?.[1] : undefined;
      return id !== undefined && m.states.some((x) => x.id === id) ? stateText(m, id, "ko") : String(v);
    };
    const said = withParticle(state(issue.received), "이(가)");
    const found = withParticle(state(issue.expected), "와(과)");
    return issue.path.length === 1
      ? `스냅샷의 ${what} 값 ${said} 기록을 재생한 결과 ${found} 다릅니다`
      : `기록의 ${what} 값 ${said} 절차가 정한 ${found} 다릅니다`;
  }
  if (entry === undefined) return undefined;
  const from = entry.from;
  if (issue.code === "ILLEGAL_TRANSITION" && issue.allowed !== undefined) {
    const allowed = issue.allowed.map((e) => eventText(m, e, "ko", from));
    return `${stateText(m, from, "ko")} 단계에서는 ${eventText(m, entry.event, "ko", from)} 이벤트를 보낼 수 없습니다. 가능한 이벤트: ${allowed.length ? allowed.join(", ") : "없음"}`;
  }
  if (issue.code === "ROLE_NOT_ALLOWED") {
    const tr = m.transitions.find((x) => x.event === entry.event && x.from.includes(from));
    if (tr === undefined) return undefined;
    return `${roleText(entry.actor.role, "ko")} 역할은 ${eventText(m, entry.event, "ko", from)} 이벤트를 보낼 수 없습니다. 허용 역할: ${tr.roles.map((r) => roleText(r, "ko")).join(", ")}`;
  }
  if (issue.code === "GUARD_FAILED" && issue.guard !== undefined) {
    const prefix = `조건 "${issue.guard}" 불충족: `;
    if (!issue.message.ko.startsWith(prefix)) return undefined;
    const why = cliMessage(issue.message.ko.slice(prefix.length));
    return `조건 ${withParticle(guardText(issue.guard, "ko"), "을(를)")} 충족하지 못했습니다: ${why}`;
  }
  return undefined;
}

const machineCommand: CliCommand = {
  name: "machine",
  usage: "<year> <track> [--mermaid]",
  usageKo: "<연도> <유형> [--mermaid]",
  summary: {
    en: "Show the lifecycle machine of an edition and track (states, events, roles, guards)",
    ko: "연도·유형별 절차(단계, 이벤트, 역할, 조건) 보기",
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
          `Expected <year> <track> (track: ${TRACKS.join(", ")}), received ${args.positionals.length === 1 ? "1 argument" : `${args.positionals.length} arguments`}`,
          `<연도> <유형>이 필요합니다 (유형: ${TRACKS.join(", ")}). 받은 인자 ${args.positionals.length}개`,
        ),
        {
          missing: yearText === undefined ? "<year>" : "<track>",
          tracks: [...TRACKS],
        },
      );
    }
    // a year without an edition ("2019", "abc") is UNKNOWN_EDITION naming the known years, as in
    // kcity edition, stats, timeline, status, eligible and projects --year
    const year = readYear(yearText);
    // a word that is no track at all is UNKNOWN_TRACK, as in kcity projects; a track the edition
    // did not have is UNKNOWN_MACHINE
    need(isTrackId(track), "UNKNOWN_TRACK", `one of ${TRACKS.join(", ")}`, track, {
      argument: "<track>",
      received: track,
    });
    const m = asTyped(track, { argument: "<track>" }, () => machineFor(year, track as TrackId));
    if (args.options["mermaid"]) {
      const diagram = toMermaid(m, { lang: args.lang });
      const text = args.lang === "ko" ? mermaidKo(m, diagram) : diagram;
      return { exitCode: 0, stdout: args.json ? jsonText({ id: m.id, mermaid: text }, 2) : text };
    }
    return { exitCode: 0, stdout: args.json ? jsonText(m, 2) : machineText(m, args.lang) };
  },
};

const replayCommand: CliCommand = {
  name: "replay",
  usage: "<log.json>",
  usageKo: "<기록.json>",
  summary: {
    en: "Replay an audit log (or snapshot) against its machine and show where the record stands",
    ko: "감사 기록(또는 스냅샷)을 절차에 따라 재생해 현재 단계 확인",
  },
  run: (args, ctx) => {
    const { lang, json } = args;
    const { path, name, data } = readJsonArgument(
      args,
      ctx,
      { en: "kcity replay <log.json>", ko: "kcity replay <기록.json>" },
      "INVALID_LOG",
    );
    const isSnapshot = typeof data === "object" && data !== null && "state" in data;
    const parsed = isSnapshot ? safeParseSnapshot(data) : safeParseAuditLog(data);
    if (!parsed.ok) {
      // the issues are listed under the message (and in details.issues with --json)
      throw new KcnError(
        "INVALID_LOG",
        t(
          lang,
          `${atSentenceStart(name)} is not a valid ${isSnapshot ? "snapshot" : "audit log"}`,
          `${withParticle(name, "은(는)")} 올바른 ${isSnapshot ? "스냅샷" : "감사 기록"}이 아닙니다`,
        ),
        { file: path, issues: parsed.issues },
      );
    }
    const log = parsed.value as AuditLog & { state?: string; updatedAt?: string };
    let machine: Machine;
    try {
      machine = getMachine(log.machine);
    } catch (e) {
      // a machine id no machine has, read from the file: its field and the file, as every value
      // read from a file is named
      throw isKcnError(e)
        ? new KcnError(e.code, e.message, { ...e.details, path: ["machine"], file: path })
        : e;
    }
    const r = replay(machine, log);
    if (!r.ok) {
      const issues = r.issues.map((i) => lifecycleIssueText(i, machine, log));
      return json
        ? { exitCode: 1, stdout: jsonText({ ok: false, issues: r.issues }, 2) }
        : {
            exitCode: 1,
            stdout: `${t(
              lang,
              `Refused: the log does not follow the machine ${machine.id}`,
              `거부: 기록이 ${withParticle(`절차(${machine.id})`, "와(과)")} 맞지 않습니다`,
            )}\n${issueLines(issues, lang)}\n`,
          };
    }
    const s = r.snapshot;
    if (json) return { exitCode: 0, stdout: jsonText({ ok: true, snapshot: s }, 2) };
    const state = machine.states.find((x) => x.id === s.state);
    const n = s.entries.length;
    const events = s.entries.map((e) => eventText(machine, e.event, lang, e.from));
    const atWidth = Math.max(0, ...s.entries.map((e) => e.at.length));
    const eventWidth = Math.max(0, ...events.map(displayWidth));
    // in Korean the actor's role with its id, as the log writes it: applicant-1, 신청자(applicant)
    const actor = (e: AuditEntry): string =>
      lang === "ko"
        ? `${e.actor.id}, ${roleText(e.actor.role, lang)}`
        : `${e.actor.id} (${ROLES[e.actor.role].en})`;
    const lines = [
      `${s.applicationId}: ${state ? state.staff[lang] : s.state} (${s.state}), ${s.updatedAt}`,
      `${machine.name[lang]} (${machine.id}), ${t(lang, `${n} ${n === 1 ? "entry" : "entries"}`, `기록 ${n}건`)}`,
      "",
      ...s.entries.map(
        (e, i) =>
          `  ${e.at.padEnd(atWidth)}  ${padEndColumns(events[i] as string, eventWidth)}  ${e.from} -> ${e.to}  ${actor(e)}${e.note ? `  "${e.note}"` : ""}`,
      ),
    ];
    return { exitCode: 0, stdout: `${lines.join("\n")}\n` };
  },
};

/** The selection feature's commands: `kcity machine`, `kcity replay` and `kcity select`. */
export const SELECTION_COMMANDS: readonly CliCommand[] = [machineCommand, replayCommand, selectCommand];
