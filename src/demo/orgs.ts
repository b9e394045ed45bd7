/**
 * Fictional parties and company names, and the public institutions officials work for.
 * Institution names are real offices (they are public bodies, not people); their reg. nos
 * are invented, except the Saeima's, which every real declaration prints.
 */
import { isoDate, splitList } from './format';
import { cityByName, COUNTIES, randomAddress } from './places';
import type { Rng } from './random';
import type { RegNoIssuer } from './regno';
import type { Institution, Party } from './types';

export const SAEIMA_REG_NO = '90000028300';

/** [registered name, short name, donor weight, has Saeima seats]. Names include `,` and `"` on purpose. */
const PARTY_SPECS: readonly (readonly [string, string, number, boolean])[] = [
	['SAULES LATVIJAI, Politiskā partija', 'Saules Latvijai', 16, true],
	['Kustība "Skaidrā Valoda"', 'Skaidrā Valoda', 14, true],
	['Daugavas Krastu apvienība', 'Daugavas Krasti', 11, true],
	['ZEMES UN ŪDEŅU PARTIJA', 'Zemes un Ūdeņu partija', 10, true],
	['Latvijas Nākotnes Forums', 'Nākotnes Forums', 9, true],
	['Partija "Gaišais Ceļš"', 'Gaišais Ceļš', 8, true],
	['Reģionu Balss, partija', 'Reģionu Balss', 7, false],
	['Pilsoņu Līdzsvars', 'Pilsoņu Līdzsvars', 6, false],
	['VIDUSCEĻŠ, Politiskā partija', 'Vidusceļš', 6, false],
	['Kurzemes un Zemgales savienība', 'Kurzemes un Zemgales savienība', 5, false],
	['Jauno Profesionāļu partija', 'Jaunie Profesionāļi', 4, false],
	['Tautas Saimnieki', 'Tautas Saimnieki', 3, false]
];

export function makeParties(rng: Rng, regNos: RegNoIssuer): Party[] {
	return PARTY_SPECS.map(([name, short, weight, inSaeima], index) => ({
		index,
		name,
		short,
		regNo: regNos.issue('40008'),
		address: randomAddress(rng, cityByName('Rīga')),
		registered: isoDate(rng.int(1995, 2018), rng.int(1, 12), rng.int(1, 28)),
		publicId: rng.uuid(),
		weight,
		inSaeima
	}));
}

/** [upper-case name, display name] of the ministries that have a minister in the demo. */
const MINISTRIES = splitList(`
	FINANŠU MINISTRIJA, EKONOMIKAS MINISTRIJA, SATIKSMES MINISTRIJA,
	IZGLĪTĪBAS UN ZINĀTNES MINISTRIJA, VESELĪBAS MINISTRIJA, ZEMKOPĪBAS MINISTRIJA,
	TIESLIETU MINISTRIJA, IEKŠLIETU MINISTRIJA, AIZSARDZĪBAS MINISTRIJA, ĀRLIETU MINISTRIJA,
	KULTŪRAS MINISTRIJA, LABKLĀJĪBAS MINISTRIJA,
	VIDES AIZSARDZĪBAS UN REĢIONĀLĀS ATTĪSTĪBAS MINISTRIJA, KLIMATA UN ENERĢĒTIKAS MINISTRIJA
`);

/** "FINANŠU MINISTRIJA" → "Finanšu ministrija". */
function sentenceCase(upperName: string): string {
	const lower = upperName.toLocaleLowerCase('lv');
	return lower.charAt(0).toLocaleUpperCase('lv') + lower.slice(1);
}

export interface Institutions {
	saeima: Institution;
	ministries: Institution[];
	/** City councils of the demo: Rīga, Daugavpils, Liepāja, Jelgava, Ventspils. */
	cities: Institution[];
	/** County councils, only at national scale. */
	counties: Institution[];
}

export const DEMO_COUNCILS = [
	['Rīga', 60],
	['Daugavpils', 15],
	['Liepāja', 15],
	['Jelgava', 15],
	['Ventspils', 13]
] as const;

export function makeInstitutions(rng: Rng, regNos: RegNoIssuer, counties: number): Institutions {
	const riga = cityByName('Rīga');
	const saeima: Institution = {
		name: 'LATVIJAS REPUBLIKAS SAEIMA',
		display: 'Latvijas Republikas Saeima',
		regNo: SAEIMA_REG_NO,
		// The address every real Saeima salary line prints.
		address: {
			city: riga,
			street: 'Jēkaba',
			number: '11',
			postcode: '1811',
			addressId: '100000001'
		},
		kind: 'parliament'
	};
	const ministries = MINISTRIES.map((name) => ({
		name,
		display: sentenceCase(name),
		regNo: regNos.issue('90000'),
		address: randomAddress(rng, riga),
		kind: 'ministry' as const
	}));
	const cities = DEMO_COUNCILS.map(([cityName]) => {
		const city = cityByName(cityName);
		const name = `${city.genitive} valstspilsētas pašvaldība`.toLocaleUpperCase('lv');
		return {
			name,
			display: `${city.genitive} valstspilsētas pašvaldība`,
			regNo: regNos.issue('90000'),
			address: randomAddress(rng, city),
			kind: 'municipality' as const
		};
	});
	const countyList = COUNTIES.slice(0, counties).map((genitive) => ({
		name: `${genitive} novada pašvaldība`.toLocaleUpperCase('lv'),
		display: `${genitive} novada pašvaldība`,
		regNo: regNos.issue('90000'),
		address: randomAddress(rng),
		kind: 'municipality' as const
	}));
	return { saeima, ministries, cities, counties: countyList };
}

const BRAND_FIRST = splitList(`
	Ziemeļu, Baltijas, Dzintara, Vidzemes, Kurzemes, Zemgales, Latgales, Zaļā, Jaunā, Sudraba,
	Ozolu, Priežu, Rīta, Saules, Vēja, Akmens, Līču, Daugavas, Gaujas, Ventas, Abavas, Kalnu,
	Mežu, Lauku, Pilsētas, Jūras, Krasta, Zelta, Bērzu, Liepu, Egļu, Dzērves, Stārķa, Ozola
`);

/** [noun, NACE code]: the noun suggests the trade, so a "Būve" is in construction. */
const BRAND_SECOND: readonly (readonly [string, string])[] = splitList(`
	Koks:1610, Būve:4120, Loģistika:4941, Tehnika:4669, Serviss:4520, Nami:6820, Projekti:7112,
	Dārzi:0130, Maiznīca:1071, Transports:4941, Enerģija:3511, Konsultācijas:7022,
	Mežsaimniecība:0210, Aptieka:4773, Drošība:8010, Tirdzniecība:4690, Sistēmas:6201,
	Dati:6311, Nekustamie Īpašumi:6820, Metāls:2511, Piens:1051, Zivis:1020, Stikls:2312,
	Auto:4511, Ceļi:4211, Būvmateriāli:4673, Klīnika:8621, Skola:8559, Viesnīca:5510,
	Kafejnīca:5610, Tekstils:1392, Mēbeles:3109, Iepakojums:1721, Reklāma:7311, Finanses:6499,
	Sports:9311, Tūrisms:7911, Elektro:4321, Santehnika:4322, Apsardze:8010, Grāmatvedība:6920
`).map((pair) => {
	const [noun = '', nace = ''] = pair.split(':');
	return [noun, nace] as const;
});

const SYLLABLES = splitList(`
	bal, tra, nor, vel, dis, lat, kom, ven, rix, mar, tek, sol, dor, van, lin, ser, kar, mel,
	tor, nik, gal, ber, ros, tal
`);

export interface BrandIdea {
	brand: string;
	nace: string;
}

/** A fictional brand: either two Latvian words ("Ziemeļu Koks") or an invented word ("VELTRIX"). */
export function inventBrand(rng: Rng): BrandIdea {
	const [noun, nace] = rng.pick(BRAND_SECOND);
	if (rng.chance(0.55)) {
		let brand = `${rng.pick(BRAND_FIRST)} ${noun}`;
		if (rng.chance(0.35))
			brand += rng.pick([' 2', ' LV', ' Grupa', ' Plus', ' un Partneri', ' Baltic']);
		return { brand, nace };
	}
	let word = '';
	const count = rng.int(2, 3);
	for (let i = 0; i < count; i++) word += rng.pick(SYLLABLES);
	if (rng.chance(0.4)) word += rng.pick(['s', 'ks', 'x', 'a', 'o']);
	return {
		brand: rng.chance(0.6) ? word.toUpperCase() : word[0]?.toUpperCase() + word.slice(1),
		nace
	};
}

/** "SIA "Ziemeļu Koks"": the name as UR registers it. */
export function registeredName(form: string, brand: string): string {
	return form === 'BDR' ? `Biedrība "${brand}"` : `${form} "${brand}"`;
}
