/**
 * Geography for fictional addresses. Place names, postcodes and ATVK codes are public
 * geography; street numbers and the address-register ids are invented.
 */
import { splitList } from './format';
import type { Rng } from './random';

export interface City {
	name: string;
	/** Genitive, for "Rīgas municipality" and "RĪGAS VALSTSPILSĒTAS PAŠVALDĪBA". */
	genitive: string;
	/** ATVK code as UR and VID print it (7 digits). */
	atvk: string;
	/** First two digits of the 4-digit postcode (LV-10xx). */
	postcode: string;
	region: 'Rīga/Pierīga' | 'Kurzeme' | 'Latgale' | 'Zemgale' | 'Vidzeme';
	/** UR's city code column (address register id of the city). */
	cityCode: string;
	/** Weight when placing companies and people. */
	weight: number;
}

function city(
	name: string,
	genitive: string,
	atvk: string,
	postcode: string,
	region: City['region'],
	cityCode: string,
	weight: number
): City {
	return { name, genitive, atvk, postcode, region, cityCode, weight };
}

export const CITIES: readonly City[] = [
	city('Rīga', 'Rīgas', '0010000', '10', 'Rīga/Pierīga', '100003003', 55),
	city('Daugavpils', 'Daugavpils', '0050000', '54', 'Latgale', '100003011', 7),
	city('Liepāja', 'Liepājas', '0170000', '34', 'Kurzeme', '100003038', 6),
	city('Jelgava', 'Jelgavas', '0090000', '30', 'Zemgale', '100003027', 5),
	city('Ventspils', 'Ventspils', '0270000', '36', 'Kurzeme', '100003054', 4),
	city('Jūrmala', 'Jūrmalas', '0130000', '20', 'Rīga/Pierīga', '100003035', 5),
	city('Rēzekne', 'Rēzeknes', '0210000', '46', 'Latgale', '100003046', 3),
	city('Valmiera', 'Valmieras', '0250000', '42', 'Vidzeme', '100003051', 4),
	city('Ogre', 'Ogres', '0740201', '50', 'Rīga/Pierīga', '100015372', 3),
	city('Cēsis', 'Cēsu', '0420201', '41', 'Vidzeme', '100015321', 3),
	city('Tukums', 'Tukuma', '0900201', '31', 'Kurzeme', '100015453', 2),
	city('Kuldīga', 'Kuldīgas', '0620201', '33', 'Kurzeme', '100015401', 2),
	city('Sigulda', 'Siguldas', '0801601', '21', 'Vidzeme', '100015436', 2)
];

export function cityByName(name: string): City {
	const found = CITIES.find((c) => c.name === name);
	if (!found) throw new Error(`unknown demo city ${name}; add it to CITIES in places.ts`);
	return found;
}

const RIGA_STREETS: readonly string[] = splitList(`
	Brīvības iela, Dzirnavu iela, Lāčplēša iela, Tērbatas iela, Krišjāņa Barona iela,
	Elizabetes iela, Ganību dambis, Maskavas iela, Rūpniecības iela, Gertrūdes iela,
	Krišjāņa Valdemāra iela, Skanstes iela, Vienības gatve, Mūkusalas iela, Katlakalna iela,
	Duntes iela, Kalnciema iela, Tallinas iela, Avotu iela, Ūnijas iela, Lielvārdes iela,
	Bauskas iela, Jelgavas iela, Ropažu iela
`);

const TOWN_STREETS: readonly string[] = splitList(`
	Rīgas iela, Pils iela, Skolas iela, Dzirnavu iela, Lielā iela, Baznīcas iela,
	Stacijas iela, Ozolu iela, Liepu iela, Upes iela, Parka iela, Jaunā iela, Celtnieku iela,
	Rūpnīcas iela, Meža iela, Ostas iela, Zvejnieku iela
`);

/** Rural parishes for land and houses in declarations ("Latvija, Carnikavas pag."). */
export const PARISHES: readonly string[] = splitList(`
	Carnikavas pag., Babītes pag., Mārupes pag., Ķekavas pag., Salas pag., Inčukalna pag.,
	Krimuldas pag., Allažu pag., Līgatnes pag., Engures pag., Vecpiebalgas pag.,
	Naujenes pag., Grobiņas pag., Svētes pag., Tārgales pag., Mālpils pag., Zaubes pag.,
	Lēdmanes pag., Rojas pag., Aizkraukles pag.
`);

/** Municipalities beyond the five demo cities, for national-scale council lists. */
export const COUNTIES: readonly string[] = splitList(`
	Aizkraukles, Alūksnes, Augšdaugavas, Ādažu, Balvu, Bauskas, Cēsu, Dienvidkurzemes,
	Dobeles, Gulbenes, Jelgavas, Jēkabpils, Krāslavas, Kuldīgas, Ķekavas, Limbažu, Līvānu,
	Ludzas, Madonas, Mārupes, Ogres, Olaines, Preiļu, Rēzeknes, Ropažu, Salaspils, Saldus,
	Saulkrastu, Siguldas, Smiltenes, Talsu, Tukuma, Valkas, Valmieras, Varakļānu, Ventspils
`);

export interface Address {
	city: City;
	street: string;
	/** "12", "12 - 5", "7A". */
	number: string;
	/** 4-digit postcode without the LV- prefix (UR's index column). */
	postcode: string;
	/** 9-digit address-register id (UR's addressid column). */
	addressId: string;
}

export function pickCity(rng: Rng): City {
	return rng.weighted(CITIES.map((c) => [c, c.weight] as const));
}

export function randomAddress(rng: Rng, at: City = pickCity(rng)): Address {
	const street = rng.pick(at.name === 'Rīga' ? RIGA_STREETS : TOWN_STREETS);
	let number = String(rng.int(1, 140));
	if (rng.chance(0.1)) number += rng.pick(['A', 'B', 'k-1', 'k-2']);
	if (rng.chance(0.25)) number += ` - ${rng.int(1, 60)}`;
	return {
		city: at,
		street,
		number,
		postcode: `${at.postcode}${rng.digits(2)}`,
		addressId: `1${rng.digits(8)}`
	};
}

/** "Rīga, Brīvības iela 12 - 5": UR's address column. */
export function streetAddress(address: Address): string {
	return `${address.city.name}, ${address.street} ${address.number}`;
}

/** "Latvija, Rīga, Brīvības iela 12 - 5": the address half of a VID reg. no. cell. */
export function countryAddress(address: Address): string {
	return `Latvija, ${streetAddress(address)}`;
}
