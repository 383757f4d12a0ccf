import { describe, expect, it } from "vitest";
import { emit, internalFailure, isClosedPipe, langOfArgv, writeFailure } from "./output.js";
import { runCli } from "./run.js";

const errno = (code: string, message: string) => Object.assign(new Error(message), { code });

/** Writers that keep what they are given, or throw `fail` from stdout (and stderr, if `both`). */
function writers(fail?: Error, both = false) {
  const seen = { stdout: "", stderr: "" };
  return {
    seen,
    writers: {
      stdout: (t: string) => {
        if (fail) throw fail;
        seen.stdout += t;
      },
      stderr: (t: string) => {
        if (fail && both) throw fail;
        seen.stderr += t;
      },
    },
  };
}

describe("printing the output of kcity (src/cli/main.ts)", () => {
  it("writes stdout and stderr and answers the command's exit code", () => {
    const w = writers();
    expect(emit({ exitCode: 1, stdout: "out\n", stderr: "err\n" }, w.writers, "en")).toBe(1);
    expect(w.seen).toEqual({ stdout: "out\n", stderr: "err\n" });
  });
  it("says in one line, with exit code 2, that the output cannot be written (a full disk), never a stack trace", () => {
    const full = errno("ENOSPC", "ENOSPC: no space left on device, write");
    const w = writers(full);
    expect(emit({ exitCode: 0, stdout: "report\n" }, w.writers, "en")).toBe(2);
    expect(w.seen.stderr).toBe("kcity: cannot write the output: ENOSPC: no space left on device, write\n");
    const ko = writers(full);
    expect(emit({ exitCode: 1, stdout: "보고서\n" }, ko.writers, "ko")).toBe(2);
    expect(ko.seen.stderr).toBe("kcity: 출력을 쓸 수 없습니다: 디스크 공간이 부족합니다 (ENOSPC)\n");
    expect(writeFailure(errno("EIO", "EIO: i/o error, write"), "ko")).toBe(
      "kcity: 출력을 쓸 수 없습니다: EIO: i/o error, write\n",
    );
    // stderr failing too: the exit code alone says it, and nothing throws
    expect(emit({ exitCode: 0, stdout: "x" }, writers(full, true).writers, "en")).toBe(2);
  });
  it("ends quietly with the command's exit code when the reader closed the pipe (kcity projects | head -1)", () => {
    const pipe = errno("EPIPE", "EPIPE: broken pipe, write");
    expect(isClosedPipe(pipe)).toBe(true);
    const w = writers(pipe);
    expect(emit({ exitCode: 1, stdout: "x\n" }, w.writers, "en")).toBe(1);
    expect(w.seen.stderr).toBe("");
  });
  it("says a failure no refusal foresaw as an internal error to report, in the user's language", () => {
    expect(internalFailure(new TypeError("x is undefined"), "en")).toBe(
      "kcity: internal error: x is undefined (please report it with the command line; KCITY_DEBUG=1 prints the stack)\n",
    );
    expect(internalFailure("boom", "ko")).toBe(
      "kcity: 내부 오류: boom (명령줄과 함께 알려 주세요. KCITY_DEBUG=1로 실행하면 스택이 나옵니다)\n",
    );
  });
  it("prints the stack after the line with KCITY_DEBUG=1, for a bug report", () => {
    const e = new TypeError("x is undefined");
    const text = internalFailure(e, "en", true);
    expect(text).toBe(
      `kcity: internal error: x is undefined (please report it with the command line)\n${e.stack}\n`,
    );
    expect(text).toContain("TypeError: x is undefined\n    at ");
    // a thrown value that is not an Error has no stack to print
    expect(internalFailure("boom", "ko", true)).toBe("kcity: 내부 오류: boom (명령줄과 함께 알려 주세요)\n");
  });
  it("reads the language of the command line as runCli does, before any '--'", () => {
    expect(langOfArgv(["edition", "2021", "--lang", "ko"])).toBe("ko");
    expect(langOfArgv(["--lang=ko", "edition"])).toBe("ko");
    expect(langOfArgv(["edition", "2021"])).toBe("en");
    expect(langOfArgv(["money", "parse", "--", "--lang", "ko"])).toBe("en");
    expect(langOfArgv(["--lang"])).toBe("en");
  });
  it("agrees with the language runCli answers in, on every way of writing --lang (given twice, without a value, after '--')", () => {
    const ctx = { readFile: () => "", now: () => new Date(0) };
    const lines = [
      ["--lang", "ko"],
      ["--lang=ko"],
      ["--lang", "ko", "--lang", "en"],
      ["--lang", "en", "--lang", "ko"],
      ["--lang=ko", "--lang", "en"],
      ["--lang", "ko", "--lang=en"],
      ["--lang", "ko", "--lang", "fr"],
      ["--lang", "fr", "--lang=ko"],
      ["--lang", "ko", "--lang"],
      ["--lang", "ko", "--lang", "--json"],
      ["--lang", "--lang", "ko"],
      ["--lang", "-v"],
      ["--lang="],
      ["--lang", "ko", "--", "--lang", "en"],
      ["--", "--lang", "ko"],
    ];
    for (const line of lines) {
      // an unknown command makes every line a refusal, whose JSON title is in runCli's language
      const out = JSON.parse(runCli(["--json", "nope", ...line], ctx).stderr ?? "");
      const said = out.error.title === "잘못된 옵션" ? "ko" : "en";
      expect(langOfArgv(["--json", "nope", ...line]), line.join(" ")).toBe(said);
    }
  });
});
