/**
 * KNAB's donation JSON API (since July 2026): an array of `{public_id, party_public_id,
 * party, typeId, type, amountDisplay, currency, firstName, lastName, person, personCode,
 * date}`, bare or wrapped as `{data: […]}` / `{results: […]}`. JSON has no useful lines, so
 * a row's `line` is its 1-based position in the array, and every rejection says so.
 */
import { ValueError } from '../../model/errors';
import type { Adapter, AdapterResult, RejectedRow } from '../sources/source-records';
import {
	KINDS_BY_ID,
	KNAB_PUBLISHER,
	KNAB_TITLE,
	KNAB_URL,
	donationKindOf,
	readDonationRows,
	type DonationRow
} from './knab-donations';
import { recordRef } from '../sources/record-ref';

type JsonObject = Record<string, unknown>;

const LINE_NOTE = '(line = 1-based position in the JSON array)';

function isObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The donation array, bare or under `data`/`results`; undefined for any other shape. */
function donationArray(json: unknown): unknown[] | undefined {
	if (Array.isArray(json)) return json;
	if (!isObject(json)) return undefined;
	const wrapped = json.data ?? json.results;
	return Array.isArray(wrapped) ? wrapped : undefined;
}

/** A scalar field as text; the API is not consistent about numbers vs strings. */
function text(record: JsonObject, key: string): string {
	const value = record[key];
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return '';
}

function donorNameOf(record: JsonObject): string {
	return (
		text(record, 'person') ||
		[text(record, 'firstName'), text(record, 'lastName')].filter(Boolean).join(' ')
	);
}

type Extracted = { row: DonationRow; warning?: string } | { reason: string };

function extract(record: unknown, line: number, dataset: string): Extracted {
	if (!isObject(record)) return { reason: 'not a JSON object' };
	const missing = ['public_id', 'party', 'amountDisplay', 'currency', 'date'].filter(
		(key) => text(record, key) === ''
	);
	const typeId = text(record, 'typeId');
	const typeText = text(record, 'type');
	if (typeId === '' && typeText === '') missing.push('typeId/type');
	if (donorNameOf(record) === '') missing.push('person/firstName/lastName');
	if (missing.length > 0) return { reason: `missing ${missing.join(', ')}` };
	const kind = typeId === '' ? donationKindOf(typeText) : KINDS_BY_ID.get(Number(typeId));
	if (!kind) {
		return { reason: `unknown donation type ${JSON.stringify(typeId || typeText)}` };
	}
	const id = text(record, 'public_id');
	const textKind = typeText === '' ? undefined : donationKindOf(typeText);
	// KNAB reclassifies types over time; the id is the API's own key, so it wins.
	const warning =
		textKind && textKind !== kind
			? `record ${line} (${id}): typeId ${typeId} is ${kind} but type says ${JSON.stringify(typeText)}; typeId used`
			: undefined;
	return {
		row: {
			line,
			where: `record ${line} (${id})`,
			raw: {
				party: text(record, 'party'),
				typeText,
				kind,
				amount: text(record, 'amountDisplay'),
				currency: text(record, 'currency').toUpperCase(),
				// Upper case as the API publishes it; folding is the resolver's business.
				donorName: donorNameOf(record),
				code: text(record, 'personCode'),
				date: text(record, 'date'),
				flags: []
			},
			source: { dataset, record: id }
		},
		warning
	};
}

export const knabDonationsJson: Adapter = {
	format: 'knab-donations-json',
	description: 'KNAB party donations from the JSON API (public_id, typeId, amountDisplay, …)',
	provenance: {
		publisher: KNAB_PUBLISHER,
		title: KNAB_TITLE,
		url: KNAB_URL,
		licence: 'Public information published by KNAB; no licence stated'
	},

	detect(file) {
		const start = file.text.slice(0, 4096);
		return (
			/^\s*[[{]/.test(start) &&
			start.includes('"public_id"') &&
			/"(typeId|amountDisplay)"/.test(start)
		);
	},

	read(file, options): AdapterResult {
		let json: unknown;
		try {
			json = JSON.parse(file.text);
		} catch (error) {
			throw new ValueError(
				`${file.name}: not valid JSON (${String(error)}); is it the KNAB API output?`
			);
		}
		const items = donationArray(json);
		if (!items) {
			throw new ValueError(
				`${file.name}: expected an array of donations, or {data: […]} / {results: […]}`
			);
		}
		const rows: DonationRow[] = [];
		const early: RejectedRow[] = [];
		const warnings: string[] = [];
		const firstWithId = new Map<string, number>();
		items.forEach((item, index) => {
			const extracted = extract(item, index + 1, options.dataset);
			if ('reason' in extracted) early.push({ line: index + 1, reason: extracted.reason });
			else {
				// A repeated public_id would give two facts one id: the repeat is cited by position.
				const { source } = extracted.row;
				const first = firstWithId.get(source.record);
				if (first === undefined) firstWithId.set(source.record, index + 1);
				else {
					warnings.push(
						`record ${index + 1}: public_id ${source.record} repeats record ${first}; kept, cited as ${file.name}:${index + 1}`
					);
					extracted.row.source = { ...source, record: recordRef(file.name, index + 1) };
				}
				rows.push(extracted.row);
				if (extracted.warning) warnings.push(extracted.warning);
			}
		});
		const result = readDonationRows(rows, options.dateOrder);
		return {
			records: result.records,
			rejected: [...early, ...result.rejected]
				.sort((a, b) => a.line - b.line)
				.map(({ line, reason }) => ({ line, reason: `${reason} ${LINE_NOTE}` })),
			warnings: [...result.warnings, ...warnings],
			rowsRead: items.length
		};
	}
};
