import { generate } from "./eligibility.bench.mjs";
import { checkEligibility } from "../dist/index.js";
const apps = generate(100_000);
for (let r = 0; r < 30; r++) for (let i = 0; i < apps.length; i++) checkEligibility(apps[i]);
