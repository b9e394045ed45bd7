import { defineMessages } from './define';

/**
 * A red flag opened: the section's introduction, the labels of its figures and rule, and per
 * kind its title, explanation, threshold, legal or methodological source and known false
 * positives (`flag.<kind>.*`). A page area (messages/index.ts, PAGE_AREAS): the profile's
 * flags section and the flags page add it as they load.
 */
export const flagDetailsMessages = defineMessages(
	{
		'flags.intro':
			'Pazīme nozīmē tikai to, ka publicētie dati atbilst kādam noteikumam un ir vērts ieskatīties tuvāk. Tā nav apsūdzība un nepierāda pārkāpumu. Katru pazīmi aprēķina no avota ierakstiem, kas norādīti pie tās, un tikai pēc apstiprinātām vai ticamām saitēm, nekad pēc vārdabrāļa.',
		'flags.figures': 'Skaitļi',
		'flags.rule': 'Noteikums',
		'flags.threshold': 'Slieksnis',
		'flags.source': 'Avots',
		'flags.falsePositives': 'Kad pazīme var maldināt',
		'flags.records': 'Avota ieraksti ({count})',
		'flags.related': 'Saistīts ar',
		'flags.probable':
			'Pazīme balstās uz ticamu (ne apstiprinātu) saiti starp ierakstiem; pārbaudiet to.',
		'flags.year': '{year}. gads',
		'flag.major-donor.title': 'Lielziedotājs',
		'flag.major-donor.explanation':
			'Vienas personas naudas ziedojumi un biedru naudas visām partijām kopā vienā kalendārajā gadā (atmaksas atskaitītas) sasniedz piecas tā gada minimālās mēnešalgas. Par vienu personu uzskata ierakstus ar vienu vārdu un vienu dzimšanas datuma daļu personas kodā; ierakstus bez derīga koda nesummē.',
		'flag.major-donor.threshold': '5 minimālās mēnešalgas gadā (2023. gadā EUR 3 100)',
		'flag.major-donor.source':
			'Politisko organizāciju (partiju) finansēšanas likums; minimālā alga: MK noteikumi Nr. 656 (data/minimum-wage.json). Tas pats slieksnis, ko Delna publicē kā “above_yearly_limit”.',
		'flag.major-donor.falsePositives':
			'Mantiski ziedojumi šeit nav ieskaitīti; divas personas ar vienu vārdu un dzimšanas datumu; datu ievades kļūdas summā vai kodā.',
		'flag.donations-over-income.title': 'Ziedojumi pārsniedz ienākumu noteikumu',
		'flag.donations-over-income.explanation':
			'Amatpersonas ziedojumi un biedru naudas gadā pārsniedz 30 % no ienākumiem, ko tā deklarēja par iepriekšējo gadu. Parādīti abi skaitļi un deklarācija.',
		'flag.donations-over-income.threshold':
			'vairāk nekā 30 % no iepriekšējā gada deklarētajiem ienākumiem',
		'flag.donations-over-income.source':
			'Politisko organizāciju (partiju) finansēšanas likums ar grozījumiem, kas spēkā no 2020. gada; ienākumi no VID valsts amatpersonas deklarācijas.',
		'flag.donations-over-income.falsePositives':
			'Deklarācijā nav visu likumā ieskaitāmo līdzekļu (uzkrājumi, laulātā ienākumi, mantojums, īpašuma pārdošana); deklarācijas ievades kļūdas.',
		'flag.anonymous-gifts.title': 'Anonīmi ziedojumi',
		'flag.anonymous-gifts.explanation':
			'Partija gada laikā ziņojusi ziedojumus bez ziedotāja vārda (“ANONĪMS”), un to, cik no tiem atmaksāts.',
		'flag.anonymous-gifts.threshold': 'jebkurš anonīms ieraksts gadā',
		'flag.anonymous-gifts.source':
			'Politisko organizāciju (partiju) finansēšanas likums aizliedz paturēt anonīmus ziedojumus; partijas pārskati KNAB.',
		'flag.anonymous-gifts.falsePositives':
			'Anonīms ziedojums, ko partija jau atmaksājusi vai nodevusi valstij; iepriekšēja gada ziedojuma atmaksa.',
		'flag.refunds.title': 'Atmaksāti ziedojumi vai biedru naudas',
		'flag.refunds.explanation':
			'Partija gada laikā atmaksājusi ziedojumus vai biedru naudas (negatīvas summas); parādīts, cik un ko atmaksāja.',
		'flag.refunds.threshold': 'jebkura atmaksa gadā',
		'flag.refunds.source':
			'Partiju ziedojumu un biedru naudu ieraksti KNAB (metodoloģisks rādītājs).',
		'flag.refunds.falsePositives':
			'Kļūdaini iemaksāta nauda, ko atmaksā pēc ziedotāja lūguma; grāmatvedības labojumi.',
		'flag.wealth-growth.title': 'Uzkrājumi pieauga vairāk nekā ienākumi',
		'flag.wealth-growth.explanation':
			'Deklarētie uzkrājumi (skaidra nauda, konti) un kapitāla daļas gada laikā pieauga vairāk nekā tā paša gada deklarētie ienākumi.',
		'flag.wealth-growth.threshold': 'pieaugums > gada ienākumi un ≥ EUR 10 000',
		'flag.wealth-growth.source':
			'Likums “Par interešu konflikta novēršanu valsts amatpersonu darbībā” (deklarācijas); metode kā declarations.com.ua.',
		'flag.wealth-growth.falsePositives':
			'Mantojums, dāvinājums, īpašuma pārdošana, aizņēmums, laulātā līdzekļi, valūtas kursa maiņa, ievades kļūdas.',
		'flag.private-debt.title': 'Parāds privātpersonai',
		'flag.private-debt.explanation':
			'Deklarēts parāds, kura kreditors ir nosaukts un nav banka, līzinga vai cits uzņēmums vai iestāde (nosaukumā nav juridiskās formas vai reģistrācijas numura).',
		'flag.private-debt.threshold':
			'jebkurš šāds parāds (VID publicē parādus virs 20 minimālajām algām)',
		'flag.private-debt.source':
			'Likums “Par interešu konflikta novēršanu valsts amatpersonu darbībā” (deklarācijas); metode kā declarations.com.ua. Publiskajās VID deklarācijās kreditors parasti nav nosaukts.',
		'flag.private-debt.falsePositives':
			'Aizdevums no ģimenes locekļa; kreditora nosaukums bez juridiskās formas.',
		'flag.assets-over-income.title': 'Līdzekļi vairāk nekā 10 × ienākumi',
		'flag.assets-over-income.explanation':
			'Deklarētie uzkrājumi, kapitāla daļas un izsniegtie aizdevumi ir vairāk nekā desmit reizes lielāki par tā paša gada deklarētajiem ienākumiem.',
		'flag.assets-over-income.threshold': 'līdzekļi > 10 × gada ienākumi un ≥ EUR 10 000',
		'flag.assets-over-income.source':
			'Likums “Par interešu konflikta novēršanu valsts amatpersonu darbībā” (deklarācijas); metode kā declarations.com.ua.',
		'flag.assets-over-income.falsePositives':
			'Ilgi krāti līdzekļi, mantojums, laulātā līdzekļi, pensionāri ar maziem ienākumiem, ievades kļūdas.',
		'flag.shared-company.title': 'Uzņēmums saistīts arī ar citiem',
		'flag.shared-company.explanation':
			'Uzņēmums, kurā amatpersona deklarē daļas vai amatu, datos saistīts arī ar citu amatpersonu vai ziedotāju, vai pats ir ziedotājs. Tā ir saite, ne vērtējums.',
		'flag.shared-company.threshold': 'vismaz viena cita amatpersona vai ziedotājs',
		'flag.shared-company.source':
			'VID deklarācijas, Uzņēmumu reģistrs un KNAB ieraksti (metodoloģisks rādītājs).',
		'flag.shared-company.falsePositives':
			'Lieli uzņēmumi ar daudziem dalībniekiem; kopīgs amats bezpeļņas organizācijā; vārdabrāļi reģistrā.',
		'flag.company-tax-overlap.title': 'Daļas uzņēmumā ar nodokļu datiem',
		'flag.company-tax-overlap.explanation':
			'Amatpersonai ir daļas vai amats uzņēmumā, kura samaksāto nodokļu kopsummas ir datos; parādīti gadi, kad abi pārklājas.',
		'flag.company-tax-overlap.threshold': 'vismaz viens kopīgs gads',
		'flag.company-tax-overlap.source':
			'VID deklarācijas vai Uzņēmumu reģistrs un VID nodokļu kopsummas (metodoloģisks rādītājs).',
		'flag.company-tax-overlap.falsePositives':
			'Neliela daļa lielā uzņēmumā; amats, kas beidzies gada sākumā.'
	},
	{
		'flags.intro':
			'A flag only means that the published data meet a rule and are worth a closer look. It is not an accusation and proves no wrongdoing. Each flag is computed from the source records listed with it, and only through confirmed or probable links, never through a namesake.',
		'flags.figures': 'Figures',
		'flags.rule': 'Rule',
		'flags.threshold': 'Threshold',
		'flags.source': 'Source',
		'flags.falsePositives': 'When a flag can mislead',
		'flags.records': 'Source records ({count})',
		'flags.related': 'Involves',
		'flags.probable':
			'This flag rests on a probable (not confirmed) link between records; check it.',
		'flags.year': '{year}',
		'flag.major-donor.title': 'Major donor',
		'flag.major-donor.explanation':
			'One person’s money donations and membership fees to all parties together in one calendar year (refunds taken off) reach five minimum monthly wages of that year. Rows with the same name and the same birth-date part of the personal code count as one person; rows without a usable code are never summed.',
		'flag.major-donor.threshold': '5 minimum monthly wages a year (EUR 3,100 in 2023)',
		'flag.major-donor.source':
			'Political Organisations (Parties) Financing Law; minimum wage: Cabinet Regulation No. 656 (data/minimum-wage.json). The same mark Delna publishes as “above_yearly_limit”.',
		'flag.major-donor.falsePositives':
			'Gifts in kind are not counted here; two people with the same name and birth date; data-entry errors in an amount or code.',
		'flag.donations-over-income.title': 'Donations above the income rule',
		'flag.donations-over-income.explanation':
			'An official’s donations and membership fees in a year exceed 30 % of the income they declared for the year before. Both figures and the declaration are shown.',
		'flag.donations-over-income.threshold':
			'more than 30 % of the income declared for the year before',
		'flag.donations-over-income.source':
			'Political Organisations (Parties) Financing Law as amended with effect from 2020; income from the VID public official’s declaration.',
		'flag.donations-over-income.falsePositives':
			'The declaration does not show all money the law counts (savings, a spouse’s income, an inheritance, a property sale); errors in the declaration.',
		'flag.anonymous-gifts.title': 'Anonymous gifts',
		'flag.anonymous-gifts.explanation':
			'A party reported gifts in a year with no donor named (“ANONĪMS”), and how much of them was returned.',
		'flag.anonymous-gifts.threshold': 'any anonymous record in a year',
		'flag.anonymous-gifts.source':
			'The Political Organisations (Parties) Financing Law forbids keeping anonymous gifts; the party’s reports to KNAB.',
		'flag.anonymous-gifts.falsePositives':
			'An anonymous gift the party already returned or handed to the state; the refund of an earlier year’s gift.',
		'flag.refunds.title': 'Gifts or fees returned',
		'flag.refunds.explanation':
			'A party returned donations or membership fees in a year (negative amounts); how many and what was returned is shown.',
		'flag.refunds.threshold': 'any refund in a year',
		'flag.refunds.source': 'KNAB records of party donations and fees (a methodological measure).',
		'flag.refunds.falsePositives':
			'Money paid in by mistake and returned at the donor’s request; bookkeeping corrections.',
		'flag.wealth-growth.title': 'Savings grew by more than income',
		'flag.wealth-growth.explanation':
			'Declared savings (cash, accounts) and holdings grew over a year by more than the income declared for that year.',
		'flag.wealth-growth.threshold': 'growth > the year’s income and ≥ EUR 10,000',
		'flag.wealth-growth.source':
			'Law on the Prevention of Conflict of Interest in Activities of Public Officials (declarations); method as on declarations.com.ua.',
		'flag.wealth-growth.falsePositives':
			'An inheritance, a gift, a property sale, a loan, a spouse’s money, exchange rates, data-entry errors.',
		'flag.private-debt.title': 'Money owed to a private person',
		'flag.private-debt.explanation':
			'A declared debt whose creditor is named and is not a bank, a leasing company or another company or public body (no legal form or registration number in the name).',
		'flag.private-debt.threshold': 'any such debt (VID publishes debts above 20 minimum wages)',
		'flag.private-debt.source':
			'Law on the Prevention of Conflict of Interest in Activities of Public Officials (declarations); method as on declarations.com.ua. Public VID declarations usually do not name the creditor.',
		'flag.private-debt.falsePositives':
			'A loan from a family member; a creditor’s name written without its legal form.',
		'flag.assets-over-income.title': 'Assets more than 10 × income',
		'flag.assets-over-income.explanation':
			'Declared savings, holdings and loans given are more than ten times the income declared for the same year.',
		'flag.assets-over-income.threshold': 'assets > 10 × the year’s income and ≥ EUR 10,000',
		'flag.assets-over-income.source':
			'Law on the Prevention of Conflict of Interest in Activities of Public Officials (declarations); method as on declarations.com.ua.',
		'flag.assets-over-income.falsePositives':
			'Money saved over many years, an inheritance, a spouse’s money, pensioners with small incomes, data-entry errors.',
		'flag.shared-company.title': 'Company tied to others too',
		'flag.shared-company.explanation':
			'A company in which the official declares shares or a post is, in the data, also tied to another official or a donor, or is a donor itself. This is a link, not a judgement.',
		'flag.shared-company.threshold': 'at least one other official or donor',
		'flag.shared-company.source':
			'VID declarations, the Enterprise Register and KNAB records (a methodological measure).',
		'flag.shared-company.falsePositives':
			'Large companies with many shareholders; a shared post in a non-profit; namesakes in the register.',
		'flag.company-tax-overlap.title': 'Holding in a company with tax data',
		'flag.company-tax-overlap.explanation':
			'The official holds shares or a post in a company whose tax totals are in the data; the years both cover are shown.',
		'flag.company-tax-overlap.threshold': 'at least one year in common',
		'flag.company-tax-overlap.source':
			'VID declarations or the Enterprise Register, and VID tax totals (a methodological measure).',
		'flag.company-tax-overlap.falsePositives':
			'A small share in a large company; a post that ended early in the year.'
	}
);

export type FlagDetailsKey = keyof typeof flagDetailsMessages.lv & string;
