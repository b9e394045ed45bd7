/** Party finances: the party page's section and the explore page (#/explore/finances). */
import { defineMessages } from './define';

export const financesMessages = defineMessages(
	{
		'finances.title': 'Finanses pēc partijas pārskatiem',
		'finances.note':
			'Summas, kā partija tās norādījusi KNAB iesniegtajos pārskatos vai kā Delna tās izrakstījusi. Katra rinda ir no sava avota; augstāk uzskaitītie ziedojumi un biedru naudas netiek tām pieskaitīti.',
		'finances.none': 'Par šo partiju datos nav finanšu pārskatu.',
		'finances.year': '{year}. gads',
		'finances.item': 'Postenis',
		'finances.amount': 'Summa',
		'finances.sum': 'Kopā (rindu summa)',
		'finances.stated': 'kā norādīts pārskatā',
		'finances.more': 'Bilance, naudas plūsma un valsts finansējuma izlietojums',
		'finances.reports': 'Iesniegtie pārskati',
		'finances.reportKind': 'Veids',
		'finances.filed': 'Iesniegts',
		'finances.statement.income': 'Ieņēmumi',
		'finances.statement.expense': 'Izdevumi',
		'finances.statement.result': 'Ieņēmumu un izdevumu starpība',
		'finances.statement.assets': 'Bilance: aktīvs',
		'finances.statement.liabilities': 'Bilance: pasīvs',
		'finances.statement.cash-flow': 'Naudas plūsma',
		'finances.statement.state-funding': 'Valsts budžeta finansējuma izlietojums',
		'finances.from': 'Avots: {source}'
	},
	{
		'finances.title': "Finances from the party's reports",
		'finances.note':
			'Amounts as the party stated them in its reports to KNAB, or as Delna extracted them. Each line is from its own source; the donations and membership fees listed above are not added to them.',
		'finances.none': 'The data holds no financial reports of this party.',
		'finances.year': '{year}',
		'finances.item': 'Item',
		'finances.amount': 'Amount',
		'finances.sum': 'Total (sum of the lines)',
		'finances.stated': 'as stated in the report',
		'finances.more': 'Balance sheet, cash flow and use of state funding',
		'finances.reports': 'Reports filed',
		'finances.reportKind': 'Kind',
		'finances.filed': 'Filed',
		'finances.statement.income': 'Income',
		'finances.statement.expense': 'Expenditure',
		'finances.statement.result': 'Income less expenditure',
		'finances.statement.assets': 'Balance sheet: assets',
		'finances.statement.liabilities': 'Balance sheet: liabilities',
		'finances.statement.cash-flow': 'Cash flow',
		'finances.statement.state-funding': 'Use of state funding',
		'finances.from': 'Source: {source}'
	}
);
