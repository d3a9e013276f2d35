import { getDataset } from '$lib/server/data';
import { districtsPage } from '$lib/pages/districts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => districtsPage(getDataset());
