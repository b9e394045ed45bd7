import { describe, expect, it } from 'vitest';
import { donationsTable } from '../../../src/lib/export/explore-export';
import { toCsv } from '../../../src/lib/export/table';
import { PLANTED_ROWS } from '../../fixtures/explore-rows';

describe("the explorer's download", () => {
	it('writes each selected row once, amounts as published and refunds marked, with its source', () => {
		const rows = PLANTED_ROWS.filter((row) => row.party === 'o-p1');
		const lines = toCsv(donationsTable(rows)).trimEnd().split('\r\n');
		expect(lines[0]).toBe(
			'id,date,party_id,party,donor_id,donor,kind,amount,currency,refund,office,' +
				'source_dataset,source_record,source_url'
		);
		expect(lines).toHaveLength(rows.length + 1);
		expect(lines[4]).toBe(
			'd-5,2022-06-01,o-p1,Zaļo Pļavu Partija,p-janis,Jānis Ozars,money,-100.00,EUR,true,true,' +
				'knab-donations,a1.csv:5,https://example.org/knab/donations'
		);
		expect(lines[5]).toContain(',50.00,USD,false,');
	});

	it('leaves the donor id empty for an anonymous gift', () => {
		const anonymous = PLANTED_ROWS.filter((row) => row.donorKind === 'anonymous');
		expect(donationsTable(anonymous).rows[0]?.values).toMatchObject({
			donor_id: undefined,
			donor: 'ANONĪMS'
		});
	});
});
