import { describe, expect, it } from 'vitest';
import {
	fnv1a,
	readDonationRows,
	type DonationRow,
	type RawDonation
} from '../../../../src/builder/adapters/knab-donations';
import { isAnonymous } from '../../../../src/builder/adapters/knab-donor';

const raw = (donorName: string): RawDonation => ({
	party: 'Partija A',
	typeText: 'Nauda',
	amount: 'EUR 25.00',
	donorName,
	code: '010190-*****',
	date: '01.02.2024',
	flags: []
});

const rows = (...raws: RawDonation[]): DonationRow[] =>
	raws.map((r, i) => ({
		line: i + 2,
		where: `line ${i + 2}`,
		raw: r,
		source: { dataset: 'test', record: `f.csv:${i + 2}` }
	}));

const repeatWarning = (warnings: string[]) => warnings.find((w) => w.includes('repeat an earlier'));

/** Two donor names whose rows hash alike: found by trying names until two meet. */
function collidingNames(): [string, string] {
	const seen = new Map<number, string>();
	for (let i = 0; ; i++) {
		const name = `Vārds ${i}`;
		const hash = fnv1a(JSON.stringify(raw(name)));
		const other = seen.get(hash);
		if (other !== undefined) return [other, name];
		seen.set(hash, name);
	}
}

describe('rows that repeat an earlier row', () => {
	it('names each repeat with the first row it repeats', () => {
		const result = readDonationRows(
			rows(raw('Anna Kalniņa'), raw('Ivars Ozars'), raw('Anna Kalniņa'), raw('Anna Kalniņa')),
			undefined
		);
		expect(result.records).toHaveLength(4);
		expect(repeatWarning(result.warnings)).toMatch(
			/^2 row\(s\) .*\(line 4 = line 2, line 5 = line 2\)$/
		);
	});

	it('does not report two different rows whose values hash alike', () => {
		const [a, b] = collidingNames();
		expect(a).not.toBe(b);
		expect(fnv1a(JSON.stringify(raw(a)))).toBe(fnv1a(JSON.stringify(raw(b))));
		const result = readDonationRows(rows(raw(a), raw(b), raw(b)), undefined);
		expect(result.records).toHaveLength(3);
		// Only the true repeat, matched past the colliding row to its own first.
		expect(repeatWarning(result.warnings)).toMatch(/^1 row\(s\) .*\(line 4 = line 3\)$/);
	});
});

describe('isAnonymous', () => {
	it.each([
		['ANONĪMS', true],
		['  anonims ', true],
		['Anonīms', true],
		['ĀNONĪMS', true],
		['Anna Kalniņa', false],
		['Ēriks Ozols', false],
		['"ANONĪMS"', false],
		['', false]
	])('%j → %s', (name, expected) => {
		expect(isAnonymous(name)).toBe(expected);
	});
});
