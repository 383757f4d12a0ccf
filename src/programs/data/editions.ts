/**
 * Every edition, in year order.
 *
 * @module
 */

import { freeze } from "../../core/freeze.js";
import type { Edition } from "../types.js";
import { EDITION_2020 } from "./edition2020.js";
import { EDITION_2021 } from "./edition2021.js";
import { EDITION_2022 } from "./edition2022.js";
import { EDITION_2023 } from "./edition2023.js";
import { EDITION_2024 } from "./edition2024.js";
import { EDITION_2025 } from "./edition2025.js";
import { EDITION_2026 } from "./edition2026.js";

/**
 * Every edition of the program, 2020 to 2026, in year order (frozen data).
 *
 * @example
 * ```ts
 * EDITIONS.map((e) => e.year); //=> [2020, 2021, 2022, 2023, 2024, 2025, 2026]
 * ```
 * @category Programs
 */
export const EDITIONS: readonly Edition[] = freeze([
  EDITION_2020,
  EDITION_2021,
  EDITION_2022,
  EDITION_2023,
  EDITION_2024,
  EDITION_2025,
  EDITION_2026,
]);
