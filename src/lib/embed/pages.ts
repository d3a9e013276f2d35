/**
 * The site page that shows a chart file (its embed page's canonical link and "Sailau" link, and
 * the oEmbed provider's page): the page of that state where there is one, else the nearest.
 * Paths without language prefix.
 */
import { SIMULATED_CHART_ID } from '$lib/simulate/chart';

const VOTE_PAGE: Record<string, string> = { president: '/president/', referendum: '/referendums/' };

export function pageOf(specId: string, state: string, defaultState: string): string {
	switch (specId) {
		case 'hemicycle-2023':
		case 'vote-share-2023':
		case 'seats-by-method-2023':
		case 'turnout-history':
			return '/';
		case SIMULATED_CHART_ID:
			return '/simulate/';
		case 'map-turnout-2023':
			// The default layer is /map/ itself; the others have pages of their own.
			return state === defaultState ? '/map/' : `/map/${state}/`;
		case 'hemicycle-a':
		case 'ruling-party-history':
			return '/compare/';
		case 'seat-change':
			// 'page:<pair>' is the default pair's chart on /compare/; '<a>-<b>' has /compare/<a>-<b>/.
			return state.startsWith('page:') ? '/compare/' : `/compare/${state}/`;
		case 'president':
		case 'referendum': {
			const index = VOTE_PAGE[specId]!;
			return state === 'latest' ? index : `${index}${state}/`;
		}
		case 'turnout-map': {
			const m = /^(president|referendum)-(\d{4}(?:-\d{2})?)-/.exec(state);
			return m ? `${VOTE_PAGE[m[1]!]!}${m[2]}/` : '/votes/';
		}
		default:
			return '/votes/';
	}
}
