import { describe, expect, it } from "vitest";
import { runCli } from "../run.js";
import type { CliContext } from "../types.js";

const ctx: CliContext = { readFile: () => "", now: () => new Date("2026-01-01T00:00:00Z") };
const run = (...argv: string[]) => runCli(argv, ctx);

describe("kcity editions", () => {
  it("lists every edition with counts and budget", () => {
    const out = run("editions");
    expect(out.exitCode).toBe(0);
    for (const y of [2020, 2021, 2022, 2023, 2024, 2025, 2026]) expect(out.stdout).toContain(`${y}  `);
    expect(out.stdout).toContain(
      "applications 111 (39 countries)  selected 11 (11 countries) (9.9%)  budget KRW 4.2 billion",
    );
    expect(out.stdout).toContain("selected 8* (? countries)");
    // 2024's budget is the planned one (S53); the others are stated as spent or allotted
    expect(out.stdout).toContain("  selected 8* (? countries)  budget KRW 4 billion (planned)\n");
    expect(out.stdout.match(/\(planned\)/g)).toHaveLength(1);
    expect(run("editions", "--lang", "ko").stdout).toContain("  예산 40억 원 (예정)\n");
  });
  it("speaks Korean", () => {
    const out = run("editions", "--lang", "ko");
    expect(out.stdout).toContain("2021  신청 111건 (39개국)  선정 11건 (11개국) (9.9%)  예산 42억 원");
    expect(out.stdout).toContain("스마트 도시개발형");
  });
  it("prints JSON", () => {
    const rows = JSON.parse(run("editions", "--json").stdout);
    expect(rows).toHaveLength(7);
    expect(rows[1]).toMatchObject({
      year: 2021,
      budget: { known: true, value: { amount: "4200000000", currency: "KRW" } },
      selectionRate: { known: true, value: { fraction: "11/111", percent: "9.9%" } },
      listedProjects: 11,
      projectsComplete: true,
    });
  });
});

describe("kcity edition <year>: the sources' qualifiers are kept", () => {
  it("gives a budget, a target and an award their notes ('planned', 'about'), but not a note that repeats the value", () => {
    const e2024 = run("edition", "2024").stdout;
    expect(e2024).toContain(
      "Budget: KRW 4 billion [S53] (Planned: up to 8 projects and 4.0 billion KRW; the demonstration awards total 2.5 billion KRW (S58).)\n",
    );
    // "Up to 8 projects." beside "up to 8" says nothing more
    expect(e2024).toContain("\nTarget: up to 8 [S53, S3]\n");
    // a budget note that restates the amount is left out (2021: "Total 2021 support: 4.2 billion KRW")
    expect(run("edition", "2021").stdout).toContain("\nBudget: KRW 4.2 billion [S46]\n");
    expect(run("edition", "2020", "--lang", "ko").stdout).toContain("\n예산: 33억 원 [S46]\n");
    expect(run("edition", "2024", "--lang", "ko").stdout).toContain(
      "\n예산: 40억 원 [S53] (계획: 최대 8개 사업, 40억 원. 해외실증형 지원액 합계는 25억 원(S58).)\n",
    );
    const e2026 = run("edition", "2026").stdout;
    expect(e2026).toContain("\nTarget: 9 [S24] (About 9 projects.)\n");
    expect(e2026).toContain(
      "    Funding per project (awarded): KRW 700 million [S29, S41, S55, inferred] (About 2.1 billion KRW for the three projects (S29), i.e. about 700M each.)\n",
    );
    expect(e2026).toContain("    Target: up to 6 [S24, S41, S55]\n");
    // the envelope made from "about 700M" ranges is approximate, as fundingEnvelope says
    expect(e2026).toContain(
      "Funding envelope: KRW 2.1-4.5 billion [S24, S29, S41, S55, inferred] (approximate): ",
    );
    expect(run("edition", "2021").stdout).toContain(
      "Funding envelope: KRW 3.6-5.4 billion [S51, S52, S5, S16, inferred]: ",
    );
    const ko = run("edition", "2026", "--lang", "ko").stdout;
    expect(ko).toContain("\n목표: 9건 [S24] (약 9건.)\n");
    // a note that repeats the value is left out in Korean too: it is compared with the English value
    // ("Up to 6." beside "up to 6"), not with the Korean one ("최대 6건")
    expect(ko).toContain("\n    목표: 최대 6건 [S24, S41, S55]\n");
    expect(run("edition", "2024", "--lang", "ko").stdout).toContain("\n목표: 최대 8건 [S53, S3]\n");
    expect(ko).toContain("총 지원 범위: 21억~45억 원 [S24, S29, S41, S55, 추정] (근사치): ");
  });

  it("marks a project's inferred track and cites the sources of its proposer and company", () => {
    const e2023 = run("edition", "2023").stdout;
    expect(e2023).toContain(
      "  2023-id-nusantara  Indonesia, New capital (IKN / Nusantara) (planning, solution-planning, inferred)\n",
    );
    expect(e2023).toContain("  2023-ua-uman  Ukraine, Uman (planning, urban-planning, inferred)\n");
    // the 2020 Cusco project's type is given by S51: no mark
    expect(run("edition", "2020").stdout).toContain(
      "  2020-pe-cusco  Peru, Cusco (smart-city-development, urban-planning)\n",
    );
    // the Indonesian ministry is named by S37 (press) only, not by the seed the project cites first
    expect(run("edition", "2021").stdout).toContain(
      "    Proposer: Ministry of Public Works and Housing [S37]; Korean company/executor: unknown\n",
    );
    expect(run("edition", "2021", "--lang", "ko").stdout).toMatch(
      /\n {4}제안 기관: [^\n]+ \[S37\]; 국내 기업·수행기관: 알 수 없음\n/,
    );
    expect(e2023).toContain(
      "    Proposer: unknown; Korean company/executor: K-water, with Jeil Engineering, Hana Urban Research Institute, Korea Planning Association and Samjong KPMG [S15]\n",
    );
  });
});

describe("kcity edition <year>", () => {
  it("reports 2021 in full", () => {
    const out = run("edition", "2021");
    expect(out.exitCode).toBe(0);
    const s = out.stdout;
    expect(s).toMatch(/^K-City Network: Global Cooperation Program 2021\n/);
    expect(s).toContain("Applications: 111 from 39 countries [S16, S32, S33]");
    expect(s).toContain("Selection rate: 11/111 = 9.9%");
    expect(s).toContain("Funding per project (awarded): KRW 200-300 million [S16, S52]");
    expect(s).toContain("Funding per project (call): up to KRW 300 million [S51]");
    expect(s).toContain("Call: 2021-02-18 [S5, S51] → 2021-04-19 [S33, machine-translated]");
    expect(s).toContain("2021-08           Smart City Planning projects start (planned) [S16]");
    expect(s).toContain("Projects (11, complete list)");
    expect(s).toContain("Proposer: unknown; Korean company/executor: Dtonic Corporation");
    expect(s).toContain("Continues: 2020-tr-gaziantep");
    expect(s).toContain("Funding envelope: KRW 3.6-5.4 billion");
    // an "up to" target ({min: 0, max: 11}) is said as the source says it
    expect(s).toContain("Target: up to 11 [S5, S51]");
    expect(run("edition", "2021", "--lang", "ko").stdout).toContain("목표: 최대 11건 [S5, S51]");
    expect(s).toMatch(/\nSources\n {2}S1 {3}World Energy, 2021-06-25/);
    expect(s).toContain(
      "S16  MOLIT, 2021-06-25: Results of the K-City Network: Global Cooperation Program 2021 (official)",
    );
  });
  it("reports in Korean", () => {
    const s = run("edition", "2021", "--lang", "ko").stdout;
    expect(s).toContain("K-City 네트워크 글로벌 협력 프로그램 2021");
    expect(s).toContain("신청: 39개국 111건");
    expect(s).toContain("사업당 지원 (선정): 4억~6억 원 [S16, S52]");
    expect(s).toContain("스페인, 산탄데르");
    expect(s).toContain("[S33, 기계 번역]");
  });
  it("says a source without a date as n.d. in English and 날짜 미상 in Korean", () => {
    const en = run("edition", "2020").stdout.split("\n");
    const ko = run("edition", "2020", "--lang", "ko").stdout.split("\n");
    const s63 = (lines: string[]) => lines.find((l) => l.startsWith("  S63 "));
    expect(s63(en)).toContain(
      "S63  Gaziantep Metropolitan Municipality, n.d.: Gaziantep Data Coordination Center",
    );
    expect(s63(ko)).toContain("S63  가지안테프 광역시, 날짜 미상: 가지안테프 데이터 조정 센터 (언론)");
    // no English "n.d." anywhere in a Korean report
    for (const year of ["2020", "2021", "2022", "2023", "2024", "2025", "2026"])
      expect(run("edition", year, "--lang", "ko").stdout).not.toContain("n.d.");
  });
  it("cites a count and its country count each with its own sources and grade", () => {
    const lines = run("edition", "2023").stdout.split("\n");
    // 8 selected is stated (S14, S11); the 7 countries are counted from the listed projects
    expect(lines).toContain("Selected: 8 [S14, S11] in 7 countries [S14, S31, inferred]");
    expect(lines).toContain("Applications: 30 from 18 countries [S14, S61]");
    expect(run("edition", "2021").stdout.split("\n")).toContain(
      "    Selected: 4 [S16] in 4 countries [S16, inferred]",
    );
    const ko = run("edition", "2023", "--lang", "ko").stdout.split("\n");
    expect(ko).toContain("선정: 7개국 [S14, S31, 추정] 8건 [S14, S11]");
    expect(ko).toContain("신청: 18개국 30건 [S14, S61]");
  });
  it("marks planned events and incomplete lists", () => {
    const s = run("edition", "2024").stdout;
    expect(s).toContain("Planning selection (planned)");
    expect(s).toContain("Projects (6, incomplete list)");
    expect(s).toContain(
      "Year-round: 2024-01-30 [S53, S3]; cutoff 2024-04-30 [S53, S9, S39]; later proposals roll over to 2025, pre-consulting",
    );
  });
  it("prints JSON with the edition, stats and envelope", () => {
    const j = JSON.parse(run("edition", "2022", "--json").stdout);
    expect(j.edition.year).toBe(2022);
    expect(j.edition.projects).toHaveLength(10);
    expect(j.edition.subPrograms[0].funding.call.value.max).toEqual({
      amount: "1000000000",
      currency: "KRW",
    });
    expect(j.stats.selectionRate.value.percent).toBe("30.3%");
    expect(j.fundingEnvelope.fit).toBe("within");
  });
  it("lists in JSON the sources the text report lists, in full", () => {
    for (const year of ["2020", "2021", "2026"]) {
      const j = JSON.parse(run("edition", year, "--json").stdout);
      const listed = [...run("edition", year).stdout.matchAll(/^ {2}(S\d+) /gm)].map((m) => m[1]);
      expect(listed.length).toBeGreaterThan(3);
      expect(j.sources.map((s: { tag: string }) => s.tag)).toEqual(listed);
      for (const s of j.sources)
        expect(Object.keys(s)).toEqual(expect.arrayContaining(["tag", "url", "publisher", "title"]));
    }
  });
  it("exits 2 for a missing or unknown year, listing the known years", () => {
    for (const argv of [["edition"], ["edition", "2019"], ["edition", "twenty"]]) {
      const out = run(...argv);
      expect(out.exitCode).toBe(2);
      // a missing argument is a usage error; a wrong one names the edition years
      expect(out.stderr).toContain(argv.length === 1 ? "INVALID_OPTIONS" : "UNKNOWN_EDITION");
      expect(out.stderr).toContain("2020, 2021, 2022, 2023, 2024, 2025, 2026");
    }
    expect(run("edition", "--lang", "ko").stderr).toContain(
      "<연도>가 필요합니다: 사업 연도(2020, 2021, 2022, 2023, 2024, 2025, 2026)",
    );
    // an argument more than the usage line admits is refused, not ignored
    expect(run("edition", "2021", "2022").stderr).toBe(
      'kcity: edition takes at most 1 argument, received also "2022". Usage: kcity edition <year>\n',
    );
    expect(run("editions", "2021").exitCode).toBe(2);
    expect(run("projects", "waste").stderr).toContain("projects takes no arguments");
    expect(run("stats", "2021", "2022", "--lang", "ko").stderr).toContain("인자를 1개까지 받습니다");
    const j = run("edition", "1999", "--json");
    expect(JSON.parse(j.stderr ?? "").error.code).toBe("UNKNOWN_EDITION");
    expect(run("edition", "1999", "--lang", "ko").stderr).toContain("해당 연도의 사업이 없습니다");
  });
});

describe("kcity projects", () => {
  it("filters by country (case-insensitive on the command line)", () => {
    const out = run("projects", "--country", "ke");
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toMatch(/^1 project\n\n2021-ke-nairobi {2}Kenya, Nairobi/);
  });
  it("filters by track and year, including projects whose track may be it", () => {
    const out = run("projects", "--track", "solution-demonstration", "--year", "2021");
    expect(out.stdout.split("\n")[0]).toBe("3 projects");
    expect(run("projects", "--track", "urban-planning", "--year", "2022").stdout.split("\n")[0]).toBe(
      "8 projects (7 of them possibly: track not known, but their sub-program or edition had it; 1 by a track the data infers)",
    );
    // the one by an inferred track (Issyk-Kul) says so on its own line, in both languages
    const issyk = run("projects", "--track", "urban-planning", "--year", "2022").stdout;
    expect(issyk).toContain(
      "2022-kg-issyk-kul  Kyrgyzstan, Issyk-Kul (smart-city-planning, urban-planning, inferred)\n",
    );
    expect(run("projects", "--track", "urban-planning", "--year", "2022", "--lang", "ko").stdout).toMatch(
      /^사업 8건 \(유형 미상이나 해당 유형일 수 있는 사업 7건, 유형이 추정인 사업 1건 포함\)\n[\s\S]*2022-kg-issyk-kul {2}키르기스스탄, 이식쿨 · 스마트도시 계획수립 \(smart-city-planning\) · 유형\(추정\) /,
    );
    // a track the sources state is not marked, in the heading or on the project's line; with --json,
    // the count of inferred ones
    const stated2021 = run("projects", "--track", "solution-demonstration", "--year", "2021").stdout;
    expect(stated2021.split("\n")[0]).toBe("3 projects");
    expect(stated2021).toContain(
      "2021-tr-gaziantep  Türkiye, Gaziantep (smart-solution-demonstration, solution-demonstration)\n",
    );
    expect(stated2021).not.toContain("inferred");
    const js = JSON.parse(run("projects", "--track", "urban-planning", "--json").stdout);
    expect([js.count, js.possible, js.inferredTracks]).toEqual([28, 15, 7]);
    // none possibly, two by an inferred track (Nusantara, Uman): only the inferred ones are said
    expect(run("projects", "--track", "urban-planning", "--year", "2023").stdout.split("\n")[0]).toBe(
      "2 projects (2 by a track the data infers)",
    );
    // without --track nothing matches by a track: no count in the heading, 0 in the JSON
    expect(run("projects", "--year", "2023").stdout.split("\n")[0]).toBe("8 projects");
    expect(run("projects", "--year", "2023", "--lang", "ko").stdout.split("\n")[0]).toBe("사업 8건");
    expect(JSON.parse(run("projects", "--year", "2023", "--json").stdout)).toMatchObject({
      count: 8,
      possible: 0,
      inferredTracks: 0,
    });
    // 2020 had no demonstration track: none of its projects, known or not, can be on it
    const demo2020 = run("projects", "--track", "solution-demonstration", "--year", "2020");
    expect(demo2020).toMatchObject({ exitCode: 1, stdout: "No project matches.\n" });
    expect(
      JSON.parse(run("projects", "--track", "urban-planning", "--year", "2020", "--json").stdout),
    ).toMatchObject({
      count: 11,
      possible: 8,
    });
    expect(
      run("projects", "--track", "urban-planning", "--year", "2020", "--lang", "ko").stdout.split("\n")[0],
    ).toBe("사업 11건 (유형 미상이나 해당 유형일 수 있는 사업 8건, 유형이 추정인 사업 1건 포함)");
    // a sub-program the sources do not give is said, not printed as its id "unknown"
    expect(run("projects", "--year", "2020", "--lang", "ko").stdout).toContain(" · 세부 사업 미상");
    expect(run("projects", "--year", "2020").stdout).toContain("(sub-program unknown)");
    expect(run("projects", "--sub-program", "planning", "--year", "2026", "--json").stdout).toContain(
      "2026-pl-lublin",
    );
    // a sub-program id no edition (of that year) has is bad input, not an empty answer
    const nope = run("projects", "--sub-program", "nope");
    expect(nope.exitCode).toBe(2);
    expect(nope.stderr).toContain("UNKNOWN_SUB_PROGRAM");
    expect(run("projects", "--sub-program", "planning", "--year", "2021").stderr).toContain(
      'Expected a sub-program id (smart-city-planning, smart-solution-planning, smart-solution-demonstration), received "planning"',
    );
    expect(run("projects", "--text", "waste").stdout.split("\n")[0]).toBe("3 projects");
  });
  it("exits 1 when nothing matches", () => {
    expect(run("projects", "--country", "FR")).toEqual({ exitCode: 1, stdout: "No project matches.\n" });
    expect(run("projects", "--country", "FR", "--lang", "ko").stdout).toBe("조건에 맞는 사업이 없습니다.\n");
    const j = run("projects", "--country", "FR", "--json");
    expect(j.exitCode).toBe(1);
    expect(JSON.parse(j.stdout).count).toBe(0);
  });
  it("exits 2 for a bad code, track or year", () => {
    expect(run("projects", "--country", "XX").stderr).toContain("INVALID_COUNTRY_CODE");
    expect(run("projects", "--country", "UK").exitCode).toBe(2);
    expect(run("projects", "--track", "planning").stderr).toContain("UNKNOWN_TRACK");
    expect(run("projects", "--year", "2030").stderr).toContain("UNKNOWN_EDITION");
    expect(run("projects", "--bogus").exitCode).toBe(2);
  });
  it("prints JSON", () => {
    const j = JSON.parse(run("projects", "--country", "ES", "--json").stdout);
    expect(j.count).toBe(1);
    expect(j.projects[0].koreanCompany.value.en).toBe("Dtonic Corporation");
  });
});

describe("kcity stats", () => {
  it("prints the rates and the cumulative verdicts", () => {
    const s = run("stats").stdout;
    expect(s).toContain("Selection rate: 11/111 = 9.9%");
    expect(s).toContain("Cumulative totals (through 2026)");
    expect(s).toContain("✓ 2022-06-23 After 2021 (2020-2021): 23/19 [S7, S12]");
    expect(s).toContain("✗ 2025-01-20 January 2025 (five years): 49/26 [S2, S23]");
  });
  it("takes one year, speaks Korean and prints JSON", () => {
    const ko = run("stats", "2023", "--lang", "ko").stdout;
    expect(ko).toContain("누적 실적 (2023년까지)");
    expect(ko).toContain("✓ 2023-10-06 2023년까지 (2020~2023): 23개국 41건");
    const j = JSON.parse(run("stats", "2024", "--json").stdout);
    expect(j.editions).toHaveLength(1);
    expect(j.cumulative.lines.at(-1).verdict).toBe("does-not-match");
    expect(run("stats", "1990").exitCode).toBe(2);
  });
});

describe("kcity edition and projects in Korean", () => {
  it("name Korean outlets by their Korean names in the source list, and keep a foreign outlet's name", () => {
    const ko2021 = run("edition", "2021", "--lang", "ko").stdout;
    expect(ko2021).toContain("\n  S51  이데일리, 2021-02-17: 2021년 공모 (언론) https://");
    expect(ko2021).toContain(
      "\n  S16  국토교통부, 2021-06-25: K-City 네트워크 글로벌 협력 프로그램 2021년 선정 결과 (공식) http",
    );
    expect(ko2021).toContain("\n  S1   World Energy, 2021-06-25: ");
    expect(run("edition", "2025", "--lang", "ko").stdout).toMatch(/\n {2}S36 {2}연합뉴스 \(taptalk 경유\), /);
    // English keeps the names as the sources write them
    expect(run("edition", "2021").stdout).toContain(
      "\n  S51  Edaily, 2021-02-17: 2021 call (press) https://",
    );
  });
  const ko2021 = run("edition", "2021", "--lang", "ko").stdout;
  it("name sub-programs and tracks by their Korean names first, their ids in parentheses", () => {
    expect(ko2021).toMatch(
      /\n {2}스마트 도시개발형 계획수립 \(smart-city-planning\) · 유형 \S.* \(urban-planning\)\n/,
    );
    expect(ko2021).toMatch(
      /\n {2}2021-ke-nairobi {2}케냐, 나이로비 \(중앙역 일대\) · 스마트 도시개발형 계획수립 \(smart-city-planning\) · 유형 \S.* \(urban-planning\)\n/,
    );
    // English as before
    expect(run("edition", "2021").stdout).toContain("(smart-city-planning, urban-planning)");
  });
  it("count the projects and the targets with 건, and name the project a project continues", () => {
    expect(ko2021).toContain("\n선정 사업 11건 (전체 목록)\n");
    expect(ko2021).toContain("    목표: 4건 [S51, S52, S5] (약 4개 도시.)\n");
    expect(ko2021).toContain("    선행 사업: 2020-tr-gaziantep\n");
    expect(run("edition", "2021").stdout).toContain("\nProjects (11, complete list)\n");
  });
  it("put 약 before an approximate amount, and say the year-round intake in one sentence", () => {
    const ko = run("edition", "2026", "--lang", "ko").stdout;
    expect(ko).toContain("    사업당 지원 (공모): 약 7억 원 [S55, S41]\n");
    expect(ko).not.toContain("(약)");
    expect(run("edition", "2026").stdout).toContain(" [S55, S41] (about)\n");
    expect(run("edition", "2024", "--lang", "ko").stdout).toContain(
      "    연중 상시 접수: 2024-01-30 [S53, S3]부터; 접수 기한: 2024-04-30 [S53, S9, S39] (이후 접수분은 2025년으로 이월); 사전 컨설팅 거침\n",
    );
  });
});
