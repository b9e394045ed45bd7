/**
 * One page of each kind on the demo data, with what shows that it is drawn: for the checks
 * that visit them all (a11y.test.ts) and the README's screenshots.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { readBundleRecords, readManifest } from '../../src/builder/export/read-bundle';
import type { FactGroup } from '../../src/model/bundle-format';
import type { Entity } from '../../src/model/types';

const BUNDLES = resolve(import.meta.dirname, '../../data/bundles');

export interface PageKind {
	name: string;
	hash: string;
	/** A selector that is on the page once its data is drawn. */
	ready: string;
}

/** The entity of a kind with the most relations in the demo bundle: the fullest page of that kind. */
export function busiestOfKind(kind: string): string {
	const manifest = readManifest(BUNDLES);
	const relations = new Map<string, number>();
	for (const file of manifest.files.filter((f) => f.kind === 'facts'))
		for (const group of readBundleRecords(BUNDLES, file) as FactGroup[])
			// A bundle with groups holds an entity's relations in several parts: counted together.
			relations.set(group.entity, (relations.get(group.entity) ?? 0) + group.relations.length);
	const ids = manifest.files
		.filter((f) => f.kind === 'entities')
		.flatMap((file) => readBundleRecords(BUNDLES, file) as Entity[])
		.filter((e) => ('kind' in e ? e.kind : 'person') === kind)
		.map((e) => e.id)
		.sort((a, b) => (relations.get(b) ?? 0) - (relations.get(a) ?? 0) || (a < b ? -1 : 1));
	if (!ids[0]) throw new Error(`no ${kind} in ${BUNDLES}; run npm run build:data`);
	return ids[0];
}

/** Every kind of page; `connect` is a finder with two ends picked and its paths shown. */
export function pageKinds(connectHash: string): PageKind[] {
	const person = busiestOfKind('person');
	return [
		{ name: 'home', hash: '#/', ready: 'main [role=combobox]' },
		{ name: 'search', hash: '#/search?q=ozols', ready: 'main [role=option]' },
		{ name: 'person', hash: `#/person/${person}`, ready: '.timeline svg' },
		{ name: 'party', hash: `#/party/${busiestOfKind('party')}`, ready: '.timeline svg' },
		{ name: 'company', hash: `#/company/${busiestOfKind('company')}`, ready: '.timeline svg' },
		{ name: 'institutions', hash: '#/institutions', ready: 'main li a' },
		{
			name: 'institution',
			hash: `#/institution/${busiestOfKind('institution')}`,
			ready: 'main table'
		},
		{ name: 'network', hash: `#/graph/${person}`, ready: 'svg [data-node]' },
		{ name: 'connect', hash: connectHash, ready: 'main article' },
		{ name: 'sources', hash: '#/sources', ready: 'main table' },
		{ name: 'explore', hash: '#/explore', ready: 'main li a' },
		{ name: 'explore donations', hash: '#/explore/donations', ready: 'main .table-wrap tbody tr' },
		{ name: 'explore officials', hash: '#/explore/officials', ready: 'main .table-wrap tbody tr' },
		{ name: 'explore rankings', hash: '#/explore/rankings', ready: 'main .table-wrap tbody tr' },
		{
			name: 'party finances',
			hash: `#/explore/finances?party=${busiestOfKind('party')}`,
			ready: 'main table'
		},
		{ name: 'flags', hash: '#/flags', ready: 'main table' },
		{ name: 'not found', hash: '#/no/such/page', ready: 'main h1' }
	];
}

/** Opens a page and waits until it is drawn (and a moment for late layout, such as the graph's). */
export async function openPage(page: Page, baseUrl: string, kind: PageKind): Promise<void> {
	await page.goto(`${baseUrl}${kind.hash}`);
	await page.locator(kind.ready).first().waitFor({ timeout: 60_000 });
	await page.waitForTimeout(300);
}

/** Picks both ends of the connection finder through its search boxes; returns the address. */
export async function pickConnection(page: Page, baseUrl: string): Promise<string> {
	await page.goto(`${baseUrl}#/connect`);
	for (const [field, text, option] of [
		['From', 'Agris Fjodorovs', /Agris Fjodorovs/],
		['To', 'Dace Liepa', /Dace Liepa.*Ekonomikas/]
	] as const) {
		await page.getByRole('combobox', { name: field }).fill(text);
		await page.getByRole('option', { name: option }).first().click({ timeout: 60_000 });
	}
	await page.locator('main article').first().waitFor({ timeout: 60_000 });
	return new URL(page.url()).hash;
}
