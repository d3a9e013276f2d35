/**
 * What a chart is, in one shape: its id and states, the pure `build` that turns the dataset into
 * what the component draws, the component that draws it, and one list of columns from which both
 * the HTML data table and the CSV are written. The registry (registry.ts) is a list of these;
 * pages, /charts/<id>.<format>, `npm run export` and the snapshot tests iterate it.
 */
import type { Component } from 'svelte';
import type { Dataset, Lang } from '$lib/data/types';
import type { ChartMeta } from './ChartSvg.svelte';
import type { MessageKey } from '$lib/i18n/text';

/** How a column's values are written: numbers stay numbers in the CSV and are formatted on the page. */
export type ColumnKind = 'text' | 'int' | 'pct' | 'yes-no';

export interface Column<Row> {
	/**
	 * The CSV header: a stable machine name, the same in every language. A placeholder takes its
	 * value from the built chart's `labelVars` ("seats_{a}" → "seats_2021").
	 */
	key: string;
	/**
	 * The header of the page's table: a key of the site catalogue, or a function for a chart with
	 * words of its own; without it the column is in the CSV only.
	 */
	label?: MessageKey | ((lang: Lang) => string);
	/** Default 'text'. */
	kind?: ColumnKind;
	/** Decimals of a 'pct' column on the page (default 2); the CSV keeps the value as it is. */
	digits?: number;
	/** The value, or null where the data has none (written as missing, never as 0). */
	value: (row: Row) => string | number | boolean | null;
	/** The page's cell where it says more than the formatted value (e.g. a mark for a footnote). */
	display?: (row: Row, lang: Lang) => string | null;
	/** A link for the cell on the page (an address in `lang`), or null for none. */
	href?: (row: Row, lang: Lang) => string | null;
}

/** What `build` returns: everything the figure shows, in one language. */
export interface Built<Data, Row> {
	meta: ChartMeta;
	/** The component's `data` prop. */
	data: Data;
	/** The rows of the data table and the CSV; `footer` is their totals line, if any. */
	rows: Row[];
	footer?: Row;
	/** The caption of the data table. */
	caption: string;
	/** Values for placeholders in column headers (e.g. the threshold in "Over {threshold}"). */
	labelVars?: Record<string, string | number>;
}

/** The props every chart component takes. */
export interface ChartProps<Data> {
	meta: ChartMeta;
	data: Data;
	standalone?: boolean;
}

export interface ChartSpec<Data = unknown, Row = unknown, State extends string = string> {
	/** The id of the chart in its default state: `data-chart` on the page, the name of its files. */
	id: string;
	/**
	 * The states that are prerendered as pages and files, default first. A chart with one state
	 * leaves this out. Read from the data, so that a new election adds its states by itself.
	 */
	states?: (data: Dataset) => State[];
	/** The file id of a state other than the default (default: `<id>-<state>`). */
	fileId?: (state: State) => string;
	component: Component<ChartProps<Data>>;
	build: (data: Dataset, lang: Lang, state: State) => Built<Data, Row>;
	columns: Column<Row>[];
}

/** Types a spec where it is written, so that its build, component and columns agree. */
export function defineChart<Data, Row, State extends string = string>(
	spec: ChartSpec<Data, Row, State>
): ChartSpec<Data, Row, State> {
	return spec;
}

/** A spec of any chart, as the registry holds them (each is typed where it is defined). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyChartSpec = ChartSpec<any, any, any>;
