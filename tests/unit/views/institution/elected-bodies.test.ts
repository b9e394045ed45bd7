import { describe, expect, it } from 'vitest';
import { electedBodyOf } from '../../../../src/views/institution/elected-bodies';
import type { EntityKind } from '../../../../src/model/types';

const ref = (name: string, kind: EntityKind = 'institution', regNo?: string) => ({
	name,
	kind,
	...(regNo && { regNo })
});

describe('electedBodyOf', () => {
	it.each([
		[ref('Latvijas Republikas Saeima', 'institution', '90000028300'), 'saeima'],
		[ref('LATVIJAS REPUBLIKAS SAEIMA'), 'saeima'],
		[ref('Valsts Kanceleja'), 'cabinet'],
		[ref('Ezermalas novada pašvaldība', 'municipality'), 'council'],
		[ref('Ārciema novada dome', 'institution', '90000000009'), 'council']
	])('reads %j as %s', (entity, body) => expect(electedBodyOf(entity)).toBe(body));

	it.each([
		ref('Izdomātā centrālā bibliotēka', 'institution', '90000000001'),
		ref('Ezermalas draudze', 'institution', '90000000002'),
		ref('Satiksmes ministrija'),
		ref('Ziemeļu Ministru Padome Birojs'),
		ref('Saeimas dome', 'company')
	])('leaves out employers and other bodies: %j', (entity) =>
		expect(electedBodyOf(entity)).toBeUndefined()
	);
});
