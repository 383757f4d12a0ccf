import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayWidth, withSubjectParticle } from "./text.js";

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

describe("displayWidth", () => {
  it("counts Hangul and full-width forms as two columns", () => {
    expect([displayWidth("4억 5천만"), displayWidth("４"), displayWidth("abc")]).toEqual([9, 2, 3]);
  });
});
