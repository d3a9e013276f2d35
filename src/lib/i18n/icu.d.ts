/** Types of compiled ICU catalogues (see vite-plugin.ts). */
type IcuMessage = (args?: Record<string, unknown>) => string;

declare module '*messages.json?icu' {
	const catalogue: Record<string, Record<string, IcuMessage>>;
	export default catalogue;
}
declare module '*messages.json?icu&server' {
	const catalogue: Record<string, Record<string, IcuMessage>>;
	export default catalogue;
}
declare module '*messages.json?icu&lang=en' {
	const messages: Record<string, IcuMessage>;
	export default messages;
}
declare module '*messages.json?icu&lang=kk' {
	const messages: Record<string, IcuMessage>;
	export default messages;
}
declare module '*messages.json?icu&lang=ru' {
	const messages: Record<string, IcuMessage>;
	export default messages;
}
