/**
 * The three lasting tracks of work behind the changing sub-program names.
 *
 * @module
 */

import { freeze } from "../core/freeze.js";
import { need } from "../core/need.js";
import { KcnError } from "../errors.js";
import { deepFreeze, label } from "./data/build.js";
import type { Track, TrackId } from "./types.js";

/**
 * The tracks, in the order the program introduced them.
 *
 * @example
 * ```ts
 * TRACKS.map((t) => t.id); //=> ["urban-planning", "solution-planning", "solution-demonstration"]
 * ```
 * @category Programs
 */
export const TRACKS: readonly Track[] = deepFreeze([
  {
    id: "urban-planning",
    name: label("Smart city (urban) planning", "스마트도시 계획수립"),
    description: label(
      "Master plan or feasibility study for a smart city development (new town, station area, industrial complex, housing) proposed by a foreign government.",
      "해외 정부가 제안한 스마트도시 개발(신도시, 역세권, 산업단지, 주거단지)의 마스터플랜 또는 타당성 조사.",
    ),
    planning: true,
  },
  {
    id: "solution-planning",
    name: label("Smart solution planning", "스마트솔루션 계획수립"),
    description: label(
      "Plan for building and operating one smart solution (transport, environment, energy, safety...) for a specific urban problem.",
      "특정 도시 문제를 해결할 스마트솔루션(교통, 환경, 에너지, 안전 등)의 구축·운영 계획.",
    ),
    planning: true,
  },
  {
    id: "solution-demonstration",
    name: label("Overseas solution demonstration", "스마트솔루션 해외실증"),
    description: label(
      "A Korean company pilots its commercialised smart solution in an overseas city with a partner there (from 2021).",
      "국내 기업이 상용화한 스마트솔루션을 해외 도시에서 현지 파트너와 실증 (2021년부터).",
    ),
    planning: false,
  },
] satisfies Track[]);

/**
 * Every track id.
 *
 * @example
 * ```ts
 * TRACK_IDS.length; //=> 3
 * ```
 * @category Programs
 */
export const TRACK_IDS: readonly TrackId[] = freeze(TRACKS.map((t) => t.id));

/**
 * Checks that a value is a track id.
 *
 * @param value - anything
 * @returns `true` for `"urban-planning"`, `"solution-planning"` and `"solution-demonstration"`
 * @example
 * ```ts
 * isTrackId("solution-planning"); //=> true
 * isTrackId("planning"); //=> false
 * ```
 * @category Programs
 */
export function isTrackId(value: unknown): value is TrackId {
  return (TRACK_IDS as readonly unknown[]).includes(value);
}

/**
 * Looks up a track.
 *
 * @param id - a track id
 * @returns the track
 * @throws {@link KcnError} `UNKNOWN_TRACK` when `id` is not a track id (the message lists them)
 * @example
 * ```ts
 * getTrack("urban-planning").planning; //=> true
 * ```
 * @category Programs
 */
export function getTrack(id: TrackId): Track {
  const t = TRACKS.find((x) => x.id === id);
  need(t, "UNKNOWN_TRACK", `one of ${TRACK_IDS.join(", ")}`, id, { known: [...TRACK_IDS] });
  return t;
}
