import { generate } from "./eligibility.bench.mjs";
import { checkEligibility, safeParseApplication } from "../dist/eligibility.js";
const apps = generate(100000);
const which = process.argv[2];
let n=0;
for (let r=0;r<6;r++){ const t=performance.now(); for (const a of apps){ n += which==="parse"? (safeParseApplication(a).ok?1:0) : (checkEligibility(a).eligible?1:0);} console.log(which, (performance.now()-t).toFixed(0),"ms"); }
