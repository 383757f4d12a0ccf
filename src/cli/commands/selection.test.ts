import { describe, expect, it } from "vitest";
import { send } from "../../../test/selection.fixtures.js";
import { machineFor } from "../../selection/machineFor.js";
import { start } from "../../selection/start.js";
import { runCli } from "../run.js";
import type { CliContext } from "../types.js";

const m = machineFor(2021, "solution-demonstration");
const live = send(start(m, { applicationId: "2021-us-baltimore", at: "2021-02" }), [
  { type: "submit", at: "2021-04-15", actor: { id: "ecube-labs", role: "applicant" } },
  { type: "begin-screening", at: "2021-04-20", actor: { id: "kaia-1", role: "secretariat" } },
]);
const { state: _s, updatedAt: _u, ...log } = live;
const files: Record<string, string> = {
  "log.json": JSON.stringify(log),
  "snapshot.json": JSON.stringify(live),
  "lying-snapshot.json": JSON.stringify({ ...live, state: "selected" }),
  "tampered.json": JSON.stringify({
    ...log,
    entries: [{ ...log.entries[0], to: "selected" }, log.entries[1]],
  }),
  "broken.json": "{ not json",
  "shape.json": JSON.stringify({
    ...log,
    entries: [{ ...log.entries[0], actor: { id: "x", role: "king" } }],
  }),
  "other.json": JSON.stringify({ ...log, machine: "2031-urban-planning" }),
};
const ctx: CliContext = {
  readFile: (p) => {
    const f = files[p];
    if (f === undefined) throw new Error(`ENOENT: no such file ${p}`);
    return f;
  },
  now: () => new Date("2026-01-01T00:00:00Z"),
};

describe("kcity machine and replay --json", () => {
  it("print JSON indented like every other command", () => {
    for (const argv of [
      ["machine", "2021", "urban-planning", "--json"],
      ["machine", "2021", "urban-planning", "--mermaid", "--json"],
      ["replay", "log.json", "--json"],
      ["replay", "tampered.json", "--json"],
    ]) {
      const out = runCli(argv, ctx).stdout;
      expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
    }
  });
});

describe("kcity machine", () => {
  it("lists states, transitions, roles and guards", () => {
    const r = runCli(["machine", "2021", "urban-planning"], ctx);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("2021 Smart city planning lifecycle (2021-urban-planning)");
    expect(r.stdout).toContain("Based on 2022");
    expect(r.stdout).toContain(
      "pass-screening: screening -> document-review  [Secretariat (KIND, KAIA or MOLIT)]  guards: eligible",
    );
  });
  it("speaks Korean", () => {
    const r = runCli(["machine", "2024", "urban-planning", "--lang", "ko"], ctx);
    expect(r.stdout).toContain("2024년 스마트도시 계획수립 절차");
    expect(r.stdout).toContain("KIND 사전 컨설팅");
  });
  it("draws the Mermaid diagram, and prints JSON", () => {
    expect(
      runCli(["machine", "2022", "solution-demonstration", "--mermaid"], ctx).stdout.startsWith(
        "stateDiagram-v2\n",
      ),
    ).toBe(true);
    const j = JSON.parse(runCli(["machine", "2022", "solution-demonstration", "--json"], ctx).stdout);
    expect(j.id).toBe("2022-solution-demonstration");
    expect(
      JSON.parse(runCli(["machine", "2022", "urban-planning", "--mermaid", "--json"], ctx).stdout).mermaid,
    ).toContain("tender_notice");
  });
  it("exits 2 for an unknown machine or missing arguments", () => {
    const r = runCli(["machine", "2020", "solution-demonstration"], ctx);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("UNKNOWN_MACHINE");
    expect(runCli(["machine", "twenty", "urban-planning"], ctx).exitCode).toBe(2);
    expect(runCli(["machine", "2021"], ctx).exitCode).toBe(2);
    // a word that is no track is UNKNOWN_TRACK, as in kcity projects; a track the year lacked UNKNOWN_MACHINE
    expect(JSON.parse(runCli(["machine", "2020", "x", "--json"], ctx).stderr ?? "").error.code).toBe(
      "UNKNOWN_TRACK",
    );
    expect(runCli(["machine", "2021", "roads", "--lang", "ko"], ctx).stderr).toContain(
      '유형은 urban-planning, solution-planning, solution-demonstration 중 하나여야 합니다. 받은 값 "roads"',
    );
  });
});

describe("kcity replay", () => {
  it("replays a log or a snapshot and shows where the record stands", () => {
    const r = runCli(["replay", "log.json"], ctx);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("2021-us-baltimore: Eligibility screening (screening), 2021-04-20");
    expect(r.stdout).toContain("ecube-labs (Applicant)");
    expect(runCli(["replay", "snapshot.json"], ctx).exitCode).toBe(0);
    expect(runCli(["replay", "log.json", "--lang", "ko"], ctx).stdout).toContain("자격 요건 검토");
    expect(JSON.parse(runCli(["replay", "log.json", "--json"], ctx).stdout)).toEqual({
      ok: true,
      snapshot: live,
    });
  });
  it("exits 1 for a tampered log or a snapshot whose state lies", () => {
    const r = runCli(["replay", "tampered.json"], ctx);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain("LOG_TAMPERED at entries.0.to");
    expect(JSON.parse(runCli(["replay", "tampered.json", "--json"], ctx).stdout).issues[0].code).toBe(
      "LOG_TAMPERED",
    );
    expect(runCli(["replay", "lying-snapshot.json"], ctx).exitCode).toBe(1);
    expect(runCli(["replay", "tampered.json", "--lang", "ko"], ctx).stdout).toContain("거부");
  });
  it("exits 2 for a missing, unreadable, malformed or unknown-machine file", () => {
    for (const f of ["missing.json", "broken.json", "shape.json", "other.json"]) {
      const r = runCli(["replay", f], ctx);
      expect(r.exitCode, f).toBe(2);
      expect(r.stderr, f).toBeTruthy();
    }
    expect(runCli(["replay", "shape.json"], ctx).stderr).toContain("entries.0.actor.role");
    expect(JSON.parse(runCli(["replay", "broken.json", "--json"], ctx).stderr ?? "").error.code).toBe(
      "INVALID_LOG",
    );
    expect(runCli(["replay"], ctx).exitCode).toBe(2);
  });
  it("names the top of the file as the place of an issue there", () => {
    files["null.json"] = "null";
    expect(runCli(["replay", "null.json"], ctx).stderr).toBe(
      "kcity: INVALID_LOG: Not a valid audit log. null.json is not a valid audit log\n  INVALID_TYPE at (root): Invalid input: expected object, received null\n",
    );
    expect(runCli(["replay", "null.json", "--lang", "ko"], ctx).stderr).toContain(
      "\n  INVALID_TYPE (최상위): ",
    );
  });
  it("lists the issues of a malformed log under the refusal, and in details.issues with --json", () => {
    const text = runCli(["replay", "shape.json", "--lang", "ko"], ctx).stderr ?? "";
    expect(text.split("\n")[0]).toBe(
      "kcity: INVALID_LOG: 올바른 감사 기록이 아닙니다. shape.json은(는) 올바른 감사 기록이 아닙니다",
    );
    expect(text).toContain(
      // the path once, before the message (the schema's message also names it)
      '\n  INVALID_VALUE (entries.0.actor.role): "applicant", "secretariat", "review-committee", "ministry", "executor", "host-government" 중 하나 필요, 받은 값 "king"',
    );
    const json = JSON.parse(runCli(["replay", "shape.json", "--json"], ctx).stderr ?? "");
    expect(json.error).toMatchObject({ code: "INVALID_LOG", title: "Not a valid audit log" });
    expect(json.error.details.issues.map((i: { path: unknown[] }) => i.path.join("."))).toContain(
      "entries.0.actor.role",
    );
    expect(runCli(["replay", "missing.json", "--lang", "ko"], ctx).stderr).toContain(
      "missing.json 파일을 읽을 수 없습니다",
    );
  });
});
