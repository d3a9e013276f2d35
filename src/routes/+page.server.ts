import { getDataset } from '$lib/server/data';
import {
	headlines,
	hemicycle2023,
	seatsByMethod2023,
	turnoutHistory,
	voteShare2023
} from '$lib/pages/overview';
import type { PageServerLoad } from './$types';
import { langOf } from '$lib/i18n/lang';

export const load: PageServerLoad = ({ url }) => {
	const lang = langOf(url.pathname);
	const data = getDataset();
	const { meta, data: hemicycle, rows } = hemicycle2023(data, lang);
	return {
		headlines: headlines(data, lang),
		hemicycle: { meta, data: hemicycle },
		seats: rows,
		voteShare: voteShare2023(data, lang),
		seatsByMethod: seatsByMethod2023(data, lang),
		turnout: turnoutHistory(data, lang)
	};
};
