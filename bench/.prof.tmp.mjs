import { checkEligibility } from "../dist/index.js";
import { generate } from "./eligibility.bench.mjs";

const apps = generate(100_000);
for (let r = 0; r < 30; r++) for (let i = 0; i < apps.length; i++) checkEligibility(apps[i]);
