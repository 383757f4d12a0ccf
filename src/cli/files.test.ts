import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cliMessage } from "./cliMessages.js";
import {
  decodeUtf8,
  FILE_ERROR_TITLE,
  fileReasonKo,
  jsonErrorIndex,
  jsonErrorPlace,
  jsonReasonEn,
  jsonReasonKo,
  lineColumn,
  readJsonArgument,
} from "./files.js";
import { koreaTimeKo } from "./readOn.js";
import { runCli } from "./run.js";
import type { CliArgs, CliContext } from "./types.js";

const errno = (code: string, message: string) => Object.assign(new Error(message), { code });
const jsonError = (text: string): unknown => {
  try {
    JSON.parse(text);
  } catch (e) {
    return e;
  }
  return undefined;
};

/**
 * Checks jsonErrorIndex against the engine on one text: where the engine gives a position (or says
 * the text ended) the reader finds the same index; a text the engine reads is one the reader reads.
 * Returns the engine's error, if any.
 */
function expectEngineIndex(text: string): unknown {
  const e = jsonError(text);
  const index = jsonErrorIndex(text);
  if (e === undefined) {
    expect(index).toBe(-1);
    return undefined;
  }
  const m = (e as Error).message;
  const at = /at position (\d+)/.exec(m);
  if (at) expect(index).toBe(Number(at[1]));
  else if (/end of JSON input/.test(m)) expect(index).toBe(text.length);
  else expect(index).toBeGreaterThanOrEqual(0);
  return e;
}

/** JSON texts, some broken by a few random edits (characters JSON gives a meaning to, spaces, controls). */
const brokenJson = fc
  .tuple(
    fc.json(),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom("insert", "delete", "replace"),
        fc.oneof(
          fc.constantFrom(..."{}[],:\"\\ueE.-+019tnfx '/\n\t\r\u0000\u0001\u00a0\u2028"),
          fc.string({ maxLength: 2 }),
        ),
      ),
      { minLength: 0, maxLength: 4 },
    ),
  )
  .map(([json, edits]) => {
    let t = json;
    for (const [at, op, c] of edits) {
      const p = at % (t.length + 1);
      const rest = op === "insert" ? t.slice(p) : t.slice(p + 1);
      t = t.slice(0, p) + (op === "delete" ? "" : c) + rest;
    }
    return t;
  });

describe("the Korean reasons of a file that cannot be used", () => {
  it("say what the system said of the file, with its code", () => {
    expect(fileReasonKo(errno("ENOENT", "ENOENT: no such file or directory, open 'x.json'"))).toBe(
      "파일이 없습니다 (ENOENT)",
    );
    expect(fileReasonKo(errno("EACCES", "EACCES: permission denied, open 'x.json'"))).toBe(
      "읽기 권한이 없습니다 (EACCES)",
    );
    expect(fileReasonKo(errno("EISDIR", "EISDIR: illegal operation on a directory, read"))).toBe(
      "파일이 아니라 폴더입니다 (EISDIR)",
    );
    // a code only in the message, as a test's reader throws it; other errors as they are
    expect(fileReasonKo(new Error("ENOENT: no such file x.json"))).toBe("파일이 없습니다 (ENOENT)");
    expect(fileReasonKo(errno("EMFILE", "EMFILE: too many open files"))).toBe("EMFILE: too many open files");
  });
  it("say in Korean why a path leads to no file: a file inside the path, a name too long, a loop of links", () => {
    expect(fileReasonKo(errno("ENOTDIR", "ENOTDIR: not a directory, open 'application.json/x'"))).toBe(
      "경로 중간에 폴더가 아닌 파일이 있습니다 (ENOTDIR)",
    );
    expect(fileReasonKo(errno("ENAMETOOLONG", "ENAMETOOLONG: name too long, open 'aaa'"))).toBe(
      "파일 경로가 너무 깁니다 (ENAMETOOLONG)",
    );
    expect(fileReasonKo(errno("ELOOP", "ELOOP: too many symbolic links encountered, open 'a'"))).toBe(
      "심볼릭 링크가 너무 많이 이어지거나 순환합니다 (ELOOP)",
    );
    // a code that is a name of Object.prototype is no reason of ours
    expect(fileReasonKo(errno("constructor", "odd"))).toBe("odd");
    const out = runCli(["check", "application.json/x", "--lang", "ko"], {
      readFile: () => {
        throw errno("ENOTDIR", "ENOTDIR: not a directory, open 'application.json/x'");
      },
      now: () => new Date(0),
    });
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toBe(
      "kcity: INVALID_INPUT: 파일 오류. application.json/x 파일을 읽을 수 없습니다: 경로 중간에 폴더가 아닌 파일이 있습니다 (ENOTDIR)\n",
    );
  });
  it("refuse an empty file argument as a missing one, in every command that reads a file", () => {
    const ctx: CliContext = {
      readFile: () => {
        throw errno("ENOENT", "ENOENT: no such file or directory, open ''");
      },
      now: () => new Date(0),
    };
    for (const argv of [
      ["check", ""],
      ["eligible", "", "2024"],
      ["replay", ""],
      ["select", ""],
    ]) {
      const en = runCli(argv, ctx);
      expect(en.exitCode, argv[0]).toBe(2);
      expect(en.stderr, argv[0]).toMatch(
        /^kcity: INVALID_OPTIONS: Invalid options\. Expected a file argument, received an empty one \(""\): kcity [a-z]+ <[a-z]+\.json>/,
      );
      const ko = runCli([...argv, "--lang", "ko"], ctx);
      expect(ko.stderr, argv[0]).toMatch(
        /^kcity: INVALID_OPTIONS: 잘못된 옵션\. 파일 인자가 비어 있습니다\(""\): kcity [a-z]+ </,
      );
      const json = JSON.parse(runCli([...argv, "--json"], ctx).stderr ?? "");
      expect(json.error.code, argv[0]).toBe("INVALID_OPTIONS");
      expect(json.error.details.received, argv[0]).toBe("");
    }
  });
  it("refuse a file that is not UTF-8 (EUC-KR, Latin-1) instead of reading it with replacement characters", () => {
    const utf8 = new TextEncoder().encode('{"title":"스마트 교차로"}');
    expect(decodeUtf8(utf8)).toBe('{"title":"스마트 교차로"}');
    // a byte order mark is kept, for readJsonArgument to drop, as readFileSync(path, "utf8") keeps it
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toBe("\ufeff{}");
    // "스마트" in EUC-KR, and "Città" in Latin-1
    const eucKr = new Uint8Array([0x22, 0xbd, 0xba, 0xb8, 0xb6, 0xc6, 0xae, 0x22]);
    const latin1 = new Uint8Array([0x22, 0x43, 0x69, 0x74, 0x74, 0xe0, 0x22]);
    for (const bytes of [eucKr, latin1]) {
      expect(() => decodeUtf8(bytes)).toThrow(
        expect.objectContaining({
          code: "EILSEQ",
          message: "EILSEQ: the file is not UTF-8 text (save it as UTF-8)",
        }),
      );
    }
    let thrown: unknown;
    try {
      decodeUtf8(eucKr);
    } catch (e) {
      thrown = e;
    }
    expect(fileReasonKo(thrown)).toBe("UTF-8 텍스트가 아닙니다 (UTF-8로 저장하세요) (EILSEQ)");
  });
  it("say what is wrong with a JSON text and where, by line and column", () => {
    expect(jsonReasonKo(jsonError("{x"), "{x")).toBe("큰따옴표로 감싼 속성 이름이 필요합니다 (1행 2열)");
    const twoLines = '{"a": 1,\n "b": }';
    // an engine message without a position (an unexpected token): the place is found in the text
    expect(jsonReasonKo(jsonError(twoLines), twoLines)).toBe("예상하지 못한 글자 '}' (2행 7열)");
    expect(jsonReasonKo(jsonError(""), "")).toBe(
      "JSON이 끝나지 않았습니다(빈 파일이거나 닫는 괄호나 따옴표가 없음) (1행 1열)",
    );
    expect(jsonReasonKo(jsonError('"abc'), '"abc')).toBe("문자열의 따옴표가 닫히지 않았습니다 (1행 5열)");
    expect(jsonReasonKo(jsonError("{} x"), "{} x")).toBe("JSON 값 뒤에 다른 글자가 있습니다 (1행 4열)");
  });
  it("say every JSON.parse message of Node 20 in Korean, on one line, with its line and column", () => {
    const cases: readonly (readonly [string, string])[] = [
      // an unexpected token that is a line break: the engine quotes the whole text, line breaks and all
      ['{\n  "a": tru\n}', "예상하지 못한 글자 줄바꿈 (2행 11열)"],
      ["[1,]", "예상하지 못한 글자 ']' (1행 4열)"],
      ["undefined", "예상하지 못한 글자 'u' (1행 1열)"],
      ["[1,\n\t\u00a0]", "예상하지 못한 글자 U+00A0 (2행 2열)"],
      ["tru", "JSON이 끝나지 않았습니다(빈 파일이거나 닫는 괄호나 따옴표가 없음) (1행 4열)"],
      [
        '{"a": "\t"}',
        "문자열 안에 제어 문자(탭, 줄바꿈 등)를 그대로 쓸 수 없습니다(\\t, \\n처럼 쓰세요) (1행 8열)",
      ],
      ['"\\x"', '문자열의 잘못된 이스케이프(\\ 뒤에는 " \\ / b f n r t u만 올 수 있습니다) (1행 3열)'],
      ['"\\u12"', "\\u 뒤에 16진수 네 자리가 필요합니다 (1행 6열)"],
      ['{"a":1,}', "큰따옴표로 감싼 속성 이름이 필요합니다(쉼표 뒤에는 속성이 와야 합니다) (1행 8열)"],
      ['{"a" 1}', "속성 이름 뒤에 콜론(:)이 필요합니다 (1행 6열)"],
      ['{"a":1 "b":2}', "속성 값 뒤에 쉼표(,)나 닫는 중괄호(})가 필요합니다 (1행 8열)"],
      ["[1 2]", "배열 항목 뒤에 쉼표(,)나 닫는 대괄호(])가 필요합니다 (1행 4열)"],
      ["[-]", "빼기 기호(-) 뒤에 숫자가 필요합니다 (1행 3열)"],
      ["1e", "지수 표기(e) 뒤에 숫자가 필요합니다 (1행 3열)"],
      ["1.x", "소수점 뒤에 숫자가 필요합니다 (1행 3열)"],
      ["01", "예상하지 못한 숫자 (1행 2열)"],
      ['[t"', "예상하지 못한 문자열 (1행 3열)"],
      ["[1]\r\n]", "JSON 값 뒤에 다른 글자가 있습니다 (2행 1열)"],
      // the text quoted in the message says "at position 1": the place is the x, at 17
      ['["at position 1",x]', "예상하지 못한 글자 'x' (1행 18열)"],
    ];
    for (const [text, ko] of cases) expect(jsonReasonKo(jsonError(text), text), text).toBe(ko);
    // a message no engine gives: a generic reason, still with the place
    expect(jsonReasonKo(new SyntaxError("Something new at position 2"), "[1x]")).toBe(
      "JSON 문법 오류 (1행 3열)",
    );
    expect(jsonReasonKo(new SyntaxError("Something new"), "[1x]")).toBe("JSON 문법 오류 (1행 3열)");
  });
  it("say a JSON error in English on one line too, the engine's message with its line and column", () => {
    const text = '{\n  "a": tru\n}';
    expect(jsonReasonEn(jsonError(text), text)).toBe(
      'Unexpected token \'\\n\', "{\\n  "a": tru\\n}" is not valid JSON (line 2, column 11)',
    );
    expect(jsonReasonEn(jsonError('{"a": "\t"}'), '{"a": "\t"}')).toBe(
      "Bad control character in string literal in JSON at position 7 (line 1, column 8)",
    );
  });
  it("find the place of the first error as the engine does (property)", () => {
    // random edits of JSON texts: where the engine gives a position (or says the text ended), the
    // reader finds the same index; a text the engine reads is one the reader reads
    fc.assert(
      fc.property(brokenJson, (text) => {
        expectEngineIndex(text);
      }),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 2000) },
    );
  });
  it("say why a text is not JSON in Korean, on one line, with Hangul and the line and column (property)", () => {
    fc.assert(
      fc.property(brokenJson, (text) => {
        const e = jsonError(text);
        if (e === undefined) return;
        const ko = jsonReasonKo(e, text);
        expect(ko).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
        expect(ko).toMatch(/[\uac00-\ud7a3]/);
        expect(ko).toMatch(/ \(\d+행 \d+열\)$/);
        const en = jsonReasonEn(e, text);
        expect(en).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
        expect(en).toMatch(/ \(line \d+, column \d+\)$/);
      }),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 2000) },
    );
  });
  it("refuse an unreadable file as INVALID_INPUT under the file error's title, in every command", () => {
    const args: CliArgs = { positionals: ["gone.json"], options: {}, lang: "ko", json: false };
    const ctx: CliContext = {
      readFile: () => {
        throw errno("ENOENT", "ENOENT: no such file or directory, open 'gone.json'");
      },
      now: () => new Date(0),
    };
    const usage = { en: "kcity replay <log.json>", ko: "kcity replay <기록.json>" };
    expect(() => readJsonArgument(args, ctx, usage, "INVALID_LOG")).toThrow(
      expect.objectContaining({
        code: "INVALID_INPUT",
        title: FILE_ERROR_TITLE,
        message: "gone.json 파일을 읽을 수 없습니다: 파일이 없습니다 (ENOENT)",
        details: { file: "gone.json", errno: "ENOENT" },
      }),
    );
    // an error without a system code (a reader's own) has no errno
    const plain: CliContext = {
      readFile: () => {
        throw new Error("unreadable");
      },
      now: () => new Date(0),
    };
    expect(() => readJsonArgument(args, plain, usage, "INVALID_LOG")).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT", details: { file: "gone.json" } }),
    );
    // the usage line of a missing argument in the user's language
    expect(() => readJsonArgument({ ...args, positionals: [] }, ctx, usage, "INVALID_LOG")).toThrow(
      "파일 인자가 필요합니다: kcity replay <기록.json>",
    );
  });
});

it('read "-" as standard input and name it so, in English and Korean', () => {
  const asked: string[] = [];
  const ctx = (text: string): CliContext => ({
    readFile: (path) => {
      asked.push(path);
      return text;
    },
    now: () => new Date(0),
  });
  const usage = { en: "kcity check <file.json>", ko: "kcity check <파일.json>" };
  const en: CliArgs = { positionals: ["-"], options: {}, lang: "en", json: false };
  expect(readJsonArgument(en, ctx('{"a": 1}'), usage, "INVALID_APPLICATION")).toEqual({
    path: "-",
    name: "standard input",
    data: { a: 1 },
  });
  expect(asked).toEqual(["-"]);
  expect(readJsonArgument({ ...en, lang: "ko" }, ctx("{}"), usage, "INVALID_APPLICATION").name).toBe(
    "표준 입력",
  );
  expect(
    readJsonArgument({ ...en, positionals: ["a.json"] }, ctx("{}"), usage, "INVALID_APPLICATION").name,
  ).toBe("a.json");
  expect(() => readJsonArgument(en, ctx("{"), usage, "INVALID_APPLICATION")).toThrow(
    /^Standard input is not JSON: /,
  );
  expect(() => readJsonArgument({ ...en, lang: "ko" }, ctx("{"), usage, "INVALID_APPLICATION")).toThrow(
    /^표준 입력은 JSON이 아닙니다: /,
  );
  const closed: CliContext = {
    readFile: () => {
      throw errno("EAGAIN", "EAGAIN: resource temporarily unavailable, read");
    },
    now: () => new Date(0),
  };
  expect(() => readJsonArgument({ ...en, lang: "ko" }, closed, usage, "INVALID_APPLICATION")).toThrow(
    /^표준 입력을 읽을 수 없습니다: /,
  );
  expect(() => readJsonArgument(en, closed, usage, "INVALID_APPLICATION")).toThrow(
    expect.objectContaining({ code: "INVALID_INPUT", details: { file: "-", errno: "EAGAIN" } }),
  );
});

describe("library messages in the words of the command line", () => {
  it("name --on, not asOf, and ask for one amount, not for parseFundingRange", () => {
    expect(cliMessage("제출 시각과 asOf가 없어 공모 기간을 확인하지 않았습니다")).toBe(
      "제출 시각과 --on이 없어 공모 기간을 확인하지 않았습니다",
    );
    expect(cliMessage("제출 시각과 기준 시각이 없어 공모 기간을 확인하지 않았습니다")).toBe(
      "제출 시각과 --on이 없어 공모 기간을 확인하지 않았습니다",
    );
    expect(cliMessage("No submittedAt and no asOf: the intake of x was not checked")).toBe(
      "No submittedAt and no --on: the intake of x was not checked",
    );
  });
  it("say the particle after a quoted value in the form its last sound takes, where kcity can read it", () => {
    expect(cliMessage('"1.5원"을(를) 원화 금액으로 읽을 수 없습니다')).toBe(
      '"1.5원"을 원화 금액으로 읽을 수 없습니다',
    );
    expect(cliMessage('"-5"을(를) 읽을 수 없습니다')).toBe('"-5"를 읽을 수 없습니다');
    expect(cliMessage('단위 "억"을(를) 쓸 수 없습니다, "4억 6억"은(는)')).toBe(
      '단위 "억"을 쓸 수 없습니다, "4억 6억"은',
    );
    // a Latin word kcity cannot read keeps the combined form; a quote inside the value is kept whole
    expect(cliMessage('"abc"을(를)')).toBe('"abc"을(를)');
    expect(cliMessage('"a\\"원"이(가)')).toBe('"a\\"원"이');
    // English is left as it is
    expect(cliMessage('Cannot read "abc" as won')).toBe('Cannot read "abc" as won');
  });
  it("read a quoted value whole, an escaped quote and a particle inside it included", () => {
    // the value typed was a"을(를) 1: its last sound is the 1 before the closing quote, not the a
    expect(cliMessage('받은 값 "a\\"을(를) 1"을(를) 읽을 수 없습니다')).toBe(
      '받은 값 "a\\"을(를) 1"을 읽을 수 없습니다',
    );
  });
  it("write a Seoul time as Korea time in Korean, in running text and in parentheses", () => {
    expect(koreaTimeKo("2022-03-01 00:00 KST 기준: 접수 시작 전입니다")).toBe(
      "2022-03-01 00:00(한국 시간) 기준: 접수 시작 전입니다",
    );
    expect(koreaTimeKo("2024-03-25T10:00:00+09:00(2024-03-25 10:00 KST)에 제출")).toBe(
      "2024-03-25T10:00:00+09:00(2024-03-25 10:00, 한국 시간)에 제출",
    );
  });
});

/** Line and column of an index as an editor counts them: each "\r\n", "\r" and "\n" ends a line, with it. */
function naiveLineColumn(text: string, index: number): [number, number] {
  const ends = [...text.matchAll(/\r\n|\r|\n/g)].map((m) => (m.index as number) + m[0].length);
  const before = ends.filter((end) => end <= index);
  return [before.length + 1, index - (before[before.length - 1] ?? 0) + 1];
}

/** What a terminal does not show, or shows as something else (the English reason escapes it). */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]|(?! )\p{Zs}/u;

/** Texts of line breaks of every kind among other characters, in short and long rows. */
const lines = fc
  .array(
    fc.oneof(
      fc.constantFrom("\r", "\n", "\r\n", "\n\r", "a", " ", "한", "😀"),
      fc.constantFrom("\n", "\r\n", "\r", "x").chain((s) => fc.nat(80).map((k) => s.repeat(k))),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

/** Broken JSON texts with long rows (spaces, line breaks, digits, string characters) and odd characters. */
const brokenWithRows = fc
  .tuple(
    brokenJson,
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.oneof(
          fc
            .constantFrom(" ", "\n", "\r\n", "\t", "1", "a")
            .chain((s) => fc.integer({ min: 30, max: 90 }).map((k) => s.repeat(k))),
          fc.constantFrom(
            "😀",
            "\ud83d",
            "\ude00",
            "\ufeff",
            "\ufeff\ufeff",
            "\u00a0",
            "\u200b",
            "\u200e",
            "\u2028",
            "\u3000",
            "\u3164",
            "\ufe0f",
            "\u{e0001}",
            "\ue000",
            "\u0378",
            "\u00ad",
            "\u0085",
          ),
        ),
      ),
      { maxLength: 3 },
    ),
  )
  .map(([json, inserts]) => {
    let t = json;
    for (const [at, s] of inserts) {
      const p = at % (t.length + 1);
      t = t.slice(0, p) + s + t.slice(p);
    }
    return t;
  });

describe("where a JSON error is, on any text and any size", () => {
  it("counts lines as an editor does: \\r\\n, \\r and \\n each end one (property)", () => {
    fc.assert(
      fc.property(lines, fc.nat(), (text, k) => {
        const index = k % (text.length + 1);
        expect(lineColumn(text, index), JSON.stringify(text)).toEqual(naiveLineColumn(text, index));
      }),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 2000) },
    );
    // a file of carriage returns only (an old Mac file) was line 1 throughout
    expect(lineColumn("[\r\r1,\rx]", 6)).toEqual([4, 1]);
    // a long row of CRs alone (V8 ran out of regex stack on a look-ahead per character past 8.5M)
    expect(lineColumn(`${"\r".repeat(9e6)}x`, 9e6)).toEqual([9e6 + 1, 1]);
    expect(lineColumn(`${"\r".repeat(100)}\r\nx`, 102)).toEqual([102, 1]);
    expect(lineColumn("[\r\n1,\r\nx]", 7)).toEqual([3, 1]);
    // a "\r\n" belongs to the line it ends: its "\n" is on that line
    expect(lineColumn("ab\r\ncd", 3)).toEqual([1, 4]);
  });
  it("finds the engine's place of the first error in texts with long rows too (property)", () => {
    fc.assert(
      fc.property(brokenWithRows, (text) => {
        const e = expectEngineIndex(text);
        if (e === undefined) return;
        const { index, line, column } = jsonErrorPlace(e, text);
        expect([line, column]).toEqual(naiveLineColumn(text, index));
      }),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 2000) },
    );
  });
  it("answers a large file with a syntax error, at the right line (exit 2, never a crash)", () => {
    // 150 million line breaks crashed Node (it split the text into lines), 120 million took 13 s;
    // 5 million here keep the test fast (the project measures speed by benchmarks, not here)
    const lf = `${"\n".repeat(5_000_000)}x`;
    const cr = `${"\r".repeat(2_000_000)}${"\r\n".repeat(1_000_000)}x`;
    const deep = "[".repeat(1_000_000);
    const text: Record<string, string> = { "lf.json": lf, "cr.json": cr, "deep.json": deep };
    const ctx: CliContext = { readFile: (p) => text[p] ?? "", now: () => new Date(0) };
    for (const [file, line, column] of [
      ["lf.json", 5_000_001, 1],
      ["cr.json", 3_000_001, 1],
      ["deep.json", 1, 1_000_001],
    ] as const) {
      const out = runCli(["check", file, "--json"], ctx);
      expect(out.exitCode, file).toBe(2);
      const { error } = JSON.parse(out.stderr ?? "");
      expect(error.details, file).toEqual({ file, line, column });
      expect(error.message).toContain(`(line ${line}, column ${column})`);
      const ko = runCli(["check", file, "--lang", "ko"], ctx);
      expect(ko.stderr).toContain(`(${line}행 ${column}열)`);
    }
  });
});

describe("the English reason of a JSON error", () => {
  it("shows an unexpected emoji whole, and escapes what a terminal would not show", () => {
    const emoji = '["a", 😀]';
    // the engine names the emoji by its first half, a lone surrogate that prints as �
    expect(jsonReasonEn(jsonError(emoji), emoji)).toBe(
      'Unexpected token \'😀\', "["a", 😀]" is not valid JSON (line 1, column 7)',
    );
    expect(jsonReasonKo(jsonError(emoji), emoji)).toBe("예상하지 못한 글자 '😀' (1행 7열)");
    // a second byte order mark (the first is read past) and a no-break space showed as nothing
    const bom = "\ufeff{}";
    expect(jsonReasonEn(jsonError(bom), bom)).toBe(
      "Unexpected token '\\ufeff', \"\\ufeff{}\" is not valid JSON (line 1, column 1)",
    );
    expect(jsonReasonKo(jsonError(bom), bom)).toBe("예상하지 못한 글자 U+FEFF (1행 1열)");
    const nbsp = "[1,\u00a0]";
    expect(jsonReasonEn(jsonError(nbsp), nbsp)).toBe(
      "Unexpected token '\\u00a0', \"[1,\\u00a0]\" is not valid JSON (line 1, column 4)",
    );
    // half an emoji where the engine cuts its quote of the text is escaped
    const cut = `[😀😀😀   😀, "${"b".repeat(30)}"]`;
    expect(jsonReasonEn(jsonError(cut), cut)).toBe(
      "Unexpected token '😀', \"[😀😀😀   \\ud83d\"... is not valid JSON (line 1, column 2)",
    );
    const file: CliContext = { readFile: () => "\ufeff\ufeff{}", now: () => new Date(0) };
    expect(runCli(["check", "two-boms.json"], file).stderr).toBe(
      "kcity: INVALID_INPUT: Input does not match the expected schema. two-boms.json is not JSON: Unexpected token '\\ufeff', \"\\ufeff{}\" is not valid JSON (line 1, column 1)\n",
    );
  });
  it("never holds a lone surrogate or a character a terminal does not show (property)", () => {
    fc.assert(
      fc.property(brokenWithRows, (text) => {
        const e = jsonError(text);
        if (e === undefined) return;
        const place = jsonErrorPlace(e, text);
        const en = jsonReasonEn(e, text, place);
        expect(en, JSON.stringify(en)).not.toMatch(INVISIBLE);
        expect(en).toMatch(/ \(line \d+, column \d+\)$/);
        expect(en).toBe(jsonReasonEn(e, text));
        const ko = jsonReasonKo(e, text, place);
        expect(ko, JSON.stringify(ko)).not.toMatch(INVISIBLE);
        expect(ko).toBe(jsonReasonKo(e, text));
      }),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 2000) },
    );
  });
});
