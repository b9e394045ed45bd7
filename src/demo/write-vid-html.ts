/**
 * Saved VID portal pages (2024 layout) for a few declarations: the header table, numbered
 * <h2> sections 2–14 with the unnumbered "4b" and section-11 sub-headings, one table per
 * section with rows, cells on their own indented lines as the portal prints them.
 */
import type { Declaration } from './decl-types';
import { payerCell, regAddressCell } from './decl-render';
import { escape, money, section, table } from './html-table';
import { buildDeclaration, longName } from './declarations';
import { dotDate } from './format';
import { euroWords } from './lv-words';
import { stripMarks, upper } from './names';
import { fullName } from './people';
import { FileSink, type Tracker } from './sink';
import type { Official } from './types';
import { HTML_COLUMNS as C, HTML_TITLES as T } from './vid-sections-2024';
import { PAGE_HEAD, PAGE_TAIL_AFTER_STAMP, PAGE_TAIL_BEFORE_STAMP } from './vid-page-shell';
import type { World } from './world';

/** When the fictional pages were saved. */
const SAVED_AT = '01.11.2026 04:20:16';

function descRow(label: string, value: string): string {
	return `\t\t<tr>\n\t\t\t<td>\n\t\t\t\t${label}\n\t\t\t</td>\n\t\t\t<td>\n\t\t\t\t${value}\n\t\t\t</td>\n\t\t</tr>\n`;
}

export function renderPage(d: Declaration): string {
	const name = upper(fullName(d.person)).split(' ').map(escape).join('&nbsp;');
	const header =
		'<table class="descTable">\n\t<tbody>\n' +
		descRow('Deklarācijas veids:', `Kārtējā gada deklarācija - par ${d.year}. gadu`) +
		descRow('Vārds, uzvārds:', name) +
		descRow(
			' Darbavieta vai valsts amatpersonu saraksta iesniedzējas institūcija: ',
			escape(d.official.workplace.display)
		) +
		descRow('Valsts amatpersonas amats:', escape(d.official.role)) +
		descRow('Iesniegta VID:', dotDate(d.filed)) +
		'\t\t\n' +
		descRow('Publicēta:', dotDate(d.published)) +
		'\t\t\n\t</tbody>\n</table>\n\n';
	const has = <T>(rows: T[]) => rows.length > 0;
	const body = [
		section(
			T.posts,
			has(d.posts) &&
				table(
					C.posts,
					d.posts.map((p) => [p.post, p.longName, regAddressCell(p.regNo, p.address, 'html')])
				)
		),
		section(
			T.realEstate,
			has(d.estates) &&
				table(
					C.realEstate,
					d.estates.map((e) => [e.type, e.location, e.mark])
				)
		),
		section(
			T.shares,
			has(d.shares) &&
				table(
					C.shares,
					d.shares.map((s) => [
						longName(s.company),
						regAddressCell(s.company.regNo, s.company.address, 'html'),
						'Kapitāla daļas',
						String(s.count),
						money(s.cents),
						'EUR'
					])
				)
		),
		section(T.financialInstruments),
		section(
			T.vehicles,
			has(d.vehicles) &&
				table(
					C.vehicles,
					d.vehicles.map((v) => [v.type, v.make, String(v.made), String(v.registered), v.mark])
				)
		),
		section(
			T.savings,
			has(d.cash) &&
				table(
					C.cash,
					d.cash.map((c) => [money(c.cents), c.currency, euroWords(c.cents)])
				),
			has(d.banks) &&
				table(
					C.bank,
					d.banks.map((b) => [
						money(b.cents),
						b.currency,
						longName(b.bank),
						regAddressCell(b.bank.regNo, b.bank.address, 'html')
					])
				)
		),
		section(
			T.income,
			has(d.income) &&
				table(
					C.income,
					d.income.map((i) => [payerCell(i.payer, 'html'), i.type, money(i.cents), 'EUR'])
				)
		),
		section(
			T.transactions,
			has(d.transactions) &&
				table(
					C.transactions,
					d.transactions.map((t) => [t.type, money(t.cents), t.currency])
				)
		),
		section(
			T.debts,
			has(d.debts) &&
				table(
					C.debts,
					d.debts.map((x) => [money(x.cents), x.currency, euroWords(x.cents)])
				)
		),
		section(
			T.loans,
			has(d.loans) &&
				table(
					C.loans,
					d.loans.map((x) => [money(x.cents), x.currency, euroWords(x.cents)])
				)
		),
		section(T.benefit),
		section(T.benefitInstruments),
		section(T.trust),
		section(T.pension, table(C.pension, [[d.pension.funds, d.pension.life]])),
		section(
			T.other,
			has(d.other) &&
				table(
					['Cita informācija'],
					d.other.map((text) => [text])
				)
		),
		section(
			T.family,
			has(d.family) &&
				table(
					C.family,
					d.family.map((f) => [f.name, f.relation])
				)
		)
	].join('');
	return `${PAGE_HEAD}${header}${body}${PAGE_TAIL_BEFORE_STAMP}${SAVED_AT}${PAGE_TAIL_AFTER_STAMP}`;
}

export function pagePath(d: Declaration): string {
	const slug = stripMarks(d.person.last).toLowerCase();
	return `vid/pages/${slug}-${d.year}.html`;
}

/** Writes one saved page per (official, year); returns the paths written. */
export function writePages(
	world: World,
	root: string,
	pages: readonly [Official, number][],
	tracker: Tracker
): string[] {
	return pages.map(([official, year]) => {
		const declaration = buildDeclaration(world, official, year);
		const path = pagePath(declaration);
		const sink = new FileSink(root, path);
		sink.write(renderPage(declaration));
		sink.close();
		tracker.person(official.person, { file: path });
		return path;
	});
}
