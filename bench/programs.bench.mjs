// Programs: queries over the edition data against plain array code doing the same work, measured in
// the same run. Imports the BUILT library (what users get).
import {
  allProjects,
  countryName,
  cumulativeTotals,
  editionStats,
  findProjects,
  fundingEnvelope,
  getEdition,
} from "../dist/programs.js";
import { goal, measure, row, section } from "./_lib.mjs";

export async function run() {
  const projects = allProjects();
  const N = 100_000;

  section(`programs: ${N.toLocaleString("en-US")} project look-ups by country (${projects.length} projects)`);
  const codes = ["KE", "ID", "TR", "FR"];
  const plain = measure("plain Array.filter on country", N, (i) => {
    const c = codes[i & 3];
    return projects.filter((p) => p.country === c);
  });
  const ours = measure("findProjects({ country })", N, (i) => findProjects({ country: codes[i & 3] }));
  console.log(row(plain));
  console.log(row(ours, plain));
  goal("findProjects by country within 3x of a bare filter", ours.opsPerSec * 3 >= plain.opsPerSec);

  section(
    `programs: ${(N / 10).toLocaleString("en-US")} text searches ("waste"), accent- and case-insensitive`,
  );
  const M = N / 10;
  const naive = measure("naive: stringify + fold every project per search", M / 10, () => {
    return projects.filter((p) =>
      JSON.stringify([p, countryName(p.country, "en"), countryName(p.country, "ko")])
        .normalize("NFKD")
        .toLowerCase()
        .includes("waste"),
    );
  });
  const text = measure("findProjects({ text }) (cached haystacks)", M, () => findProjects({ text: "waste" }));
  console.log(row(naive));
  console.log(row(text, naive));
  goal("cached text search faster than the naive search", text.opsPerSec > naive.opsPerSec);
  // common words and a phrase: a word is matched at the start of a word (after a space), which costs
  // most for words that many projects hold
  for (const q of ["city", "a", "smart city korea", "2020-tr-gaziantep"]) {
    console.log(
      row(
        measure(`findProjects({ text: ${JSON.stringify(q)} })`, M, () => findProjects({ text: q })),
        naive,
      ),
    );
  }

  section("programs: calculators");
  const lookup = measure("getEdition(2021) (baseline)", N, () => getEdition(2021));
  const stats = measure("editionStats(2021) (memoised: data are frozen)", N / 10, () => editionStats(2021));
  const env = measure("fundingEnvelope(2021)", N / 10, () => fundingEnvelope(2021));
  const cum = measure("cumulativeTotals(2026) (memoised)", N / 100, () => cumulativeTotals(2026));
  console.log(row(lookup));
  console.log(row(stats, lookup));
  console.log(row(env, lookup));
  console.log(row(cum, lookup));
  goal("editionStats above 10,000 ops/s", stats.opsPerSec > 10_000);
  goal("cumulativeTotals(2026) above 1,000 ops/s", cum.opsPerSec > 1_000);
}
