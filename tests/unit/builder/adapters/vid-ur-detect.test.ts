import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { urBeneficialOwnersCsv } from '../../../../src/builder/adapters/ur-beneficial-owners-csv';
import { urMembersCsv } from '../../../../src/builder/adapters/ur-members-csv';
import { urOfficersCsv } from '../../../../src/builder/adapters/ur-officers-csv';
import { urRegisterCsv } from '../../../../src/builder/adapters/ur-register-csv';
import { vidTaxTotalsCsv } from '../../../../src/builder/adapters/vid-tax-totals-csv';
import { readSource } from '../../../../src/builder/sources/read-source';
import { describeRealData, realPath } from '../../../fixtures/realdata';

const ADAPTERS = [
	vidTaxTotalsCsv,
	urRegisterCsv,
	urOfficersCsv,
	urMembersCsv,
	urBeneficialOwnersCsv
];
const fixture = (...parts: string[]) =>
	resolve(import.meta.dirname, '../../../fixtures/sources', ...parts);

describe('detection of VID tax and UR files, by header alone', () => {
	it.each([
		['vid-tax/annual-2023.csv', 'vid-tax-totals-csv'],
		['vid-tax/annual-2021-old-labels.csv', 'vid-tax-totals-csv'],
		['vid-tax/quarterly-2026q2.csv', 'vid-tax-totals-csv'],
		['ur/register.csv', 'ur-register-csv'],
		['ur/officers.csv', 'ur-officers-csv'],
		['ur/members.csv', 'ur-members-csv'],
		['ur/beneficial_owners.csv', 'ur-beneficial-owners-csv']
	])('%s is read by %s alone', (path, format) => {
		const file = readSource(fixture(...path.split('/')));
		// Renamed, so that no adapter can lean on the file name.
		const renamed = { ...file, name: 'download.csv' };
		const detected = ADAPTERS.filter((adapter) => adapter.detect(renamed));
		expect(detected.map((adapter) => adapter.format)).toEqual([format]);
	});
});

describeRealData('detection of VID tax and UR files against other real files', () => {
	it.each([
		['lv-vid-tax-derived', 'dump_family_doctors_2021.csv'],
		['lv-knab-donations-delna-iw', 'a1.csv'],
		['lv-knab-donations-delna-iw', 'a4.csv'],
		['lv-saeima-deputies-delna-iw', 'groups.csv'],
		['lv-vid-declarations-interests-delna-iw', 'interests_and_assets.csv']
	])('%s/%s is claimed by none of them', (folder, name) => {
		const file = readSource(realPath(folder, name));
		expect(ADAPTERS.filter((adapter) => adapter.detect(file))).toEqual([]);
	});
});
