/**
 * A fictional party's annual report in the layout of the KNAB report page (info.knab.gov.lv,
 * before July 2026): `table#declaration`, a `th` row per statement, rows of item and amount
 * (`€ 1234.00`), indented by class, totals in bold where KNAB prints them so.
 */
import { escape } from './html-table';
import { plainAmount } from './format';
import {
	cashEndOf,
	cashOutOf,
	expenseOf,
	EXPENSE_ITEMS,
	incomeOf,
	type PartyYear
} from './party-finances';

const euro = (cents: number) => `€ ${plainAmount(cents)}`;
const BOLD = " style='font-weight:bolder'";

type Row = [item: string, cents: number | undefined, indent?: number, bold?: boolean];

function rows(list: readonly Row[]): string {
	return list
		.map(([item, cents, indent = 0, bold = false]) => {
			const cls = indent > 0 ? ` class='indent${indent}'` : '';
			const style = bold ? BOLD : '';
			if (cents === undefined) return `<tr><td colspan='2'${cls}${style}>${escape(item)}</td></tr>`;
			return `<tr><td${cls}${style}>${escape(item)}</td><td${style}>${euro(cents)}</td></tr>`;
		})
		.join('');
}

const statement = (title: string, list: readonly Row[]) =>
	`<tr>\n<th colspan="2">\n${title}                </th>\n</tr>\n${rows(list)}\n`;

function balance(y: PartyYear): Row[] {
	const cash = cashEndOf(y);
	const assets = y.fixedAssets + cash;
	const result = incomeOf(y) - expenseOf(y);
	const funds = assets - y.creditors;
	const reserve = Math.min(Math.max(0, result), funds);
	return [
		['Aktīvs', assets, 0, true],
		['Ilgtermiņa ieguldījumi', y.fixedAssets],
		['II. Pamatlīdzekļi.', y.fixedAssets, 1],
		['Apgrozāmie līdzekļi', cash],
		['IV. Nauda.', cash, 1],
		['Pasīvs', assets, 0, true],
		['I. Fondi.', funds],
		['1. Pamatfonds.', funds - reserve, 1],
		['3. Rezerves fonds.', reserve, 1],
		['III. Īstermiņa kreditori.', y.creditors]
	];
}

function incomeAndExpense(y: PartyYear): Row[] {
	return [
		['I. Biedru nauda un iestāšanās nauda.', y.fees],
		['II. Saņemtie dāvinājumi (ziedojumi).', y.donations],
		['III. Saņemtie mantojumi.', 0],
		['IV. Ieņēmumi no saimnieciskās darbības.', y.business],
		['V. Valsts budžeta finansējums.', y.stateFunding],
		['VI. Citi ieņēmumi.', y.other],
		['VII. Ieņēmumi kopā.', incomeOf(y)],
		['VIII. Izdevumi.', undefined],
		...EXPENSE_ITEMS.map((item, i): Row => [`${i + 1}. ${item}.`, y.expenses[i]!, 1]),
		['IX. Nodokļi.', y.taxes],
		['X. Izdevumi kopā.', expenseOf(y)],
		['XI. Ieņēmumu un izdevumu starpība.', incomeOf(y) - expenseOf(y)]
	];
}

function cashFlow(y: PartyYear): Row[] {
	const inflow = incomeOf(y);
	return [
		['I. Naudas atlikums pārskata gada sākumā.', y.cashStart],
		['II. Naudas ieņēmumi no biedru naudas un iestāšanās naudas.', y.fees],
		['III. Dāvinājumu (ziedojumu) veidā saņemtā nauda.', y.donations],
		['V. Naudas ieņēmumi no saimnieciskās darbības.', y.business],
		['VII. Valsts budžeta finansējums.', y.stateFunding],
		['VIII. Citi naudas ieņēmumi.', y.other],
		['IX. Naudas ieņēmumi kopā.', inflow],
		['XVII. Citi naudas izdevumi.', cashOutOf(y)],
		['XVIII. Naudas izdevumi kopā.', cashOutOf(y)],
		['XX. Naudas atlikums pārskata gada beigās.', cashEndOf(y)]
	];
}

function stateFunding(y: PartyYear): Row[] {
	const [start, received, office, content, communication] = y.state;
	const spent = office + content + communication;
	return [
		['Naudas atlikums pārskata gada sākumā', start, 0, true],
		['Ieņēmumi', undefined, 0, true],
		['Valsts budžeta finansējums', received],
		['Ieņēmumi kopā', received, 0, true],
		['Izdevumi', undefined, 0, true],
		['biroja un darbinieku uzturēšanai', office],
		['darbības saturiskai nodrošināšanai', content],
		['komunikācijai ar sabiedrību, politiskajai aģitācijai', communication],
		['Izdevumi kopā', spent, 0, true],
		['Naudas atlikums pārskata gada beigās', start + received - spent, 0, true]
	];
}

/** The whole page; `url` is the report's address on the KNAB site. */
export function reportPage(y: PartyYear, url: string): string {
	const party = statement('Politiskā organizācija', []).replace(
		'\n\n',
		`\n<tr><td>Partijas nosaukums:</td><td style='min-width:120px;'>${escape(y.party.name)}</td></tr><tr><td>Reģ. nr.:</td><td>${y.party.regNo}</td></tr>\n`
	);
	return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Partiju deklarācijas :: KNAB</title>
<meta property="og:url" content="${escape(url)}" />
</head>
<body id="view">
<div id="declaration" class="pdb-results">
<h2>Deklarācija (${y.year})</h2>
<table id="declaration">
<tbody>
${party}${statement('Bilance', balance(y))}${statement('Ieņēmumu un izdevumu pārskats', incomeAndExpense(y))}${statement('Naudas plūsmas pārskats', cashFlow(y))}${y.stateFunding > 0 ? statement('Valsts budžeta finansējuma izlietojums', stateFunding(y)) : ''}</tbody>
</table>
</div>
</body>
</html>
`;
}
