import { describe, expect, it } from 'vitest';
import { DEMO_COUNCILS } from '../../../src/demo/orgs';
import { cityByName, COUNTIES } from '../../../src/demo/places';
import {
	isCouncilName,
	municipalityOf,
	MUNICIPALITY_TILES
} from '../../../src/model/lv-municipalities';

describe('MUNICIPALITY_TILES', () => {
	it('holds the 36 novadi and 7 valstspilsētas of the 2021 law, one tile each', () => {
		expect(MUNICIPALITY_TILES.filter((t) => t.kind === 'novads')).toHaveLength(36);
		expect(
			MUNICIPALITY_TILES.filter((t) => t.kind === 'valstspilseta')
				.map((t) => t.name)
				.sort()
		).toEqual(['Daugavpils', 'Jelgava', 'Jūrmala', 'Liepāja', 'Rēzekne', 'Rīga', 'Ventspils']);
		const cells = new Set(MUNICIPALITY_TILES.map((t) => `${t.col},${t.row}`));
		expect(cells.size).toBe(43);
		expect(new Set(MUNICIPALITY_TILES.map((t) => t.id)).size).toBe(43);
	});
});

describe('municipalityOf', () => {
	it.each([
		['RĪGAS VALSTSPILSĒTAS PAŠVALDĪBA', 'Rīga'],
		['Rīgas pilseta pašvaldība', 'Rīga'],
		['Rīgas dome', 'Rīga'],
		['Jelgavas Novada Pašvaldība', 'Jelgavas novads'],
		['JELGAVAS VALSTSPILSĒTAS PAŠVALDĪBA', 'Jelgava'],
		['Ventspils novada pašvaldība', 'Ventspils novads'],
		['Ādažu novada dome', 'Ādažu novads'],
		['adazu novada pasvaldiba', 'Ādažu novads']
	])('matches %j to %j by folded name', (name, tile) => {
		expect(municipalityOf(name)?.name).toBe(tile);
	});

	it.each([
		// A pre-2021 municipality: not guessed onto its successor.
		'Beverīnas novada pašvaldība',
		// Two tiles share the stem: the city or the novads?
		'Jelgavas dome',
		'Satiksmes ministrija',
		''
	])('leaves %j unmatched', (name) => {
		expect(municipalityOf(name)).toBeUndefined();
	});
});

describe('the councils the demo generator names', () => {
	it('each find their own tile, the 36 novadi and the demo cities', () => {
		const names = [
			...COUNTIES.map((g) => `${g} novada pašvaldība`.toLocaleUpperCase('lv')),
			...DEMO_COUNCILS.map(([city]) =>
				`${cityByName(city).genitive} valstspilsētas pašvaldība`.toLocaleUpperCase('lv')
			)
		];
		const tiles = names.map((name) => municipalityOf(name)?.id);
		expect(tiles.filter((t) => t === undefined)).toEqual([]);
		expect(new Set(tiles).size).toBe(names.length);
	});
});

describe('isCouncilName', () => {
	it.each([
		['Rīgas pilseta pašvaldība', true],
		['Daugavpils dome', true],
		['Latvijas Republikas Saeima', false],
		['Uzraudzības padome', false]
	])('%j → %s', (name, expected) => expect(isCouncilName(name)).toBe(expected));
});
