/** NACE sections in Latvian, as Delna's flattened declarations name them (spelling as published). */

const SECTIONS: readonly (readonly [number, number, string])[] = [
	[1, 3, 'Lauksaimniecība, mežsaimniecība un zivsaimniecība'],
	[10, 33, 'Apstrādes rūpniecība'],
	[35, 35, 'Elektroenerģija, gāzes apgāde, siltumapgāde un gaisa kondicionēšana'],
	[41, 43, 'Būvniecība'],
	[45, 47, 'Vairumtidzniecība un mazumtirdzniecība'],
	[49, 53, 'Transports un uzglabāšana'],
	[55, 56, 'Izmitināšana un ēdināšanas pakalpojumi'],
	[58, 63, 'Informācijas un komunikācijas pakalpojumi'],
	[64, 66, 'Finanšu un apdrošināšanas darbības'],
	[68, 68, 'Operācijas ar nekustamo īpašumu'],
	[69, 75, 'Profesionālie, zinātniskie un tehniskie pakalpojumi'],
	[77, 82, 'Administratīvo un apkalpojošo dienestu darbība'],
	[85, 85, 'Izglītība'],
	[86, 88, 'Veselība un sociālā aprūpe'],
	[90, 93, 'Māksla, izklaide, sports un atpūta'],
	[94, 96, 'Pilsoniskā sabiedrība, profesionāļu apvienības, citi pakalpojumi']
];

/** "4690" → "Vairumtidzniecība un mazumtirdzniecība"; '' when unknown. */
export function naceSection(code: string): string {
	const division = Number(code.slice(0, 2));
	return SECTIONS.find(([from, to]) => division >= from && division <= to)?.[2] ?? '';
}
