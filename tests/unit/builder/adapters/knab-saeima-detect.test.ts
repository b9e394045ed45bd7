import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knabDonationsCsv } from '../../../../src/builder/adapters/knab-donations-csv';
import { knabDonationsHtml } from '../../../../src/builder/adapters/knab-donations-html';
import { knabDonationsJson } from '../../../../src/builder/adapters/knab-donations-json';
import { saeimaDeputiesCsv } from '../../../../src/builder/adapters/saeima-deputies-csv';
import { readSource } from '../../../../src/builder/sources/read-source';
import type { Adapter } from '../../../../src/builder/sources/source-records';
import { describeRealData, realPath } from '../../../fixtures/realdata';

const ADAPTERS: Adapter[] = [
	knabDonationsCsv,
	knabDonationsJson,
	knabDonationsHtml,
	saeimaDeputiesCsv
];
const sources = resolve(import.meta.dirname, '../../../fixtures/sources');

/** Which adapters claim a file: exactly its own, and nobody else. */
function claimants(path: string): string[] {
	const file = readSource(path);
	return ADAPTERS.filter((adapter) => adapter.detect(file)).map((adapter) => adapter.format);
}

describe('detect on the fictional fixtures', () => {
	it.each([
		['knab/donations-dmy.csv', 'knab-donations-csv'],
		['knab/donations-mdy.csv', 'knab-donations-csv'],
		['knab/donations-undecidable.csv', 'knab-donations-csv'],
		['knab/donations-reordered.csv', 'knab-donations-csv'],
		['knab/donations-api.json', 'knab-donations-json'],
		['knab/donations-page.html', 'knab-donations-html'],
		['saeima/deputies.csv', 'saeima-deputies-csv'],
		['saeima/deputies-reordered.csv', 'saeima-deputies-csv']
	])('%s is claimed by %s alone', (path, format) => {
		expect(claimants(resolve(sources, path))).toEqual([format]);
	});
});

describeRealData('detect', () => {
	it.each([
		['lv-knab-donations-delna-iw/a1.csv', ['knab-donations-csv']],
		['lv-knab-donations-delna-iw/a2.csv', ['knab-donations-csv']],
		['lv-knab-web-snapshots/knab_donations_page.html', ['knab-donations-html']],
		['lv-saeima-deputies-delna-iw/groups.csv', ['saeima-deputies-csv']],
		// Neighbouring files none of these adapters reads.
		['lv-knab-donations-delna-iw/a4.csv', []],
		['lv-knab-web-snapshots/knab_declarations_page.html', []],
		['lv-vid-declarations-interests-delna-iw/interests_and_assets.csv', []],
		['lv-vid-declaration-pages/data.json', []]
	])('%s is claimed by %j', (path, formats) => {
		expect(claimants(realPath(path))).toEqual(formats);
	});
});
