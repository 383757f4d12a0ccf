import { isObject } from "../core/isObject.js";
import { issueOf } from "../core/issue.js";
import type { Label } from "../core/label.js";
import { memo } from "../core/memo.js";
import { failed, type Issue, ok, type Result } from "../core/result.js";
import { assertMachine } from "./assertMachine.js";
import { isGuardName } from "./guards.js";
import { ROLES } from "./roles.js";
import type { Machine } from "./types.js";

/**
 * Codes of the defects {@link checkMachine} finds.
 *
 * @category Selection
 */
export type MachineIssueCode =
  | "DUPLICATE_STATE"
  | "BAD_INITIAL"
  | "UNKNOWN_STATE"
  | "DUPLICATE_EVENT"
  | "UNREACHABLE_STATE"
  | "DEAD_END"
  | "FINAL_HAS_EXIT"
  | "MISSING_LABEL"
  | "UNKNOWN_ROLE"
  | "UNKNOWN_GUARD"
  | "NO_ROLES";

/** The two labels of a state: its key, and who reads it in English and Korean. */
const AUDIENCES = [
  ["staff", "a staff", "직원용"],
  ["applicant", "an applicant", "신청자용"],
] as const;

function has(label: Label | undefined): boolean {
  return (
    isObject(label) &&
    typeof label.en === "string" &&
    label.en.trim() !== "" &&
    typeof label.ko === "string" &&
    label.ko.trim() !== ""
  );
}

/**
 * Proves a machine well formed: state ids unique and one initial state; every transition between
 * known states, sent by known roles, with known guards, and no event twice from one state; every
 * state reachable from the start; every non-final state with a way out; final states with none;
 * every state and transition labelled in English and Korean.
 *
 * @param machine - the machine (shipped or your own)
 * @returns `{ ok: true, value: machine }`, or `{ ok: false, issues }` naming each defect with its path
 * @throws {@link KcnError} `INVALID_MACHINE` when `machine` is not even shaped like a {@link Machine}
 *   (ids not strings, states or transitions not arrays); missing labels are reported as issues
 * @example
 * ```ts
 * checkMachine(machineFor(2024, "urban-planning")).ok; //=> true
 * ```
 * @category Selection
 */
export function checkMachine(machine: Machine): Result<Machine, Issue<MachineIssueCode>> {
  assertMachine(machine, false);
  const issues: Issue<MachineIssueCode>[] = [];
  const add = (code: MachineIssueCode, path: Issue["path"], en: string, ko: string): void => {
    issues.push(issueOf(code, path, en, ko));
  };
  const kinds = new Map<string, string>();
  machine.states.forEach((s, i) => {
    if (kinds.has(s.id))
      add(
        "DUPLICATE_STATE",
        ["states", i, "id"],
        `State "${s.id}" is defined twice`,
        `"${s.id}" 단계가 두 번 정의되었습니다`,
      );
    kinds.set(s.id, s.kind);
    for (const [key, en, ko] of AUDIENCES)
      if (!has(s[key]))
        add(
          "MISSING_LABEL",
          ["states", i, key],
          `State "${s.id}" lacks ${en} label in en and ko`,
          `"${s.id}" 단계에 ${ko} 영어·한국어 이름이 없습니다`,
        );
  });
  const initials = machine.states.filter((s) => s.kind === "initial");
  if (initials.length !== 1 || initials[0]?.id !== machine.initial) {
    add(
      "BAD_INITIAL",
      ["initial"],
      `Expected exactly one initial state, "${machine.initial}"`,
      `시작 단계는 "${machine.initial}" 하나여야 합니다`,
    );
  }
  if (!has(machine.name))
    add(
      "MISSING_LABEL",
      ["name"],
      "The machine lacks a name in en and ko",
      "절차 이름(영어·한국어)이 없습니다",
    );
  const out = new Map<string, Set<string>>();
  const seen = new Set<string>();
  machine.transitions.forEach((t, i) => {
    if (!has(t.label))
      add(
        "MISSING_LABEL",
        ["transitions", i, "label"],
        `Event "${t.event}" lacks a label in en and ko`,
        `이벤트 "${t.event}"에 영어·한국어 이름이 없습니다`,
      );
    if (!kinds.has(t.to))
      add(
        "UNKNOWN_STATE",
        ["transitions", i, "to"],
        `Event "${t.event}" goes to unknown state "${t.to}"`,
        `"${t.event}" 이벤트의 도착 단계("${t.to}")가 없습니다`,
      );
    if (t.roles.length === 0)
      add(
        "NO_ROLES",
        ["transitions", i, "roles"],
        `Nobody may send "${t.event}"`,
        `"${t.event}"을(를) 보낼 수 있는 역할이 없습니다`,
      );
    t.roles.forEach((r, j) => {
      if (!Object.hasOwn(ROLES, r))
        add("UNKNOWN_ROLE", ["transitions", i, "roles", j], `Unknown role "${r}"`, `알 수 없는 역할 "${r}"`);
    });
    t.guards.forEach((g, j) => {
      if (!isGuardName(g))
        add(
          "UNKNOWN_GUARD",
          ["transitions", i, "guards", j],
          `Unknown guard "${g}"`,
          `알 수 없는 조건 "${g}"`,
        );
    });
    t.from.forEach((f, j) => {
      if (!kinds.has(f))
        add(
          "UNKNOWN_STATE",
          ["transitions", i, "from", j],
          `Event "${t.event}" leaves unknown state "${f}"`,
          `"${t.event}" 이벤트의 출발 단계("${f}")가 없습니다`,
        );
      const key = `${f}\u0000${t.event}`;
      if (seen.has(key))
        add(
          "DUPLICATE_EVENT",
          ["transitions", i, "from", j],
          `Event "${t.event}" leaves "${f}" twice`,
          `이벤트 "${t.event}"가 "${f}"에서 두 번 정의되었습니다`,
        );
      seen.add(key);
      memo(out, f, () => new Set<string>()).add(t.to);
    });
  });
  const reached = new Set<string>([machine.initial]);
  const queue = [machine.initial];
  while (queue.length > 0) {
    const s = queue.pop() as string;
    for (const n of out.get(s) ?? [])
      if (!reached.has(n)) {
        reached.add(n);
        queue.push(n);
      }
  }
  machine.states.forEach((s, i) => {
    if (!reached.has(s.id))
      add(
        "UNREACHABLE_STATE",
        ["states", i],
        `State "${s.id}" cannot be reached from "${machine.initial}"`,
        `시작 단계에서 "${s.id}" 단계에 도달할 수 없습니다`,
      );
    const exits = out.get(s.id)?.size ?? 0;
    if (s.kind === "final" && exits > 0)
      add(
        "FINAL_HAS_EXIT",
        ["states", i],
        `Final state "${s.id}" has a way out`,
        `"${s.id}" 종료 단계에서 나가는 이벤트가 있습니다`,
      );
    if (s.kind !== "final" && exits === 0)
      add(
        "DEAD_END",
        ["states", i],
        `State "${s.id}" is not final but has no way out`,
        `"${s.id}" 단계는 종료 단계가 아닌데 나갈 길이 없습니다`,
      );
  });
  return issues.length > 0 ? failed(issues) : ok(machine);
}
