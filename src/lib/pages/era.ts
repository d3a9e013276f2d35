/**
 * The sentence that puts a Majilis page in its time: the 2023 Majilis was the last. Its facts come
 * from data/chambers.json (when the powers ended, the Kurultai's seats, the sources) and
 * data/national-votes.csv (the referendum's date); the words are `era_last_majilis`.
 */
import type { Dataset, Lang } from '$lib/data/types';
import { formatDate } from '$lib/format';
import { sourceLine } from '$lib/charts/source-line';

export interface Era {
	ended: string;
	referendum: string;
	seats: number;
	source: string;
}

export function lastMajilis(data: Dataset, lang: Lang): Era {
	const { majilis, kurultai } = data.chambers;
	const referendum = data.nationalVotes.find((v) => v.id === majilis.endedBy);
	if (!referendum) throw new Error(`No vote "${majilis.endedBy}" in the national votes`);
	return {
		ended: formatDate(majilis.powersEnded, lang),
		referendum: formatDate(referendum.date, lang),
		seats: kurultai.seatsTotal,
		source: sourceLine([...majilis.sources, ...kurultai.sources])
	};
}
