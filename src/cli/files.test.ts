import { describe, expect, it } from "vitest";
import { cliMessage } from "./cliMessages.js";
import { decodeUtf8, FILE_ERROR_TITLE, fileReasonKo, jsonReasonKo, readJsonArgument } from "./files.js";
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
    // an engine message without a position: the character it did not expect
    expect(jsonReasonKo(jsonError(twoLines), twoLines)).toBe("예상하지 못한 글자 '}'");
    expect(jsonReasonKo(jsonError(""), "")).toBe(
      "JSON이 끝나지 않았습니다(빈 파일이거나 닫는 괄호나 따옴표가 없음)",
    );
    expect(jsonReasonKo(jsonError('"abc'), '"abc')).toBe("문자열의 따옴표가 닫히지 않았습니다 (1행 5열)");
    expect(jsonReasonKo(jsonError("{} x"), "{} x")).toBe("JSON 값 뒤에 다른 글자가 있습니다 (1행 4열)");
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
