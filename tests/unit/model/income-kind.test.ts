import { describe, expect, it } from 'vitest';
import { incomeKindOf } from '../../../src/model/income-kind';

describe('incomeKindOf', () => {
	it.each([
		['Alga', 'salary'],
		['ALGA', 'salary'],
		['Honorārs', 'fee'],
		['Procenti', 'interest'],
		['PROCENTI', 'interest'],
		['U.c. ienākumi', 'other'],
		['Dividendes', 'dividends'],
		['Ienāk. no saimn. darbības un komercdarb', 'business'],
		['Apdrošināšanas atlīdzība', 'insurance'],
		['Ienākums no īpašuma pārdošanas', 'property-sale'],
		['Pensija', 'pension'],
		['Dāvinājums', 'gift'],
		['Davinājums', 'gift'],
		['Kompensācija', 'compensation'],
		['Stipendija', 'scholarship'],
		['Laimests', 'winnings'],
		['Autoratlīdzība', 'royalties'],
		['VALSTS PARĀDZĪMES', 'securities'],
		['Ienākumi no nekustamā īpašuma izīrēšanas', 'rent'],
		['Something unheard of', 'other']
	] as const)('reads %j as %s', (published, kind) => expect(incomeKindOf(published)).toBe(kind));

	it.each(['', '  ', 'Nav', 'NAV', undefined])('gives no kind for %j', (published) =>
		expect(incomeKindOf(published)).toBeUndefined()
	);
});
