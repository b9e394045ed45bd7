// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/demo/cli-args';
import { delnaMoney, plainAmount, slashDate, vidThousands } from '../../../src/demo/format';
import { euroWords } from '../../../src/demo/lv-words';
import {
	containsForbidden,
	FORBIDDEN_FRAGMENT_HASHES,
	FRAGMENT_LENGTH,
	hashString,
	Rng,
	safeNumber
} from '../../../src/demo/random';
import { isValidRegNo, RegNoIssuer, sepaCreditorId } from '../../../src/demo/regno';

describe('Rng', () => {
	it('repeats a stream for the same seed and label, and forks independent ones', () => {
		const draw = (rng: Rng) => Array.from({ length: 5 }, () => rng.int(0, 1000));
		expect(draw(new Rng(7).fork('a'))).toEqual(draw(new Rng(7).fork('a')));
		expect(draw(new Rng(7).fork('a'))).not.toEqual(draw(new Rng(7).fork('b')));
	});

	it('never draws digit strings with a piece whose hash is listed', () => {
		const rng = new Rng(1);
		expect(FORBIDDEN_FRAGMENT_HASHES.length).toBeGreaterThan(0);
		const listed = new Set(FORBIDDEN_FRAGMENT_HASHES);
		for (let i = 0; i < 2000; i++) {
			const digits = rng.digits(8);
			for (let start = 0; start + FRAGMENT_LENGTH <= digits.length; start++)
				expect(listed.has(hashString(digits.slice(start, start + FRAGMENT_LENGTH)))).toBe(false);
		}
	});

	it('rejects text holding a fragment whose hash is listed, wherever it sits', () => {
		// A fictional fragment (no birth date has day 99), listed by its hash as the real one is.
		const fictional = '990000';
		const listed = [hashString(fictional)];
		expect(containsForbidden(fictional, listed)).toBe(true);
		expect(containsForbidden(`Donor,${fictional}-*****,12/03/2022`, listed)).toBe(true);
		expect(containsForbidden(`x${fictional.slice(0, -1)}`, listed)).toBe(false);
		expect(containsForbidden(fictional.slice(1), listed)).toBe(false);
		expect(containsForbidden('', listed)).toBe(false);
		// Only the listed hashes count, not the text's shape: the real list lets it through.
		expect(containsForbidden(fictional)).toBe(false);
	});

	it('steps running ids past a number that holds a listed fragment', () => {
		const listed = [hashString('990000')];
		expect(safeNumber(7_990_000, listed)).toBe(7_990_001);
		expect(safeNumber(7_990_002, listed)).toBe(7_990_002);
		expect(safeNumber(7_990_000)).toBe(7_990_000);
	});

	it('lists hashes that no other string of six digits shares', () => {
		const listed = new Set(FORBIDDEN_FRAGMENT_HASHES);
		let hits = 0;
		for (let n = 0; n < 1_000_000; n++)
			if (listed.has(hashString(String(n).padStart(FRAGMENT_LENGTH, '0')))) hits++;
		expect(hits).toBe(FORBIDDEN_FRAGMENT_HASHES.length);
	});
});

describe('registration numbers', () => {
	it('accepts real-shaped numbers and issues valid unique ones', () => {
		expect(isValidRegNo('90000028300')).toBe(true); // the Saeima, as every declaration prints it
		const issuer = new RegNoIssuer(new Rng(3));
		const issued = Array.from({ length: 500 }, () => issuer.issue('40003'));
		expect(new Set(issued).size).toBe(500);
		for (const regNo of issued) expect(isValidRegNo(regNo) && regNo.startsWith('40003')).toBe(true);
	});

	it('computes the SEPA creditor id as UR prints it', () => {
		expect(sepaCreditorId('41503053227')).toBe('LV04ZZZ41503053227');
	});
});

describe('money and dates', () => {
	it.each([
		[500, 'EUR 5.00'],
		[-3000, 'EUR -30.00'],
		[250000, 'EUR 2500.00']
	])('KNAB prints %i cents as %s', (cents, text) => expect(`EUR ${plainAmount(cents)}`).toBe(text));

	it.each([
		[120406, 'suffix', '  1,204.06 € '],
		[99900, 'prefix', ' € 999.00 '],
		[1234567890, 'suffix', '  12,345,678.90 € ']
	] as const)('Delna prints %i cents as %j', (cents, style, text) =>
		expect(delnaMoney(cents, style)).toBe(text)
	);

	it.each([
		[262_250_000, ' ', '2 622,5'],
		[1_234_567_00, '\u00A0', '1\u00A0234,57'],
		[5_000_000, ' ', '50'],
		[12_000, ' ', '0,12']
	])('VID prints %i cents in thousands as %j', (cents, separator, text) =>
		expect(vidThousands(cents, separator)).toBe(text)
	);

	it('writes Delna dates day first', () => expect(slashDate('2023-09-12')).toBe('12/09/2023'));

	it.each([
		[3_250_000, 'trīsdesmit divi tūkstoši pieci simti eiro 00 centi'],
		[9_000_000, 'deviņdesmit tūkstoši eiro 00 centi'],
		[11_000_000, 'viens simts desmit tūkstoši eiro 00 centi'],
		[1_105, 'vienpadsmit eiro 05 centi']
	])('writes %i cents in words', (cents, words) => expect(euroWords(cents)).toBe(words));
});

describe('command line', () => {
	it.each([
		[[], {}],
		[['--scale'], { scale: 1 }],
		[['--scale', '2'], { scale: 2 }],
		[['--scale', '--out', '/tmp/x'], { scale: 1, out: '/tmp/x' }]
	])('reads %j', (argv, args) => expect(parseArgs(argv)).toEqual(args));

	it('refuses unknown arguments with a hint', () => {
		expect(() => parseArgs(['--big'])).toThrow(/--scale \[N\|full\]/);
	});
});
