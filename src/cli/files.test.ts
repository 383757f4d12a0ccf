import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cliMessage } from "./cliMessages.js";
import {
  decodeUtf8,
  FILE_ERROR_TITLE,
  fileReasonKo,
  jsonErrorIndex,
  jsonReasonEn,
  jsonReasonKo,
  readJsonArgument,
} from "./files.js";
import { koreaTimeKo } from "./readOn.js";
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
        const e = jsonError(text);
        const index = jsonErrorIndex(text);
        if (e === undefined) {
          expect(index).toBe(-1);
          return;
        }
        const m = (e as Error).message;
        const at = /at position (\d+)/.exec(m);
        if (at) expect(index).toBe(Number(at[1]));
        else if (/end of JSON input/.test(m)) expect(index).toBe(text.length);
        else expect(index).toBeGreaterThanOrEqual(0);
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
        details: { path: "gone.json" },
      }),
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
    data: { a: 1 },
  });
  expect(asked).toEqual(["-"]);
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
    expect.objectContaining({ code: "INVALID_INPUT", details: { path: "-" } }),
  );
});

describe("library messages in the words of the command line", () => {
  it("name --on, not asOf, and ask for one amount, not for parseFundingRange", () => {
    expect(cliMessage("제출 시각과 asOf가 없어 공모 기간을 확인하지 않았습니다")).toBe(
      "제출 시각과 --on이 없어 공모 기간을 확인하지 않았습니다",
    );
    expect(cliMessage("No submittedAt and no asOf: the intake of x was not checked")).toBe(
      "No submittedAt and no --on: the intake of x was not checked",
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
