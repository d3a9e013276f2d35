import { getDataset } from '$lib/server/data';
import { pageHead } from '$lib/embed/head.server';
import { langOf } from '$lib/i18n/lang';
import { t } from '$lib/i18n/text';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const { catalog, elections } = getDataset();
	const lang = langOf(url.pathname);
	return {
		head: pageHead(lang, t(lang, 'data_title'), t(lang, 'data_description'), null),
		catalog,
		coverage: elections.map((e) => ({
			id: e.id,
			date: e.date,
			convocation: e.convocation,
			seats: e.seatsTotal
		}))
	};
};
