import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayWidth, type Particle, withParticle, withSubjectParticle } from "./text.js";

describe("withSubjectParticle", () => {
  it("takes 이 after a final consonant, 가 after a vowel, 이(가) after anything else", () => {
    expect(["값", "금액", "정수", "코드", "객체", "ISO", "KE", ""].map(withSubjectParticle)).toEqual([
      "값이",
      "금액이",
      "정수가",
      "코드가",
      "객체가",
      "ISO이(가)",
      "KE이(가)",
      "이(가)",
    ]);
  });
  it("agrees with the syllable's final consonant for every Hangul syllable", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0xac00, max: 0xd7a3 }), (code) => {
        const syllable = String.fromCharCode(code);
        // a syllable without a final consonant decomposes (NFD) into two jamo, one with it into three
        const final = syllable.normalize("NFD").length === 3;
        expect(withSubjectParticle(syllable)).toBe(`${syllable}${final ? "이" : "가"}`);
      }),
    );
  });
});

describe("withParticle", () => {
  const all = (word: string): string[] =>
    (["이(가)", "은(는)", "을(를)", "와(과)", "(으)로"] as const).map((p) => withParticle(word, p));
  it("takes the consonant form after a final consonant and the vowel form after a vowel", () => {
    expect(all("금액")).toEqual(["금액이", "금액은", "금액을", "금액과", "금액으로"]);
    expect(all("코드")).toEqual(["코드가", "코드는", "코드를", "코드와", "코드로"]);
  });
  it("reads the English words kcity names as said in Korean, and keeps the combined form for others", () => {
    expect(withParticle("edition", "은(는)")).toBe("edition은");
    expect(withParticle("stats", "은(는)")).toBe("stats는");
    expect(withParticle("--rounding", "은(는)")).toBe("--rounding은");
    expect(withParticle("--quote", "은(는)")).toBe("--quote는");
    expect(withParticle("--value-date", "은(는)")).toBe("--value-date는");
    expect(withParticle("-v", "은(는)")).toBe("-v는");
    expect(withParticle("--version", "은(는)")).toBe("--version은");
    expect(withParticle("kickoff", "을(를)")).toBe("kickoff를");
    expect(withParticle("inception-report", "을(를)")).toBe("inception-report를");
    expect(withParticle("app.json", "은(는)")).toBe("app.json은");
    expect(withParticle("'--country-cap'", "은(는)")).toBe("'--country-cap'은");
    expect(withParticle("2024-ph-overseas-demonstration", "와(과)")).toBe("2024-ph-overseas-demonstration과");
    expect(all("schedule")).toEqual(["schedule이", "schedule은", "schedule을", "schedule과", "schedule로"]);
    expect(all("KIND")).toEqual(["KIND이(가)", "KIND은(는)", "KIND을(를)", "KIND와(과)", "KIND(으)로"]);
    expect(withParticle("update", "은(는)")).toBe("update은(는)");
  });
  it("takes 로, not 으로, after a final ㄹ", () => {
    expect(all("파일")).toEqual(["파일이", "파일은", "파일을", "파일과", "파일로"]);
  });
  it("reads a number as said in Korean: 일, 삼, 육, 칠, 팔 and 영 end in a consonant", () => {
    const subject = (w: string) => withParticle(w, "은(는)");
    expect(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"].map(subject)).toEqual([
      "0은",
      "1은",
      "2는",
      "3은",
      "4는",
      "5는",
      "6은",
      "7은",
      "8은",
      "9는",
    ]);
    // 13 ends in 삼; 01 in 일; 2024-04-30 in 십 (삼십)
    expect(["13", "2024-04-01", "2024-04-30", "월 12"].map(subject)).toEqual([
      "13은",
      "2024-04-01은",
      "2024-04-30은",
      "월 12는",
    ]);
    // whole numbers ending in zeros: 십, 백, 천, then 만, 억, 조
    expect(
      ["10", "100", "1,000", "10000", "100000", "100000000", "1000000000000"].map((w) =>
        withParticle(w, "이(가)"),
      ),
    ).toEqual(["10이", "100이", "1,000이", "10000이", "100000이", "100000000이", "1000000000000가"]);
    // after a decimal point digits are read one by one: 1385.20 ends in 영
    expect(withParticle("1385.20", "이(가)")).toBe("1385.20이");
    expect(withParticle("1.5", "이(가)")).toBe("1.5가");
    // (으)로 after a number: 1, 7, 8 end in ㄹ
    expect(["1", "7", "8", "3", "2", "10"].map((w) => withParticle(w, "(으)로"))).toEqual([
      "1로",
      "7로",
      "8로",
      "3으로",
      "2로",
      "10으로",
    ]);
    expect(withParticle("30%", "을(를)")).toBe("30%를");
  });
  it("reads a quotation inside its quotes, and skips a part in parentheses after a word", () => {
    expect(withParticle('"약 4억"', "을(를)")).toBe('"약 4억"을');
    expect(withParticle("「스마트도시법」", "와(과)")).toBe("「스마트도시법」과");
    expect(withParticle("<연도>", "이(가)")).toBe("<연도>가");
    expect(withParticle("절차(2024-solution-demonstration)", "와(과)")).toBe(
      "절차(2024-solution-demonstration)와",
    );
    expect(withParticle("신청 자격 검토 통과(eligible)", "을(를)")).toBe("신청 자격 검토 통과(eligible)를");
    expect(withParticle("(eligible)", "을(를)")).toBe("(eligible)을");
    expect(withParticle("'--tag'", "은(는)")).toBe("'--tag'은(는)");
  });
  it("keeps the combined form after a Latin letter or a symbol", () => {
    expect(all("ISO")).toEqual(["ISO이(가)", "ISO은(는)", "ISO을(를)", "ISO와(과)", "ISO(으)로"]);
    expect(withParticle("notjson.json", "은(는)")).toBe("notjson.json은");
    expect(withParticle("notes.txt", "은(는)")).toBe("notes.txt은(는)");
    expect(withParticle("", "을(를)")).toBe("을(를)");
  });
  it("agrees with the syllable's final consonant for every Hangul syllable and particle", () => {
    const forms: Record<Particle, [string, string, string]> = {
      "이(가)": ["이", "가", "이"],
      "은(는)": ["은", "는", "은"],
      "을(를)": ["을", "를", "을"],
      "와(과)": ["과", "와", "과"],
      "(으)로": ["으로", "로", "로"],
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0xac00, max: 0xd7a3 }),
        fc.constantFrom(...(Object.keys(forms) as Particle[])),
        (code, particle) => {
          const syllable = String.fromCharCode(code);
          // the final consonant is the third jamo of the syllable's decomposition (NFD), ㄹ is U+11AF
          const jamo = syllable.normalize("NFD");
          const [consonant, vowel, rieul] = forms[particle];
          const form = jamo.length === 2 ? vowel : jamo[2] === "\u11AF" ? rieul : consonant;
          expect(withParticle(syllable, particle)).toBe(`${syllable}${form}`);
        },
      ),
    );
  });
});

describe("displayWidth", () => {
  it("counts Hangul and full-width forms as two columns", () => {
    expect([displayWidth("4억 5천만"), displayWidth("４"), displayWidth("abc")]).toEqual([9, 2, 3]);
  });
});
