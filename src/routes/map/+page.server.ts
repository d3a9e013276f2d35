import { getDataset } from '$lib/server/data';
import { mapPage } from '$lib/pages/map';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => mapPage(getDataset());
