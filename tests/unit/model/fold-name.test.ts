import { describe, expect, it } from 'vitest';
import { displayName, foldText, nameKey } from '../../../src/model/fold-name';

describe('foldText', () => {
	it.each([
		['Jānis  Bēldiņš', 'janis beldins'],
		['ĢIRTS ĶĪĻĶIS', 'girts kilkis'],
		['Aļona Čaika-Šņore', 'alona caika-snore'],
		['Õnne Türk', 'onne turk'], // Estonian
		['Jääskeläinen Åsa', 'jaaskelainen asa'], // Finnish and Swedish letters
		['  Anna\tLiepa ', 'anna liepa']
	])('folds %j to %j', (raw, expected) => expect(foldText(raw)).toBe(expected));
});

describe('displayName', () => {
	it.each([
		['Bēldiņš, Jānis', 'Jānis Bēldiņš'],
		['Smilgiņa-Stūrīte, Ilze', 'Ilze Smilgiņa-Stūrīte'],
		['Jānis Bēldiņš', 'Jānis Bēldiņš'],
		['ANONĪMS', 'ANONĪMS']
	])('shows %j as %j', (raw, expected) => expect(displayName(raw)).toBe(expected));
});

describe('nameKey', () => {
	it.each([
		['Bēldiņš, Jānis', 'JĀNIS BĒLDIŅŠ'],
		['Beldins Janis', 'Jānis Bēldiņš'],
		['Smilgiņa-Stūrīte, Ilze', 'ILZE SMILGIŅA - STŪRĪTE'],
		['Kalniņa  Anna Marija', 'Anna Marija Kalniņa']
	])('%j and %j meet', (a, b) => expect(nameKey(a)).toBe(nameKey(b)));

	it.each([
		// Declension and gender are not guessed: these are different keys.
		['Jānis Bēldiņš', 'Jāņa Bēldiņa'],
		['Anna Kalniņa', 'Anna Kalniņš'],
		['Ilze Smilgiņa-Stūrīte', 'Ilze Smilgiņa']
	])('%j and %j stay apart', (a, b) => expect(nameKey(a)).not.toBe(nameKey(b)));
});
