/**
 * Latvia's 43 municipalities as a tile grid: one equal tile each, placed roughly where it lies
 * (column west → east, row north → south). Reviewed data, no boundaries.
 *
 * Source of the list: Administratīvo teritoriju un apdzīvoto vietu likums (the Administrative
 * Territories and Populated Areas Law, adopted 10 June 2020, in force 1 July 2021): 36 novadi
 * and 7 valstspilsētas with their own councils. Names as the law writes them; `genitive` is the
 * stem a council's name is built on ("Jelgavas novada pašvaldība", "Rīgas valstspilsētas
 * pašvaldība"). Councils of pre-2021 municipalities (e.g. "Beverīnas novada pašvaldība") are
 * not guessed onto their successors: they stay unmatched and the page lists them.
 */
import { foldText } from './fold-name';

export type MunicipalityKind = 'novads' | 'valstspilseta';

export interface MunicipalityTile {
	/** Stable id (the folded genitive stem and kind). */
	id: string;
	name: string;
	genitive: string;
	kind: MunicipalityKind;
	col: number;
	row: number;
}

const N = (name: string, col: number, row: number): MunicipalityTile => {
	const genitive = name.replace(/ novads$/, '');
	return { id: `${slugOf(genitive)}-novads`, name, genitive, kind: 'novads', col, row };
};
const V = (name: string, genitive: string, col: number, row: number): MunicipalityTile => ({
	id: slugOf(name),
	name,
	genitive,
	kind: 'valstspilseta',
	col,
	row
});

function slugOf(text: string): string {
	return foldText(text).replace(/[^a-z]+/g, '-');
}

export const MUNICIPALITY_TILES: readonly MunicipalityTile[] = [
	N('Saulkrastu novads', 6, 0),
	N('Limbažu novads', 7, 0),
	N('Valmieras novads', 8, 0),
	N('Valkas novads', 9, 0),
	V('Ventspils', 'Ventspils', 1, 1),
	N('Ventspils novads', 2, 1),
	N('Talsu novads', 3, 1),
	N('Ādažu novads', 6, 1),
	N('Siguldas novads', 7, 1),
	N('Cēsu novads', 8, 1),
	N('Smiltenes novads', 9, 1),
	N('Gulbenes novads', 10, 1),
	N('Alūksnes novads', 11, 1),
	N('Kuldīgas novads', 2, 2),
	N('Tukuma novads', 3, 2),
	V('Jūrmala', 'Jūrmalas', 4, 2),
	V('Rīga', 'Rīgas', 5, 2),
	N('Ropažu novads', 6, 2),
	N('Ogres novads', 7, 2),
	N('Madonas novads', 9, 2),
	N('Balvu novads', 11, 2),
	V('Liepāja', 'Liepājas', 0, 3),
	N('Dienvidkurzemes novads', 1, 3),
	N('Saldus novads', 2, 3),
	N('Dobeles novads', 3, 3),
	N('Mārupes novads', 4, 3),
	N('Ķekavas novads', 5, 3),
	N('Salaspils novads', 6, 3),
	N('Aizkraukles novads', 8, 3),
	N('Jēkabpils novads', 9, 3),
	N('Varakļānu novads', 10, 3),
	N('Rēzeknes novads', 11, 3),
	N('Ludzas novads', 12, 3),
	N('Jelgavas novads', 3, 4),
	V('Jelgava', 'Jelgavas', 4, 4),
	N('Olaines novads', 5, 4),
	N('Bauskas novads', 6, 4),
	N('Līvānu novads', 9, 4),
	N('Preiļu novads', 10, 4),
	V('Rēzekne', 'Rēzeknes', 11, 4),
	N('Augšdaugavas novads', 9, 5),
	V('Daugavpils', 'Daugavpils', 10, 5),
	N('Krāslavas novads', 11, 5)
];

/** Words of a council's name that say what it is, not where. */
const COUNCIL_WORDS = /\b(pasvaldiba|pasvaldibas|dome|domes)\b/g;

/** Whether an institution's name reads as a municipal council ("… pašvaldība", "… dome"). */
export function isCouncilName(name: string): boolean {
	return /(^|[^a-z])(pasvaldiba|dome)([^a-z]|$)/.test(foldText(name));
}

/**
 * The tile a council's published name stands for, by folded name: "<genitive> novada …" is a
 * novads, "<genitive> (valsts)pilsētas …" or "<genitive> pilseta …" a valstspilsēta; a bare
 * "<genitive> dome" only when one tile has that stem. Anything else is undefined, never guessed.
 */
export function municipalityOf(name: string): MunicipalityTile | undefined {
	const words = foldText(name)
		.replace(/["'„“”]/g, ' ')
		.replace(COUNCIL_WORDS, ' ')
		.split(/\s+/)
		.filter(Boolean);
	if (words.length < 1) return undefined;
	const last = words[words.length - 1]!;
	const kind: MunicipalityKind | undefined = /^novad[sa]$/.test(last)
		? 'novads'
		: /^(valsts)?pilset(a|as)$/.test(last)
			? 'valstspilseta'
			: undefined;
	const stem = (kind ? words.slice(0, -1) : words).join(' ');
	const fits = MUNICIPALITY_TILES.filter(
		(t) =>
			(kind === undefined || t.kind === kind) &&
			(foldText(t.genitive) === stem || (t.kind === 'valstspilseta' && foldText(t.name) === stem))
	);
	return fits.length === 1 ? fits[0] : undefined;
}
