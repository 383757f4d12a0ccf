import { describe, expect, it } from "vitest";
import { send } from "../../../test/selection.fixtures.js";
import { GUARD_LABELS } from "../../i18n/labels.js";
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
  // the second entry sent by the applicant, which may not begin the screening
  "wrong-role.json": JSON.stringify({
    ...log,
    entries: [log.entries[0], { ...log.entries[1], actor: { id: "ecube-labs", role: "applicant" } }],
  }),
  // the second entry is an event the submitted record does not accept
  "illegal.json": JSON.stringify({
    ...log,
    entries: [log.entries[0], { ...log.entries[1], event: "select" }],
  }),
  // the screening passed without the application the eligible guard reads
  "no-application.json": JSON.stringify({
    ...log,
    entries: [
      ...log.entries,
      {
        from: "screening",
        to: m.transitions.find((t) => t.event === "pass-screening")?.to,
        event: "pass-screening",
        at: "2021-04-21",
        actor: { id: "kaia-1", role: "secretariat" },
      },
    ],
  }),
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
    // the English says as much as the Korean: the tracks the edition had
    expect(r.stderr).toContain(
      'received 2020 and "solution-demonstration". The 2020 tracks: urban-planning, solution-planning\n',
    );
    expect(runCli(["machine", "2020", "solution-demonstration", "--lang", "ko"], ctx).stderr).toContain(
      "2020년 유형: urban-planning, solution-planning",
    );
    expect(runCli(["machine", "2029", "urban-planning"], ctx).stderr).not.toContain("tracks:");
    expect(runCli(["machine", "twenty", "urban-planning"], ctx).exitCode).toBe(2);
    // a year without an edition is UNKNOWN_EDITION naming the known years, as in kcity edition
    // (it was UNKNOWN_MACHINE, which did not list them)
    for (const year of ["2019", "2029", "abc", "twenty", "20210"]) {
      const out = runCli(["machine", year, "urban-planning"], ctx);
      expect(out.exitCode).toBe(2);
      expect(out.stderr).toBe(runCli(["edition", year], ctx).stderr);
      expect(out.stderr).toMatch(
        /^kcity: UNKNOWN_EDITION: No edition for that year\. Expected an edition year \(2020, 2021, 2022, 2023, 2024, 2025, 2026\), received /,
      );
      const json = JSON.parse(runCli(["machine", year, "urban-planning", "--json"], ctx).stderr ?? "");
      expect(json.error).toMatchObject({
        code: "UNKNOWN_EDITION",
        details: { known: [2020, 2021, 2022, 2023, 2024, 2025, 2026] },
      });
    }
    // the same code and details as every other command that takes a year (--year names the option
    // where the others name the argument)
    const consortium: CliContext = {
      readFile: () => '[{"name":"x","type":"korean-sme","country":"KR","role":"lead"}]',
      now: ctx.now,
    };
    for (const year of ["2019", "abc"]) {
      const code = (argv: string[]) => JSON.parse(runCli([...argv, "--json"], consortium).stderr ?? "").error;
      const machine = code(["machine", year, "urban-planning"]);
      for (const argv of [
        ["edition", year],
        ["stats", year],
        ["timeline", year],
        ["status", year],
        ["eligible", "c.json", year],
      ])
        expect(code(argv), argv.join(" ")).toEqual(machine);
      expect(machine.details).toMatchObject({ argument: "<year>", received: year });
      const { argument: _, ...asOption } = machine.details;
      expect(code(["projects", "--year", year])).toEqual({
        ...machine,
        details: { ...asOption, option: "--year" },
      });
    }
    // the year is read before the track: "2019 nope" is the year's mistake
    expect(JSON.parse(runCli(["machine", "2019", "nope", "--json"], ctx).stderr ?? "").error.code).toBe(
      "UNKNOWN_EDITION",
    );
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

describe("kcity machine and replay in Korean", () => {
  it("name events, guards and roles by their Korean labels, with the id after them", () => {
    const r = runCli(["machine", "2024", "urban-planning", "--lang", "ko"], ctx).stdout;
    expect(r).toContain("\n세부 사업: 계획수립형 (planning)\n");
    expect(r).toContain("\n  제안서 제출(submit): draft -> submitted  [신청자(applicant)]\n");
    expect(r).toContain(
      `\n  자격 검토 통과(pass-screening): screening -> pre-consulting  [사무국(secretariat) (KIND, KAIA 또는 국토교통부)]  조건: ${GUARD_LABELS.eligible.ko}(eligible)\n`,
    );
    // a label with an aside in parentheses takes the id before it
    expect(r).toContain(`  취소(cancel) (사유 필수): selected | funded`);
    // the year whose procedure a machine borrows, as a Korean heading
    expect(runCli(["machine", "2021", "urban-planning", "--lang", "ko"], ctx).stdout).toContain(
      "\n2022년 절차 준용: ",
    );
  });
  it("label the Mermaid edges in Korean, the diagram's ids and syntax unchanged", () => {
    const ko = runCli(["machine", "2024", "solution-demonstration", "--mermaid", "--lang", "ko"], ctx).stdout;
    expect(ko).toContain("\n  draft --> submitted: 제안서 제출(submit)\n");
    // ":" and ";" would end an edge label: they are written as Mermaid entities
    expect(ko).toContain(
      "\n  kaia_evaluation --> selection_committee: KAIA 평가 완료(complete-kaia-evaluation)\n",
    );
    expect(ko).toContain('\n  state "작성 중" as draft\n');
    expect(runCli(["machine", "2024", "solution-demonstration", "--mermaid"], ctx).stdout).toContain(
      "\n  draft --> submitted: submit\n",
    );
  });
  it("replay the log with the events' and roles' labels", () => {
    const r = runCli(["replay", "log.json", "--lang", "ko"], ctx).stdout;
    expect(r).toContain(
      "  2021-04-15  제안서 제출(submit)              draft -> submitted  ecube-labs, 신청자(applicant)\n",
    );
    expect(r).toContain(
      "  2021-04-20  자격 검토 시작(begin-screening)  submitted -> screening  kaia-1, 사무국(secretariat) (KIND, KAIA 또는 국토교통부)\n",
    );
  });
  it("say a refusal with the machine's id inside the sentence and the labels of what was refused", () => {
    const head = "거부: 기록이 절차(2021-solution-demonstration)와 맞지 않습니다\n";
    expect(runCli(["replay", "illegal.json", "--lang", "ko"], ctx).stdout).toBe(
      `${head}  ILLEGAL_TRANSITION (entries.1): 접수(submitted) 단계에서는 사업 선정(select) 이벤트를 보낼 수 없습니다. 가능한 이벤트: 자격 검토 시작(begin-screening), 철회(withdraw)\n`,
    );
    expect(runCli(["replay", "wrong-role.json", "--lang", "ko"], ctx).stdout).toBe(
      `${head}  ROLE_NOT_ALLOWED (entries.1): 신청자(applicant) 역할은 자격 검토 시작(begin-screening) 이벤트를 보낼 수 없습니다. 허용 역할: 사무국(secretariat) (KIND, KAIA 또는 국토교통부)\n`,
    );
    const guard = runCli(["replay", "no-application.json", "--lang", "ko"], ctx).stdout;
    expect(guard).toContain(`GUARD_FAILED (entries.2): 조건 ${GUARD_LABELS.eligible.ko}(eligible)`);
    // no function of the library is named to a user of the command line
    expect(guard).toContain(
      "payload.application이 필요합니다: 자격 검토는 이 신청서의 신청 자격을 확인합니다",
    );
    expect(guard).not.toContain("checkEligibility");
    expect(runCli(["replay", "no-application.json"], ctx).stdout).toContain(
      "payload.application is required: screening checks it",
    );
    expect(runCli(["replay", "tampered.json", "--lang", "ko"], ctx).stdout).toBe(
      `${head}  LOG_TAMPERED (entries.0.to): 기록의 to 값 선정(selected)이 절차가 정한 접수(submitted)와 다릅니다\n`,
    );
    expect(runCli(["replay", "lying-snapshot.json", "--lang", "ko"], ctx).stdout).toBe(
      `${head}  LOG_TAMPERED (state): 스냅샷의 state 값 선정(selected)이 기록을 재생한 결과 자격 요건 검토(screening)와 다릅니다\n`,
    );
    // English as it was
    expect(runCli(["replay", "wrong-role.json"], ctx).stdout).toBe(
      'Refused: the log does not follow the machine 2021-solution-demonstration\n  ROLE_NOT_ALLOWED at entries.1: Role "applicant" may not send "begin-screening"; allowed roles: secretariat\n',
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
  it("names the top of the file in Korean in an unknown key's message too (최상위, not (root))", () => {
    files["extra-key.json"] = JSON.stringify({ ...log, year: 2021 });
    const ko = runCli(["replay", "extra-key.json", "--lang", "ko"], ctx);
    expect(ko.exitCode).toBe(2);
    expect(ko.stderr).toContain(
      '\n  UNKNOWN_KEY (year): 최상위에 알 수 없는 키 "year": 문서에 있는 키만 허용됩니다',
    );
    expect(ko.stderr).not.toContain("(root)");
    // deeper, the object is named by its path, as it was
    files["extra-entry-key.json"] = JSON.stringify({
      ...log,
      entries: [{ ...log.entries[0], zzz: 1 }, ...log.entries.slice(1)],
    });
    expect(runCli(["replay", "extra-entry-key.json", "--lang", "ko"], ctx).stderr).toContain(
      '\n  UNKNOWN_KEY (entries.0.zzz): entries.0에 알 수 없는 키 "zzz"',
    );
  });
  it("lists the issues of a malformed log under the refusal, and in details.issues with --json", () => {
    const text = runCli(["replay", "shape.json", "--lang", "ko"], ctx).stderr ?? "";
    expect(text.split("\n")[0]).toBe(
      "kcity: INVALID_LOG: 올바른 감사 기록이 아닙니다. shape.json은 올바른 감사 기록이 아닙니다",
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
    // a file that cannot be read is a file error, as in every command, not a log that is not valid
    expect(JSON.parse(runCli(["replay", "missing.json", "--json"], ctx).stderr ?? "").error).toMatchObject({
      code: "INVALID_INPUT",
      title: "File error",
    });
  });
});

describe("kcity replay - (standard input)", () => {
  it('names standard input, not "-", in a refusal of what it reads, in English and Korean', () => {
    const stdin = (text: string): CliContext => ({
      ...ctx,
      readFile: (p) => (p === "-" ? text : ctx.readFile(p)),
    });
    const shape = stdin(files["shape.json"] as string);
    expect(runCli(["replay", "-"], shape).stderr?.split("\n")[0]).toBe(
      "kcity: INVALID_LOG: Not a valid audit log. Standard input is not a valid audit log",
    );
    expect(runCli(["replay", "-", "--lang", "ko"], shape).stderr?.split("\n")[0]).toBe(
      "kcity: INVALID_LOG: 올바른 감사 기록이 아닙니다. 표준 입력은 올바른 감사 기록이 아닙니다",
    );
    const snapshot = stdin(JSON.stringify({ ...live, entries: "x" }));
    expect(runCli(["replay", "-"], snapshot).stderr).toContain("Standard input is not a valid snapshot");
    // the details keep the argument as typed
    const json = JSON.parse(runCli(["replay", "-", "--json"], shape).stderr ?? "");
    expect(json.error.details.file).toBe("-");
    expect(json.error.message).toBe("Standard input is not a valid audit log");
    // a file keeps its path
    expect(runCli(["replay", "shape.json"], ctx).stderr).toContain("shape.json is not a valid audit log");
  });
});
