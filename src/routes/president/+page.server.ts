import { getDataset } from '$lib/server/data';
import { langOf } from '$lib/i18n/lang';
import { voteIndex } from '$lib/pages/vote';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({
	items: voteIndex(getDataset(), 'presidential', langOf(url.pathname))
});
