import { fundingRange, isWithinRange, type Krw, krw } from "k-city-network";
import type { FundingRange } from "k-city-network/money";

const a: Krw = krw(400_000_000);
const r: FundingRange = fundingRange(400_000_000, 600_000_000);
const inside: boolean = isWithinRange(r, a);
// @ts-expect-error a number is not a Krw
const wrong: Krw = 5;

export { inside, wrong };
