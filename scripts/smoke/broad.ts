import * as root from "k-city-network";
import {
  type Edition,
  type EligibilityResult,
  type Fact,
  type Issue,
  isKcnError,
  KcnError,
  type KcnErrorCode,
  type Krw,
  krw,
  type Label,
  type Money,
  type NonEmptyArray,
  type Result,
} from "k-city-network";
import {
  type ApplicationInput,
  ApplicationInputSchema,
  checkEligibility,
  checkEligibilityMany,
  type EligibilityIssue,
  eligibleSubPrograms,
  safeParseApplication,
} from "k-city-network/eligibility";
import {
  describeReceived,
  isKcnError as isKcnError2,
  KCN_ERROR_CODES,
  type KcnErrorDetails,
} from "k-city-network/errors";
import {
  add,
  allocate,
  type CurrencyCode,
  clampToRange,
  compare,
  convert,
  equals,
  type FundingRange,
  formatKrw,
  formatRange,
  fromKrwJson,
  fromMoneyJson,
  fundingRange,
  isWithinRange,
  type KrwParseIssue,
  MoneyJsonSchema,
  max,
  min,
  money,
  moneyJsonSchema,
  multiply,
  negate,
  parseKrw,
  safeParseFundingRange,
  safeParseKrw,
  subtract,
  sum,
  toMoneyJson,
} from "k-city-network/money";
import {
  countryName,
  EDITIONS,
  type EditionStats,
  editionStats,
  findProjects,
  fundingEnvelope,
  getEdition,
  hasEdition,
  isCountryCode,
  listEditions,
  ratio,
  type SelectedProject,
} from "k-city-network/programs";
import {
  availableEvents,
  type LifecycleEvent,
  machineFor,
  replay,
  type Snapshot,
  safeParseSnapshot,
  selectProjects,
  start,
  type TransitionResult,
  toMermaid,
  transition,
} from "k-city-network/selection";
import {
  addKoreanBusinessDays,
  type CalendarEntry,
  callStatusAt,
  editionCalendar,
  milestonesAt,
  type PartialDate,
  PartialDateSchema,
  planSchedule,
  safeParsePartialDate,
  scheduleProgress,
  toICalendar,
  upcomingDeadlines,
} from "k-city-network/timeline";

// ---- money
const a: Krw = krw(400_000_000);
const b: Krw = root.krw("200,000,000");
const total: Krw = add(a, b);
const diff: Krw = subtract(a, b);
const cmp: -1 | 0 | 1 = compare(a, b);
const same: boolean = equals(a, b);
const lo: Krw = min(a, b, krw(1));
const hi: Krw = max(a, b);
const s0: Krw = sum([a, b]);
const usd: Money<"USD"> = money("USD", "1.50");
const usdSum: Money<"USD"> = sum([usd, money("USD", 2)], money("USD", 0));
const neg: Krw = negate(a);
// @ts-expect-error adding won to dollars is a compile error (SameCurrency)
add(a, usd);
// @ts-expect-error so is the least of won and dollars
min(a, usd);
// @ts-expect-error or the greatest
max(usd, a);
// @ts-expect-error and a sum of dollars counted from zero won
sum([usd], krw(0));
const tripled: Krw = multiply(a, "1.05", { rounding: "half-even" });
const conv = convert(
  usd,
  { currency: "KRW", rate: "1350.5", valueDate: "2024-01-02" },
  { rounding: "half-up" },
);
const convMoney: Money<"KRW"> = conv.money;
const parts: readonly Krw[] = allocate(a, [30, 40, 30]);
const range: FundingRange = fundingRange(400_000_000, 600_000_000);
const clamped: Krw = clampToRange(range, krw(700_000_000));
const inside: boolean = isWithinRange(range, a);
const text: string = formatKrw(total, { locale: "ko", style: "korean-units", rounding: undefined });
const rtext: string = formatRange(range);
const json = toMoneyJson(usd);
const amountText: string = json.amount;
const back: Money<"USD"> = fromMoneyJson({ amount: "1.50", currency: "USD" });
const backAny: Money<CurrencyCode> = fromMoneyJson(JSON.parse("{}") as unknown);
const backKrw: Krw = fromKrwJson(JSON.parse("{}"));
const schemaOut = MoneyJsonSchema.safeParse({ amount: "1", currency: "KRW" });
if (schemaOut.success) {
  const cur: string = schemaOut.data.currency;
  void cur;
}
const js = moneyJsonSchema();
void js;
const parsedKrw: Krw = parseKrw("4억 5,000만 원");

// ---- result unions: narrowing
const r1: Result<Krw, KrwParseIssue> = safeParseKrw("4억 5,000만 원");
if (r1.ok) {
  const v: Krw = r1.value;
  void v;
} else {
  const first: KrwParseIssue = r1.issues[0];
  const code: KrwParseIssue["code"] = first.code;
  const msg: string = first.message.ko;
  const path: readonly (string | number)[] = first.path;
  for (const i of r1.issues) void i.expected;
  void code;
  void msg;
  void path;
  // @ts-expect-error no value on a failure
  void r1.value;
}
const r2 = safeParseFundingRange("4억~6억 원");
const r2min: Krw | undefined = r2.ok ? r2.value.min : undefined;
const r3 = safeParseApplication({});
if (!r3.ok) {
  const codes: string[] = r3.issues.map((i) => i.code);
  void codes;
} else {
  const year: number = r3.value.year;
  void year;
}
const r4 = safeParsePartialDate("2021-06");
if (r4.ok) {
  const pd: PartialDate = r4.value;
  if (pd.kind === "month") void pd.month;
}
const r5 = safeParseSnapshot({});
const snapFromJson: Snapshot | undefined = r5.ok ? r5.value : undefined;

function unwrap<T, I extends Issue>(r: Result<T, I>): T {
  if (r.ok) return r.value;
  const [head, ...rest]: NonEmptyArray<I> = r.issues;
  throw new Error(`${head.code} +${rest.length}`);
}
const unwrapped: Krw = unwrap(r1);

// ---- errors
try {
  krw("1.5");
} catch (e: unknown) {
  if (isKcnError(e)) {
    const code: KcnErrorCode = e.code;
    const details: KcnErrorDetails = e.details;
    const title: Label = e.title;
    const name: "KcnError" = e.name;
    const message: string = e.message;
    const stack: string | undefined = e.stack;
    void [code, details, title, name, message, stack];
    if (e.code === "INVALID_AMOUNT") void e.details.received;
  }
  if (isKcnError2(e)) void e.code;
  if (e instanceof KcnError) {
    const err: Error = e;
    void err;
  }
}
const made = new KcnError("INVALID_INPUT", "Expected X, received Y", { received: 1, option: "x" });
const madeCode: "INVALID_INPUT" | KcnErrorCode = made.code;
const en: string = KCN_ERROR_CODES.INVALID_AMOUNT.en;
const received: string = describeReceived(Number.NaN);
// @ts-expect-error not a known code
new KcnError("NOPE", "x");

// ---- programs (readonly data)
const ed: Edition = getEdition(2021);
const editions: readonly Edition[] = listEditions();
const firstEdition: Edition | undefined = EDITIONS[0];
const budget: Fact<Krw> = ed.budget;
const budgetAmount: bigint | undefined = budget.known ? budget.value.amount : undefined;
const budgetNote: string | undefined = budget.known ? budget.note : budget.note;
const apps = ed.counts.applications;
const appsN: number = apps.known ? apps.value : -1;
const projects: readonly SelectedProject[] = findProjects({
  year: [2021, 2022],
  track: "urban-planning",
  text: undefined,
});
const firstProject = ed.projects[0];
const firstTitle: string | undefined = firstProject?.title.known ? firstProject.title.value.en : undefined;
const stats: EditionStats = editionStats(2021);
const rate = stats.selectionRate.known ? stats.selectionRate.value.percent : "n/a";
const env = fundingEnvelope(2021);
const c: string = countryName("KE", "ko");
const rr = ratio(11, 111);
const yearMaybe: unknown = 2021;
if (hasEdition(yearMaybe)) {
  const y: 2020 | 2021 | 2022 | 2023 | 2024 | 2025 | 2026 = yearMaybe;
  void y;
}
if (isCountryCode("KE")) void 0;
// @ts-expect-error readonly data
ed.year = 2030;
// @ts-expect-error readonly array
ed.projects.push(ed.projects[0]!);
// @ts-expect-error readonly nested
ed.name.en = "x";
// @ts-expect-error readonly list
EDITIONS.pop();

// ---- eligibility
const app: ApplicationInput = {
  year: 2021,
  subProgramId: "smart-city-planning",
  title: "Nairobi",
  site: { country: "KE", city: "Nairobi" },
  consortium: [
    { name: "City", type: "foreign-local-government", country: "KE", role: "lead", receivesFunds: undefined },
  ],
  requestedFunding: "4억 원",
  submittedAt: undefined,
};
const inputCheck = ApplicationInputSchema.safeParse(app);
void inputCheck;
const er: EligibilityResult = checkEligibility(app, { asOf: "2021-04-01T00:00:00Z", editions: undefined });
if (er.eligible) {
  const valid: true = er.valid;
  const n: number = er.consideredFor;
  void [valid, n];
} else {
  const issues: readonly EligibilityIssue[] = er.issues;
  const sev = issues[0]?.code;
  const n: number | undefined = er.consideredFor;
  void [sev, n];
}
const many = checkEligibilityMany([app, {}]);
const subs = eligibleSubPrograms(app.consortium, 2021);
void [many, subs];

// ---- selection
const m = machineFor(2021, "solution-demonstration");
const s: Snapshot = start(m, { applicationId: "c-1", at: "2021-03-01" });
const ev: LifecycleEvent = {
  type: "submit",
  at: "2021-03-02",
  actor: { id: "a", role: "applicant" },
  note: undefined,
  payload: { n: 1, list: [1, "x", null], o: { k: true } },
};
const tr: TransitionResult = transition(s, ev);
if (tr.ok) {
  const next: Snapshot = tr.snapshot;
  const from: string = tr.entry.from;
  void [next, from];
} else {
  const first = tr.issues[0];
  const code:
    | "ILLEGAL_TRANSITION"
    | "GUARD_FAILED"
    | "ROLE_NOT_ALLOWED"
    | "LOG_TAMPERED"
    | "MACHINE_MISMATCH" = first.code;
  void code;
}
const events: readonly string[] = availableEvents(s, "applicant");
const rep = replay(m, s);
const mermaid: string = toMermaid(m);
const outcome = selectProjects(
  [
    {
      id: "p1",
      subProgramId: "x",
      country: "KE",
      score: 90,
      requested: a,
      submittedAt: "2021-04-01",
      extra: 1,
    },
    {
      id: "p2",
      subProgramId: "x",
      country: "VN",
      score: 80,
      requested: { amount: "1", currency: "KRW" },
      submittedAt: "2021-04-02",
      extra: 2,
    },
  ],
  { quotas: { x: 1 }, budget: krw(1_000_000_000), countryCap: 1, cutoff: undefined },
);
void [events, rep, mermaid, outcome];

// ---- timeline
const cal: readonly CalendarEntry[] = editionCalendar(2021);
const st = callStatusAt(2021, "smart-city-planning", new Date());
const stCode: "unknown" | "forthcoming" | "open" | "closed" | "results-announced" = st.status;
const next: Date = addKoreanBusinessDays(new Date(), 3);
const nextS: string = addKoreanBusinessDays("2021-04-19", 3);
const sched = planSchedule(
  { id: "p", track: "urban-planning" },
  { start: "2021-08-02", budget: a, durationMonths: undefined },
);
const at = milestonesAt(sched, "2021-10-01T00:00:00Z", { kickoff: "2021-08-02" });
const prog = scheduleProgress(sched, "2021-10-01T00:00:00Z");
const ics: string = toICalendar([...cal, ...sched.milestones], { lang: "ko" });
const ups = upcomingDeadlines("2026-03-01T00:00:00Z", { limit: 3 });
const pdParsed = PartialDateSchema.safeParse("2021-06");
void [stCode, next, nextS, at, prog, ics, ups, pdParsed];

export {
  amountText,
  appsN,
  back,
  backAny,
  backKrw,
  budgetAmount,
  budgetNote,
  c,
  clamped,
  cmp,
  conv,
  convMoney,
  diff,
  editions,
  en,
  env,
  firstEdition,
  firstTitle,
  hi,
  inside,
  lo,
  madeCode,
  neg,
  parsedKrw,
  parts,
  projects,
  r2min,
  rate,
  received,
  rr,
  rtext,
  s0,
  same,
  snapFromJson,
  text,
  total,
  tripled,
  unwrapped,
  usdSum,
};
