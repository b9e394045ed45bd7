/** Fictional search docs and the noise people type: seeded, so every run sees the same names. */
import type { SearchDoc } from '../../../src/model/types';

export function searchDoc(extra: Partial<SearchDoc> & Pick<SearchDoc, 'id' | 'name'>): SearchDoc {
	return { kind: 'person', otherNames: [], roles: [], posts: [], parties: [], ...extra };
}

/** Mulberry32: tiny, seeded, good enough to pick names. */
export function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const pick = <T>(next: () => number, list: readonly T[]): T =>
	list[Math.floor(next() * list.length)] as T;

const MALE =
	'Jānis Andris Pēteris Māris Juris Aivars Edgars Guntis Ivars Kārlis Gints Ojārs Valdis Raimonds Artūrs Uldis Aigars Mārtiņš Dainis Ēriks Ainārs Oļegs Krišjānis Indulis Ģirts Voldemārs Ansis Roberts Imants Ivo'.split(
		' '
	);
const FEMALE =
	'Anna Inga Ilze Līga Dace Ieva Sandra Kristīne Ināra Baiba Gunta Vija Solvita Zane Aija Ērika Daiga Māra Rūta Iveta Lāsma Dzintra Anita Agnese Santa Ināra Gita Ļena Evija Sarmīte'.split(
		' '
	);
// [male form, female form] of Latvian surnames.
const SURNAMES: [string, string][] =
	'Bērziņš/Bērziņa Kalniņš/Kalniņa Ozols/Ozola Jansons/Jansone Liepiņš/Liepiņa Krūmiņš/Krūmiņa Zariņš/Zariņa Vītols/Vītola Balodis/Balode Kļaviņš/Kļaviņa Eglītis/Eglīte Ziemelis/Ziemele Pētersons/Pētersone Vanags/Vanaga Āboliņš/Āboliņa Šķēle/Šķēle Strautiņš/Strautiņa Lūsis/Lūse Dūmiņš/Dūmiņa Priedītis/Priedīte Grīnbergs/Grīnberga Siliņš/Siliņa Rozentāls/Rozentāle Cīrulis/Cīrule Mežals/Mežale Ķēniņš/Ķēniņa Ābele/Ābele Ūdris/Ūdre Gailītis/Gailīte Sproģis/Sproģe Stūris/Stūre Lapiņš/Lapiņa Skujiņš/Skujiņa Bite/Bite Dreimanis/Dreimane Ēcis/Ēce Putniņš/Putniņa Auziņš/Auziņa Zvaigzne/Zvaigzne Ločmelis/Ločmele'
		.split(' ')
		.map((pair) => pair.split('/') as [string, string]);

/** A random fictional person: given name, one or (rarely) two surnames, sometimes two given names. */
export function randomPersonName(next: () => number): string {
	const isFemale = next() < 0.5;
	const given = [pick(next, isFemale ? FEMALE : MALE)];
	if (next() < 0.1) given.push(pick(next, isFemale ? FEMALE : MALE));
	const surname = [pick(next, SURNAMES)[isFemale ? 1 : 0]];
	if (next() < 0.1) surname.push(pick(next, SURNAMES)[isFemale ? 1 : 0]);
	return `${given.join(' ')} ${surname.join('-')}`;
}

const LETTERS = 'abcdefghijklmnoprstuvz';

/** One typing slip in a word of four or more letters: a swap, a missing, extra or wrong letter. */
export function addTypo(next: () => number, name: string): string {
	const words = name.split(' ');
	const long = words.map((word, i) => [word, i] as const).filter(([word]) => word.length >= 4);
	if (long.length === 0) return name;
	const [word, at] = pick(next, long);
	const i = 1 + Math.floor(next() * (word.length - 2));
	const letter = pick(next, [...LETTERS]);
	const slips = [
		word.slice(0, i) + (word[i + 1] ?? '') + word[i] + word.slice(i + 2),
		word.slice(0, i) + word.slice(i + 1),
		word.slice(0, i) + letter + word.slice(i),
		word.slice(0, i) + letter + word.slice(i + 1)
	];
	words[at] = pick(next, slips);
	return words.join(' ');
}

export const stripDiacritics = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '');

/** Surname first, as registers and declarations print it. */
export const surnameFirst = (name: string) => {
	const words = name.split(' ');
	return [words[words.length - 1], ...words.slice(0, -1)].join(' ');
};
