declare module 'virtual:sailau/party-style' {
	/** Every party of data/parties.json in seating order: its id, colour and short names (vite.config.ts). */
	const styles: readonly {
		id: string;
		colour: string;
		short: { en: string; kk: string; ru: string };
	}[];
	export default styles;
}
