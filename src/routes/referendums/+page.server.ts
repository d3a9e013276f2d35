import { getDataset } from '$lib/server/data';
import { langOf } from '$lib/i18n/lang';
import { voteIndex, voteIndexHead } from '$lib/pages/vote';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const lang = langOf(url.pathname);
	return {
		head: voteIndexHead('referendum', lang),
		items: voteIndex(getDataset(), 'referendum', lang)
	};
};
