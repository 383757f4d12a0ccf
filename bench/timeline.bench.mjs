// Timeline: 1M addKoreanBusinessDays(date, n) calls (n from 0 to 250, start dates 2020-2026) against
// date-fns addBusinessDays (weekends only, no holidays) on the same inputs as the baseline.
import { addBusinessDays } from "date-fns/addBusinessDays";
import { addKoreanBusinessDays, isKoreanBusinessDay, koreanBusinessDaysBetween } from "../dist/timeline.js";
import { goal, measure, row, section } from "./_lib.mjs";

const N = 1_000_000;
const SIZE = 4096;

// Deterministic inputs (xorshift), no Math.random.
let s = 42;
function next() {
  s ^= s << 13;
  s ^= s >>> 17;
  s ^= s << 5;
  return (s >>> 0) / 4294967296;
}
const FROM = Date.UTC(2020, 0, 1);
const TO = Date.UTC(2026, 5, 30);
const dates = [];
const amounts = [];
for (let i = 0; i < SIZE; i++) {
  dates.push(new Date(FROM + Math.floor(next() * ((TO - FROM) / 86_400_000)) * 86_400_000 + 3 * 3_600_000));
  amounts.push(Math.floor(next() * 251));
}

export async function run() {
  section("timeline: 1M business-day additions, n in 0..250 (Seoul calendar, holidays 2018-2027)");
  const base = measure("date-fns addBusinessDays (weekends only)", N, (i) =>
    addBusinessDays(dates[i & (SIZE - 1)], amounts[i & (SIZE - 1)]),
  );
  const kr = measure("addKoreanBusinessDays(Date, n) (holidays included)", N, (i) =>
    addKoreanBusinessDays(dates[i & (SIZE - 1)], amounts[i & (SIZE - 1)]),
  );
  const is = measure("isKoreanBusinessDay(Date)", N, (i) => isKoreanBusinessDay(dates[i & (SIZE - 1)]));
  const between = measure("koreanBusinessDaysBetween(Date, Date)", N, (i) =>
    koreanBusinessDaysBetween(dates[i & (SIZE - 1)], dates[(i + 1) & (SIZE - 1)]),
  );
  console.log(row(base));
  console.log(row(kr, base));
  console.log(row(is, base));
  console.log(row(between, base));
  goal("addKoreanBusinessDays at least as fast as date-fns addBusinessDays", kr.opsPerSec >= base.opsPerSec);
}
