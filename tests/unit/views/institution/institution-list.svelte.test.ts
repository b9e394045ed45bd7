import { describe, expect, it } from 'vitest';
import { InstitutionList } from '../../../../src/views/institution/institution-list.svelte';
import type { SearchDoc } from '../../../../src/model/types';

const doc = (id: string, name: string, kind: SearchDoc['kind'], regNo?: string): SearchDoc => ({
	id,
	kind,
	name,
	otherNames: [],
	...(regNo && { regNo }),
	roles: [],
	posts: [],
	parties: []
});

describe('InstitutionList', () => {
	it('keeps the elected bodies and leaves out employers named in declarations', async () => {
		const list = new InstitutionList();
		await list.load('v1', async (onPack) => {
			onPack([
				doc('o-90000028300', 'Latvijas Republikas Saeima', 'institution', '90000028300'),
				doc('o-90000000001', 'Izdomātā centrālā bibliotēka', 'institution', '90000000001'),
				doc('o-m', 'Ezermalas novada pašvaldība', 'municipality'),
				doc('o-vk', 'Valsts kanceleja', 'institution')
			]);
			onPack([doc('o-40003000001', 'SIA Dome', 'company', '40003000001')]);
		});
		expect(list.institutions?.map((ref) => ref.id)).toEqual(['o-90000028300', 'o-m', 'o-vk']);
		expect(list.institutions?.[0]).toMatchObject({ regNo: '90000028300' });
	});
});
