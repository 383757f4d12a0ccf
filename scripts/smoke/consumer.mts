import {
  type Edition,
  type EligibilityResult,
  fundingRange,
  getEdition,
  isWithinRange,
  type Krw,
  krw,
} from "k-city-network";
import { checkEligibility, type Issue, type Result } from "k-city-network/eligibility";
import type { FundingRange, Label } from "k-city-network/money";
import type { Fact, Lang } from "k-city-network/programs";
import type { NonEmptyArray } from "k-city-network/selection";
import { callStatusAt } from "k-city-network/timeline";

const a: Krw = krw(400_000_000);
const r: FundingRange = fundingRange(400_000_000, 600_000_000);
const inside: boolean = isWithinRange(r, a);
const e: Edition = getEdition(2021);
const res: EligibilityResult = checkEligibility({ year: 2021 });
const status: string = callStatusAt(2021, "smart-city-planning", "2021-04-19T15:00:00Z").status;
// each subpath names the shared types of what it returns
const year: Fact<number> = e.counts.applications;
const said: Label = e.name;
const lang: Lang = "ko";
const parsed: Result<Krw, Issue> = { ok: true, value: a };
const some: NonEmptyArray<number> = [1];
// @ts-expect-error a number is not a Krw
const wrong: Krw = 5;

export { e, inside, lang, parsed, res, said, some, status, wrong, year };
