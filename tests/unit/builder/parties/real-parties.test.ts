/**
 * The real samples built together: one entity per party however a source spells it, and every
 * party name either placed by the register or listed in the build report. Expected figures are
 * computed here from the source files and the register, not copied from a build.
 */
import { isFeeRelation } from '../../../../src/model/money-kinds';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { ADAPTERS } from '../../../../src/builder/adapters/index';
import { build } from '../../../../src/builder/build';
import { readCsv } from '../../../../src/builder/sources/csv';
import { foldPartyName } from '../../../../src/builder/parties/fold-party';
import { loadPartyRegister } from '../../../../src/builder/parties/load';
import type { BuildReport } from '../../../../src/builder/report';
import type { FactGroup } from '../../../../src/model/bundle-format';
import { bundleLines } from '../../../fixtures/bundle-lines';
import type { Donation, Entity, Organisation, Relation } from '../../../../src/model/types';
import { describeRealData, realPath } from '../../../fixtures/realdata';

const FILES = [
	'lv-knab-donations-delna-iw/a1.csv',
	'lv-knab-donations-delna-iw/a2.csv',
	'lv-saeima-deputies-delna-iw/groups.csv',
	'lv-vid-declarations-interests-delna-iw/interests_and_assets.csv',
	'lv-vid-declaration-pages/data.json',
	'lv-vid-declaration-pages/slesers-2024.html',
	'lv-knab-web-snapshots/knab_donations_page.html'
];

const column = (file: string, header: string): string[] =>
	readCsv(readFileSync(realPath(file), 'utf8')).rows.map((r) => (r.values[header] ?? '').trim());

describeRealData('party register on the real samples built together', () => {
	const { register } = loadPartyRegister('data/parties.json');
	let report: BuildReport;
	let organisations: Organisation[];
	let donations: Donation[];
	let relations: Relation[];

	beforeAll(() => {
		const dir = join(mkdtempSync(join(tmpdir(), 'plainview-parties-')), 'bundle');
		const result = build({ files: FILES.map((f) => realPath(f)), out: dir }, ADAPTERS);
		expect(result.error).toBeUndefined();
		report = result.report;
		organisations = bundleLines<Entity>(dir, 'entities').filter(
			(e): e is Organisation => 'kind' in e
		);
		const groups = bundleLines<FactGroup>(dir, 'facts');
		donations = groups.flatMap((g) => g.donations);
		relations = [...new Map(groups.flatMap((g) => g.relations).map((r) => [r.id, r])).values()];
	}, 120_000);

	const donationNames = () => [
		...column('lv-knab-donations-delna-iw/a1.csv', 'Partija'),
		...column('lv-knab-donations-delna-iw/a2.csv', 'Partija')
	];
	const pageNames = () =>
		[
			...readFileSync(realPath('lv-knab-web-snapshots/knab_donations_page.html'), 'utf8').matchAll(
				/<td class="party"[^>]*>\s*(?:<a [^>]*>)?([^<]*)/g
			)
		].map((m) => m[1]!.replace(/&quot;/g, '"').trim());
	const listNames = () =>
		column('lv-saeima-deputies-delna-iw/groups.csv', 'Politiska partija').filter(
			(name) => name && name !== 'Nav'
		);

	it('gives as many party entities as register entries and unplaced names the sources call for', () => {
		const placed = new Set<string>();
		const unplaced = new Set<string>();
		for (const name of [...donationNames(), ...pageNames(), ...listNames()]) {
			const entry = register.place(name)?.entry;
			if (entry) placed.add(entry.id);
			else unplaced.add(foldPartyName(name));
		}
		// A declaration names parties by reg. no. only: those the register knows are parties too.
		const declared = readFileSync(realPath('lv-vid-declaration-pages/slesers-2024.html'), 'utf8');
		for (const [regNo] of declared.matchAll(/\b\d{11}\b/g)) {
			const entry = register.byRegNo(regNo);
			if (entry) placed.add(entry.id);
		}
		const parties = organisations.filter((o) => o.kind === 'party');
		expect(parties.length).toBe(placed.size + unplaced.size);
		expect(parties.filter((o) => o.isUnplaced).length).toBe(unplaced.size);
		expect(report.parties).toMatchObject({ placed: placed.size, unplaced: unplaced.size });
	});

	it('meets the three spellings of the New Conservative Party in one entity, with its money', () => {
		const ids = (names: string[]) =>
			new Set(donations.filter((d) => names.includes(d.partyName)).map((d) => d.party));
		const a1 = ids(['Konservatīvie (Jaunā konservatīvā partija)']);
		const page = ids(['JKP Jaunā konservatīvā partija']);
		expect(a1.size).toBe(1);
		expect(page).toEqual(a1);
		const [jkp] = [...a1];
		// A deputy of the Saeima list's "Jaunā konservatīvā partija" is a member of that same entity.
		// (Fee payers are members too, by their fees: counted apart from the list's members.)
		const members = relations.filter(
			(r) => r.kind === 'member-of' && r.to === jkp && !isFeeRelation(r)
		);
		const listed = listNames().filter((n) => n === 'Jaunā konservatīvā partija').length;
		expect(listed).toBeGreaterThan(0);
		expect(members.filter((r) => r.from.startsWith('p-')).length).toBe(listed);
		const entity = organisations.find((o) => o.id === jkp)!;
		expect([entity.name, ...entity.otherNames]).toEqual(
			expect.arrayContaining([
				'Konservatīvie (Jaunā konservatīvā partija)',
				'JKP Jaunā konservatīvā partija',
				'Jaunā konservatīvā partija'
			])
		);
	});

	it('places every election list of the Saeima list (read by no adapter yet, but named by the list)', () => {
		const lists = column('lv-saeima-deputies-delna-iw/groups.csv', 'Ievelēts/-a no saraksta');
		expect(lists.length).toBe(100);
		for (const name of new Set(lists)) expect(register.place(name), name).toBeDefined();
	});

	it('places every a1/a2 party name, or lists it as unplaced with its lines', () => {
		const unplaced = new Set(report.parties!.unplacedNames.map((u) => u.name));
		for (const name of new Set(donationNames())) {
			if (unplaced.has(name)) continue;
			expect(register.place(name), name).toBeDefined();
		}
		for (const u of report.parties!.unplacedNames) {
			expect(u.records.length).toBeGreaterThan(0);
			expect(u.records.every((r) => r.lines.length > 0)).toBe(true);
		}
	});

	it('makes LATVIJA PIRMAJĀ VIETĀ one party entity, donations and the declared board seat alike', () => {
		const named = donations.filter((d) => d.partyName === 'LATVIJA PIRMAJĀ VIETĀ');
		expect(named.length).toBeGreaterThan(0);
		const ids = new Set(named.map((d) => d.party));
		expect(ids.size).toBe(1);
		const [id] = [...ids];
		const matching = organisations.filter(
			(o) => o.id === id || o.regNo === '40008310156' || o.name === 'LATVIJA PIRMAJĀ VIETĀ'
		);
		expect(matching).toEqual([expect.objectContaining({ id, kind: 'party' })]);
		// The declaration's post section names it by reg. no.; that post points at the same entity.
		expect(relations.some((r) => r.kind === 'holds-post' && r.to === id)).toBe(true);
	});

	it('links alliances and their members without merging them', () => {
		const alliances = register.entries.filter((e) => e.kind === 'alliance');
		const memberLinks = relations.filter(
			(r) =>
				r.kind === 'member-of' && r.evidence.some((e) => e.sources[0]?.dataset === 'party-register')
		);
		expect(memberLinks.length).toBeGreaterThan(0);
		for (const link of memberLinks) {
			expect(link.from).not.toBe(link.to);
			const to = organisations.find((o) => o.id === link.to)!;
			expect(alliances.some((a) => a.name === to.name)).toBe(true);
		}
	});
});
