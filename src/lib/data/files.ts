/**
 * The files of data/, named once. The loader, the catalogue and source-line look-ups, the
 * download route and the tests import the names from here, so renaming a file is one edit.
 */
export const FILES = {
	elections: 'majilis-elections.json',
	parties: 'parties.json',
	districts: 'majilis-2023-districts.csv',
	turnout: 'majilis-turnout-by-region.csv',
	membership: 'majilis-2023-smd-membership.json',
	regionChanges: 'region-changes.json',
	nationalVotes: 'national-votes.csv',
	chambers: 'chambers.json',
	voteTurnout: 'turnout-by-region-other-votes.csv',
	catalog: 'catalog.json',
	topology: 'geo/kz-regions-2023.topo.json'
} as const;

export type DataFile = (typeof FILES)[keyof typeof FILES];

/** The file as a reader finds it from the repository root, and as error messages name it. */
export function dataPath(file: string): string {
	return `data/${file}`;
}
