// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { HUB_LIMIT, type FactGroup } from '../../../src/model/bundle-format';
import { ingestBundle } from '../../../src/lib/ingest/ingest';
import { readPartyGroups } from '../../../src/lib/export/party-groups';
import { partyLedger } from '../../../src/lib/export/party-ledger';
import { toCsv } from '../../../src/lib/export/table';
import type { SourceRecord } from '../../../src/builder/sources/source-records';
import { buildBundle, freshDb, memorySource } from '../../fixtures/bundle-fixture';
import { donation, person } from '../../fixtures/records';

// A hub party: more payers than HUB_LIMIT, so its own group lists none of them.
const DONORS = HUB_LIMIT + 40;
const FEE_PAYERS = 30;
const records: SourceRecord[] = [];
for (let i = 0; i < DONORS; i++) {
	const donor = person(`Ziedotājs ${i}`, { maskedCode: `0101${String(50 + (i % 40))}-*****` });
	records.push(donation(donor, 'Zaļā partija', { amount: { cents: 1000 + i, currency: 'EUR' } }));
	if (i % 50 === 0)
		records.push(
			donation(donor, 'Zaļā partija', { amount: { cents: -500, currency: 'EUR' }, isRefund: true })
		);
}
for (let i = 0; i < FEE_PAYERS; i++) {
	const payer = person(`Biedrs ${i}`, { maskedCode: `0202${String(50 + i)}-*****` });
	for (const month of ['01', '02'])
		records.push(
			donation(payer, 'Zaļā partija', {
				kind: 'membership-fee',
				date: `2023-${month}-10`,
				amount: { cents: 500, currency: 'EUR' }
			})
		);
}
records.push(donation(null, 'Zaļā partija', { amount: { cents: 2000, currency: 'EUR' } }));
// Another party's gifts from the same kind of donors must stay out.
records.push(donation(person('Cits Ziedotājs'), 'Zilā partija'));

const bundle = buildBundle(records, { chunkEntities: 100, chunkRecords: 100 });
const party = bundle.data.organisations.find((o) => o.name === 'Zaļā partija')!.id;
const db = freshDb();

beforeAll(async () => {
	await ingestBundle({ source: memorySource(bundle), db });
});

describe('party export', () => {
	it('holds every donation and fee of a hub party, each with its own source record', async () => {
		const table = partyLedger(party, await readPartyGroups(db, party));
		const rows = table.rows.filter((r) => r.values.fact === 'donation' || r.values.fact === 'fee');
		const expected = records.filter(
			(r) => r.type === 'donation' && r.party.name === 'Zaļā partija'
		);
		expect(rows).toHaveLength(expected.length);
		expect(rows.filter((r) => r.values.fact === 'fee')).toHaveLength(FEE_PAYERS * 2);
		expect(new Set(rows.map((r) => r.sources[0]!.record))).toEqual(
			new Set(expected.map((r) => r.source.record))
		);
		expect(rows.filter((r) => r.values.refund === true)).toHaveLength(Math.ceil(DONORS / 50));
	});

	it('lists every donor and every fee payer apart, gifts apart from refunds', async () => {
		const table = partyLedger(party, await readPartyGroups(db, party));
		const donors = table.rows.filter((r) => r.values.fact === 'donor' && r.values.refund === false);
		const payers = table.rows.filter((r) => r.values.fact === 'fee-payer');
		// Every named donor plus the anonymous one.
		expect(donors).toHaveLength(DONORS + 1);
		expect(payers).toHaveLength(FEE_PAYERS);
		expect(payers.every((r) => r.values.count === 2 && r.values.amount === '10.00')).toBe(true);
		const refunds = table.rows.filter((r) => r.values.fact === 'donor' && r.values.refund === true);
		expect(refunds.map((r) => r.values.amount)).toEqual(
			Array.from({ length: Math.ceil(DONORS / 50) }, () => '-5.00')
		);
	});

	it('the own group alone (the fallback) holds only the anonymous gift of a hub', () => {
		const groups = [...bundle.records.values()].flat() as FactGroup[];
		const own = groups.find((g) => g.entity === party)!;
		expect(own.relations.filter((r) => r.to === party)).toEqual([]);
		const rows = partyLedger(party, [own]).rows.filter((r) => r.values.fact === 'donation');
		expect(rows.map((r) => r.values.counterparty)).toEqual(['ANONĪMS']);
	});

	it('writes one CSV line per row', async () => {
		const table = partyLedger(party, await readPartyGroups(db, party));
		expect(toCsv(table).split('\r\n').length - 2).toBe(table.rows.length);
	});
});
