import { getDataset } from '$lib/server/data';
import {
	headlines,
	hemicycle2023,
	seatsByMethod2023,
	turnoutHistory,
	voteShare2023
} from '$lib/pages/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const data = getDataset();
	const { meta, data: hemicycle, rows } = hemicycle2023(data);
	return {
		headlines: headlines(data),
		hemicycle: { meta, data: hemicycle },
		seats: rows,
		voteShare: voteShare2023(data),
		seatsByMethod: seatsByMethod2023(data),
		turnout: turnoutHistory(data)
	};
};
