/**
 * Name material for fictional people: common Latvian (and Latvian-Russian) given names and
 * surnames with their masculine and feminine forms spelled out, because the feminine form
 * is not always derivable (Balodis → Balode, Jansons → Jansone, Liepa → Liepa).
 */
import { foldText } from '../model/fold-name';
import { containsRealName } from './real-clash';
import { hashString, Rng } from './random';

export type Sex = 'M' | 'F';

function words(text: string): string[] {
	return text.split(/\s+/).filter((word) => word.length > 0);
}

export const MALE_NAMES: readonly string[] = words(`
	Jānis Andris Pēteris Juris Māris Kārlis Edgars Aivars Guntis Valdis Arturs Aigars Mārtiņš
	Raimonds Ivars Uldis Gints Dainis Normunds Armands Kristaps Roberts Rihards Oskars Ēriks
	Gatis Artis Egils Imants Ojārs Viesturs Agris Ainis Didzis Elmārs Gunārs Harijs Indriķis
	Jurģis Krišjānis Laimonis Mareks Nauris Ralfs Reinis Rolands Sandis Toms Uģis Vilnis Zigmārs
	Dāvis Emīls Gustavs Ģirts Kaspars Ludvigs Matīss Niks Renārs Sergejs Aleksandrs Dmitrijs
	Vladimirs Igors Jevgeņijs Andrejs Nikolajs Olegs Pāvels Romāns Konstantīns Vadims Staņislavs
	Deniss Maksims Arnis Einārs Intars Jāzeps Modris Ruslans Tālis Verners
`);

export const FEMALE_NAMES: readonly string[] = words(`
	Anna Inese Ilze Līga Kristīne Dace Sandra Laura Ieva Zane Baiba Inga Gunta Agnese Elīna
	Marta Evija Linda Aija Rita Vija Solvita Daiga Madara Alise Katrīna Diāna Santa Signe Vita
	Ligita Antra Jolanta Dzintra Gita Iveta Kristiāna Lelde Maija Nora Ruta Sanita Una Velta
	Zinta Aiga Anete Beāte Dārta Elza Gunita Ilona Jana Karīna Laila Marika Rasma Renāte Silvija
	Ērika Ausma Ināra Jeļena Olga Tatjana Natālija Irina Svetlana Ludmila Marina Oksana Jūlija
	Anastasija Valentīna Agita Edīte Ineta Kitija Liene Mārīte Rudīte Skaidrīte Vineta
`);

/** [masculine, feminine] surname pairs, written `Bērziņš/Bērziņa`. */
export const SURNAMES: readonly (readonly [string, string])[] = words(`
	Bērziņš/Bērziņa Kalniņš/Kalniņa Ozols/Ozola Liepa/Liepa Jansons/Jansone Ozoliņš/Ozoliņa
	Krūmiņš/Krūmiņa Zariņš/Zariņa Kļaviņš/Kļaviņa Balodis/Balode Vītols/Vītola Eglītis/Eglīte
	Zvirbulis/Zvirbule Siliņš/Siliņa Lapiņš/Lapiņa Kārkliņš/Kārkliņa Sproģis/Sproģe
	Priede/Priede Kalējs/Kalēja Vilks/Vilka Zeltiņš/Zeltiņa Strautiņš/Strautiņa Cīrulis/Cīrule
	Grīnbergs/Grīnberga Freimanis/Freimane Krastiņš/Krastiņa Purmalis/Purmale Roze/Roze
	Āboliņš/Āboliņa Feldmanis/Feldmane Rozenbergs/Rozenberga Lūsis/Lūse Dreimanis/Dreimane
	Kalns/Kalna Miezis/Mieze Skujiņš/Skujiņa Kukainis/Kukaine Rudzītis/Rudzīte Lejiņš/Lejiņa
	Upenieks/Upeniece Ābele/Ābele Briedis/Briede Kaktiņš/Kaktiņa Saulītis/Saulīte Auziņš/Auziņa
	Laizāns/Laizāne Blūms/Blūma Mednis/Medne Sīlis/Sīle Gailītis/Gailīte Puriņš/Puriņa
	Dzenis/Dzene Zālītis/Zālīte Klints/Klinta Mucenieks/Muceniece Lazdiņš/Lazdiņa Rubenis/Rubene
	Apinis/Apine Vanags/Vanaga Celmiņš/Celmiņa Andersons/Andersone Jēkabsons/Jēkabsone
	Treimanis/Treimane Leimanis/Leimane Grāvītis/Grāvīte Zirnis/Zirne Ziemelis/Ziemele Bite/Bite
	Kauliņš/Kauliņa Putniņš/Putniņa Melderis/Meldere Ceriņš/Ceriņa Stūris/Stūre Dūmiņš/Dūmiņa
	Ezeriņš/Ezeriņa Gulbis/Gulbe Irbe/Irbe Kronbergs/Kronberga Lācis/Lāce
	Mežs/Meža Niedre/Niedre Paegle/Paegle Riekstiņš/Riekstiņa Smiltiņš/Smiltiņa Tīrums/Tīruma
	Urbāns/Urbāne Vējiņš/Vējiņa Zaķis/Zaķe Bušs/Buša Daugulis/Daugule
	Gaujenieks/Gaujeniece Kociņš/Kociņa Mālnieks/Mālniece Pīlādzis/Pīlādze Sniķeris/Sniķere
	Tauriņš/Tauriņa Valters/Valtere Ivanovs/Ivanova Petrovs/Petrova Smirnovs/Smirnova
	Kuzņecovs/Kuzņecova Popovs/Popova Vasiļjevs/Vasiļjeva Sokolovs/Sokolova Mihailovs/Mihailova
	Novikovs/Novikova Fjodorovs/Fjodorova Morozovs/Morozova Volkovs/Volkova
	Aleksejevs/Aleksejeva Lebedevs/Lebedeva Semjonovs/Semjonova Jegorovs/Jegorova
	Pavlovs/Pavlova Kozlovs/Kozlova Stepanovs/Stepanova Nikolajevs/Nikolajeva Orlovs/Orlova
	Andrejevs/Andrejeva Makarovs/Makarova Zaharovs/Zaharova Jankovskis/Jankovska
	Kovaļevskis/Kovaļevska
	Žagars/Žagare Ķēniņš/Ķēniņa Ģēģeris/Ģēģere Ļaksa/Ļaksa
`).map((pair) => {
	const [masculine = '', feminine = ''] = pair.split('/');
	return [masculine, feminine] as const;
});

export interface PersonName {
	first: string;
	last: string;
	sex: Sex;
}

export function surnameFor(pair: readonly [string, string], sex: Sex): string {
	return sex === 'M' ? pair[0] : pair[1];
}

/** A random name; about 2% get a double surname and 3% a second given name, as in the registers. */
export function randomName(rng: Rng, sex: Sex): PersonName {
	const firsts = sex === 'M' ? MALE_NAMES : FEMALE_NAMES;
	let first: string = rng.pick(firsts);
	if (rng.chance(0.03)) {
		const second = rng.pick(firsts);
		if (second !== first) first = `${first} ${second}`;
	}
	let last = surnameFor(rng.pick(SURNAMES), sex);
	if (rng.chance(0.02)) {
		const second = surnameFor(rng.pick(SURNAMES), sex);
		if (second !== last) last = `${last}-${second}`;
	}
	return { first, last, sex };
}

/**
 * A random name that no real person in the samples has, nor holds one (a second given name
 * or a double surname around a real name). When the draw is a real name, the
 * next ones come from a stream of the name's own, so the caller's stream stays as it was.
 */
export function fictionalName(rng: Rng, sex: Sex): PersonName {
	let name = randomName(rng, sex);
	if (!containsRealName(name.first, name.last)) return name;
	const own = new Rng(hashString(`fictional|${foldText(`${name.first} ${name.last}`)}`));
	while (containsRealName(name.first, name.last)) name = randomName(own, sex);
	return name;
}

/** The key two distinct fictional people must never share: folded name plus birth date. */
export function identityKey(name: PersonName, birth: string): string {
	return `${foldText(`${name.first} ${name.last}`)}|${birth}`;
}

/** Latvian upper case, as the VID portal and the KNAB API print names. */
export function upper(text: string): string {
	return text.toLocaleUpperCase('lv');
}

/** Diacritics dropped, case kept: "Bērziņš" → "Berzins" (e-mail addresses, careless typists). */
export function stripMarks(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '');
}
