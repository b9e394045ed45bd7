/**
 * The 2024 portal page layout (family is section 14; an unnumbered "4b" follows section 4;
 * section 11 has two unnumbered sub-headings). Titles keep the portal's line breaks.
 */

export const HTML_TITLES = {
	posts:
		'\n\t2. Citi amati, kurus deklarācijas iesniedzējs ieņem papildus valsts amatpersonas\n\tamatam (t.sk. amati biedrībās, nodibinājumos, politiskajās, reliģiskajās organizācijās\n\tun arodbiedrībās), un citi darbi, kurus deklarācijas iesniedzējs strādā, kā arī\n\tinformācija par uzņēmuma līgumiem vai pilnvarojumiem, kuros noteiktās saistības\n\ttas pilda',
	realEstate:
		'\n\t3. Deklarācijas iesniedzēja īpašumā (kopīpašumā), valdījumā vai lietošanā esošie\n\tnekustamie īpašumi (arī tie, kurus tas nomā no citām personām un kuri atrodas tā\n\tvaldījumā sakarā ar nodibināto aizbildnību vai aizgādnību)',
	shares:
		'\n\t4. Komercsabiedrības, kuru dalībnieks, akcionārs vai biedrs ir deklarācijas iesniedzējs.\n\tDeklarācijas iesniedzējam piederošās kapitāla daļas un akcijas (privatizācijas un\n\tkompensācijas sertifikātiem norāda tikai skaitu)',
	financialInstruments:
		'\n\tDeklarācijas iesniedzējam piederošie finanšu instrumenti – parāda vērtspapīri (piemēram,\n\tobligācijas), vērtspapīri, ar kuriem nostiprinātas tiesības iegādāties vai atsavināt\n\tpārvedamus vērtspapīrus vai kuri paredz norēķinus naudā, ieguldījumu fondu ieguldījumu\n\tapliecības un citi pārvedami vērtspapīri, kas apliecina līdzdalību ieguldījumu fondos\n\tvai tiem pielīdzināmos kopējo ieguldījumu uzņēmumos, naudas tirgus instrumenti',
	vehicles:
		'\n\t5. Deklarācijas iesniedzējam piederošie reģistrējamie transportlīdzekļi, kā arī\n\ttā valdījumā vai lietošanā esošie transportlīdzekļi un transportlīdzekļi, kurus\n\ttas ir iegādājies uz līzinga līguma pamata',
	savings:
		'\n\t6. Deklarācijas iesniedzēja skaidrās un bezskaidrās naudas uzkrājumi, ja to summa\n\tpārsniedz 20 Ministru kabineta noteiktās minimālās mēnešalgas (attiecīgās valūtas\n\tvienībās)',
	income:
		'\n\t7. Visi deklarācijas iesniedzēja pārskata periodā gūtie ienākumi, piemēram, darba\n\talga, piemaksas pie darba algas, prēmijas, honorāri, ienākumi no saimnieciskās un\n\tkomercdarbības, apdrošināšanas izmaksas, kompensācijas, ienākumi no kustamās un\n\tnekustamās mantas realizācijas un nomas (īres), laimesti un dividendes, mantojumi,\n\tdāvinājumi, saņemtie pabalsti un citi ienākumi',
	transactions:
		'\n\t8. Deklarācijas iesniedzēja pārskata periodā veiktie darījumi, ja to summa pārsniedz\n\t20 Ministru kabineta noteiktās minimālās mēnešalgas',
	debts:
		'\n\t9. Deklarācijas iesniedzēja parādsaistības, kuru apmērs pārsniedz 20 Ministru kabineta\n\tnoteiktās minimālās mēnešalgas',
	loans:
		'\n\t10. Deklarācijas iesniedzēja izsniegtie aizdevumi, kuru summa pārsniedz 20 Ministru\n\tkabineta noteiktās minimālās mēnešalgas',
	benefit:
		'\n\t11. Informācija par gūto labumu Noziedzīgi iegūtu līdzekļu legalizācijas un terorisma\n\tfinansēšanas novēršanas likuma izpratnē no citai personai piederošas vai pārvaldīšanā\n\tnodotas lietas vai tās daļas',
	benefitInstruments:
		'\n\tInformācija par gūto labumu Noziedzīgi iegūtu līdzekļu legalizācijas un terorisma\n\tfinansēšanas novēršanas likuma izpratnē no citai personai piederošām vai citas personas\n\tpārvaldīšanā esošām kapitāla daļām, akcijām un citiem likuma "Par interešu konflikta\n\tnovēršanu valsts amatpersonu darbībā" 24.panta pirmās daļas 5.<sup>1</sup>punktā\n\tminētajiem finanšu instrumentiem',
	trust:
		'\n\tJa ir noslēgts līgums (piemēram, trasta līgums), norāda līguma noslēgšanas datumu,\n\tlīguma priekšmetu, priekšmeta vērtību un valūtu',
	pension:
		'\n\t12. Deklarācijas iesniedzējs, norādot ar vārdiem "ir" vai "nav", sniedz informāciju,\n\tvai tam ir vai nav uzkrāti līdzekļi privātajos pensiju fondos vai dzīvības apdrošināšanā\n\t(ar līdzekļu uzkrāšanu)',
	other:
		'\n\t13. Cita informācija, kuru vēlas norādīt un, kuras mērķis ir paskaidrot ar deklarētajām\n\tziņām saistītas intereses vai citus apstākļus, kuri var izraisīt mantisko vai citu\n\tpersonisko ieinteresētību kādas deklarācijas iesniedzēja amata pienākumos ietilpstošas\n\tdarbības veikšanā',
	family: '\n\t14. Deklarācijas iesniedzēja laulātais, vecāki un pilngadīgie brāļi, māsas un bērni'
} as const;

/** Column headers of the 2024 page; sections 8 and 9 had no rows there and keep the older headers. */
export const HTML_COLUMNS = {
	posts: [
		'Amata nosaukums, darbi, informācija par uzņēmuma līgumiem un pilnvarojumiem',
		'Juridiskai personai - nosaukums; fiziskai personai - vārds un uzvārds',
		'Juridiskai personai - reģistrācijas numurs Komercreģistrā un juridiskā adrese'
	],
	realEstate: [
		'Nekustamā īpašuma veids',
		'Nekustamā īpašuma atrašanās vieta (valsts, pilsēta/apdzīvota vieta)',
		'Atzīme par to, vai ir īpašumā (kopīpašumā), valdījumā vai lietošanā'
	],
	shares: [
		'Komercsabiedrības nosaukums',
		'Komercsabiedrības reģistrācijas numurs komercreģistrā un juridiskā adrese',
		'Kapitāla veids',
		'Kapitāla daļu, akciju skaits',
		'Kapitāla daļu, akciju kopējā vērtība',
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
	loans: ['Summa ar cipariem', 'Valūta', 'Summa ar vārdiem'],
	pension: ['Privātie pensiju fondi', 'Dzīvības apdrošināšana (ar līdzekļu uzkrāšanu)'],
	family: ['Vārds, uzvārds', 'Radniecība'],
	transactions: ['Darījuma veids', 'Summa', 'Valūta'],
	debts: ['Summa ar cipariem', 'Valūta', 'Summa ar vārdiem']
} as const;
