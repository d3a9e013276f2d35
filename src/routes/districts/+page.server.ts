import { getDataset } from '$lib/server/data';
import { districtsPage } from '$lib/pages/districts';
import type { PageServerLoad } from './$types';
import { langOf } from '$lib/i18n/lang';
import { pageHead } from '$lib/embed/head.server';
import { t } from '$lib/i18n/text';

export const load: PageServerLoad = ({ url }) => {
	const lang = langOf(url.pathname);
	const page = districtsPage(getDataset(), lang);
	return {
		head: pageHead(
			lang,
			t(lang, 'dist_title', { total: page.total }),
			t(lang, 'dist_description'),
			null
		),
		...page
	};
};
