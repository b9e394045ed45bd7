import { describe, expect, it } from 'vitest';
import { minimumWages } from '../../../../src/builder/flags/minimum-wage';

describe('data/minimum-wage.json', () => {
	it('gives the reviewed wage of every year 2018–2026 and the five-wage rule', () => {
		const wages = minimumWages();
		const euros = Object.fromEntries([...wages.monthlyCents].map(([y, c]) => [y, c / 100]));
		expect(euros).toEqual({
			2018: 430,
			2019: 430,
			2020: 430,
			2021: 500,
			2022: 500,
			2023: 620,
			2024: 700,
			2025: 740,
			2026: 780
		});
		expect(wages.majorDonorMultiple).toBe(5);
	});
});
