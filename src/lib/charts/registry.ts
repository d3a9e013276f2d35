/**
 * Every chart Sailau draws, as specs (spec.ts). Pages, /charts/<id>.<format>, `npm run export`,
 * the snapshot tests and the Playwright loops iterate this list: a chart added here is on all
 * of them. Nothing else belongs in this file.
 */
import type { AnyChartSpec } from './spec';
import { hemicycle2023 } from './hemicycle/spec';
import { voteShare2023 } from './vote-share/spec';
import { seatsByMethod2023 } from './seats-by-method/spec';
import { turnoutHistory } from './turnout-history/spec';
import { simulatedHemicycle } from './simulated/spec';
import { regionMap } from './map/spec';
import { nationalTurnout } from './national-turnout/spec';
import { chamber } from './chamber/spec';
import { seatChange } from './seat-change/spec';
import { rulingPartyHistory } from './history/spec';
import { president } from './president/spec';
import { referendum } from './referendum/spec';
import { voteMap } from './vote-map/spec';

export const SPECS: readonly AnyChartSpec[] = [
	hemicycle2023,
	voteShare2023,
	seatsByMethod2023,
	turnoutHistory,
	simulatedHemicycle,
	regionMap,
	chamber,
	seatChange,
	rulingPartyHistory,
	nationalTurnout,
	president,
	referendum,
	voteMap
];
