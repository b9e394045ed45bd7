/**
 * Section titles and column headers of VID declarations, verbatim from the portal: the
 * 2011 layout the opendata.lv scraper saved (declarations.json) and the 2024 layout of
 * saved portal pages. Adapters find sections by these strings, so they must not drift.
 */

/** Section titles of the scraper layout (data.json), by section. */
export const JSON_TITLES = {
	posts:
		'2. Citi amati, kurus deklarācijas iesniedzējs ieņem papildus valsts amatpersonas amatam (t.sk. amati biedrībās, nodibinājumos, politiskajās, reliģiskajās organizācijās un arodbiedrībās), un citi darbi, kurus deklarācijas iesniedzējs strādā, kā arī informācija par uzņēmuma līgumiem vai pilnvarojumiem, kuros noteiktās saistības tas pilda',
	realEstate:
		'3. Deklarācijas iesniedzēja īpašumā (kopīpašumā), valdījumā vai lietošanā esošie nekustamie īpašumi (arī tie, kurus tas nomā no citām personām un kuri atrodas tā valdījumā sakarā ar nodibināto aizbildnību vai aizgādnību)',
	shares:
		'4. Komercsabiedrības, kuru dalībnieks, akcionārs vai biedrs ir deklarācijas iesniedzējs, kā arī norāde, ka deklarācijas iesniedzējs ir individuālais komersants. Deklarācijas iesniedzējam piederošās kapitāla daļas, akcijas un vērtspapīri (privatizācijas un kompensācijas sertifikātiem norāda tikai skaitu)',
	vehicles:
		'5. Deklarācijas iesniedzējam piederošie reģistrējamie transportlīdzekļi, kā arī tā valdījumā vai lietošanā esošie transportlīdzekļi un transportlīdzekļi, kurus tas ir iegādājies uz līzinga līguma pamata',
	savings:
		'6. Deklarācijas iesniedzēja skaidrās un bezskaidrās naudas uzkrājumi, ja to summa pārsniedz 20 Ministru kabineta noteiktās minimālās mēnešalgas (attiecīgās valūtas vienībās)',
	income:
		'7. Visi deklarācijas iesniedzēja pārskata periodā gūtie ienākumi, piemēram, darba alga, piemaksas pie darba algas, prēmijas, honorāri, ienākumi no saimnieciskās un komercdarbības, apdrošināšanas izmaksas, kompensācijas, ienākumi no kustamās un nekustamās mantas realizācijas un nomas (īres), laimesti un dividendes, mantojumi, dāvinājumi un citi ienākumi',
	transactions:
		'8. Deklarācijas iesniedzēja pārskata periodā veiktie darījumi, ja to summa pārsniedz 20 Ministru kabineta noteiktās minimālās mēnešalgas',
	debts:
		'9. Deklarācijas iesniedzēja parādsaistības, kuru apmērs pārsniedz 20 Ministru kabineta noteiktās minimālās mēnešalgas',
	loans:
		'10. Deklarācijas iesniedzēja izsniegtie aizdevumi, kuru summa pārsniedz 20 Ministru kabineta noteiktās minimālās mēnešalgas',
	other:
		'11. Informācija par citiem faktiem, kas, pēc deklarācijas iesniedzēja domām, attiecas uz viņa mantisko stāvokli un tā izmaiņām pārskata periodā un nav norādīti citos deklarācijas publicējamās daļas punktos',
	family:
		'12. Deklarācijas iesniedzēja laulātais, brāļi un māsas, vecāki (arī adoptētāji), bērni (arī adoptētie)'
} as const;

/** Column headers of the scraper layout; `Bezkaidrās` is the portal's own typo. */
export const JSON_COLUMNS = {
	posts: [
		'Amata nosaukums, darbi, informācija par uzņēmuma līgumiem un pilnvarojumiem',
		'Juridiskai personai - nosaukums; fiziskai personai - vārds un uzvārds',
		'Juridiskai personai - reģistrācijas numurs Komercreģistrā un juridiskā adrese'
	],
	realEstate: [
		'Nekustamā īpašuma veids',
		'Nekustamā īpašuma atrašanās vieta (valsts, pilsēta/apdzīvota vieta)',
		'Atzīme par to, vai ir īpašumā (kopīpašumā), valdījumā vai lietošanā',
		'Ja ir valdījumā, lietošanā vai kopīpašumā, norādīt īpašnieka vai līdzīpašnieka vārdu un uzvārdu'
	],
	shares: [
		'Juridiskās personas nosaukums',
		'Reģistrācijas numurs Komercreģistrā un juridiskā adrese',
		'Kapitāla daļu skaits',
		'Summa',
		'Valūta'
	],
	securities: [
		'Vērtspapīru emitenta nosaukums',
		'Reģistrācijas numurs Komercreģistrā un juridiskā adrese',
		'Vērtspapīru veids',
		'Skaits',
		'Summa (nominālvērtībā)',
		'Valūta'
	],
	vehicles: [
		'Transportlīdzekļa veids',
		'Marka',
		'Izlaides gads',
		'Reģistrācijas gads',
		'Atzīme par to, vai ir īpašumā, valdījumā vai lietošanā'
	],
	cash: [
		'Skaidrās naudas uzkrājuma summa ar cipariem',
		'Valūta',
		'Skaidrās naudas uzkrājuma summa ar vārdiem'
	],
	bank: [
		'Bezkaidrās naudas uzkrājuma summa',
		'Valūta',
		'Bezskaidrās naudas uzkrājumu turētāja vai norēķinu kartes izdevēja nosaukums',
		'Juridiskai personai - reģistrācijas numurs Komercreģistrā un juridiskā adrese'
	],
	income: [
		'Ienākumu gūšanas vieta (avots) – juridiskās personas nosaukums, reģistrācijas numurs komercreģistrā un juridiskā adrese; fiziskās personas vārds un uzvārds',
		'Ienākumu veids',
		'Summa',
		'Valūta'
	],
	transactions: ['Darījuma veids', 'Summa', 'Valūta'],
	debts: ['Summa ar cipariem', 'Valūta', 'Summa ar vārdiem'],
	loans: ['Summa ar cipariem', 'Valūta', 'Summa ar vārdiem'],
	other: ['Publicējamā daļa'],
	family: ['Vārds, uzvārds', 'Radniecība']
} as const;
