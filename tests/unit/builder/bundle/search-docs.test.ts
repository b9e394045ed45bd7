import { describe, expect, it } from 'vitest';
import { searchDocs } from '../../../../src/builder/bundle/search-docs';
import type { ResolvedData } from '../../../../src/builder/resolve/resolve';
import { SearchDocSchema } from '../../../../src/model/validate';
import * as v from 'valibot';
import { organisation, person } from '../../../fixtures/profiles';

const empty: ResolvedData = {
	people: [],
	organisations: [],
	declarations: [],
	donations: [],
	taxTotals: [],
	relations: []
};

describe('searchDocs numbers', () => {
	const data: ResolvedData = {
		...empty,
		people: [
			person({ id: 'p-1', maskedCodes: ['110692-*****', '110692*****'], birthDate: '1992-06-11' }),
			person({ id: 'p-2', maskedCodes: ['320000-*****'], birthYear: 1970 }),
			person({ id: 'p-3' })
		],
		organisations: [organisation({ id: 'o-1', kind: 'company', regNo: '40003003091' })]
	};
	const docs = new Map(searchDocs(data).map((doc) => [doc.id, doc]));

	it('keeps only the published birth-date part of each masked code, once', () => {
		expect(docs.get('p-1')).toMatchObject({ codes: ['110692'], birthYear: 1992 });
		expect(docs.get('p-2')).toMatchObject({ codes: ['320000'], birthYear: 1970 });
		expect(docs.get('p-3')).not.toHaveProperty('codes');
		expect(docs.get('o-1')).toMatchObject({ regNo: '40003003091' });
		expect(JSON.stringify([...docs.values()])).not.toContain('*');
	});

	it('writes docs the bundle validator accepts', () => {
		for (const doc of docs.values()) expect(v.safeParse(SearchDocSchema, doc).success).toBe(true);
	});
});
