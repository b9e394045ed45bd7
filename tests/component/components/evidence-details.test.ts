import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import EvidenceDetails from '../../../src/lib/components/EvidenceDetails.svelte';
import type { Evidence } from '../../../src/model/types';
import { renderInApp } from '../../fixtures/component/render';

const knab = { dataset: 'donations', record: 'donations.csv:12' };
const list = { dataset: 'deputies', record: 'deputies.csv:4' };
const evidence: Evidence[] = [
	{
		rule: 'same-name-birth-year',
		values: { birthYear: '1971' },
		sources: [knab, list],
		published: [
			{ name: 'JĀNIS KODOLIŅŠ', code: '291171-*****' },
			{ name: 'Jānis Kodoliņš', birthYear: '1971' }
		]
	},
	{ rule: 'stated-in-source', values: {}, sources: [list] }
];

describe('EvidenceDetails', () => {
	it('shows each cited record with what it says, as published, and no folded key', async () => {
		renderInApp(EvidenceDetails, { confidence: 'probable', evidence });
		await fireEvent.click(screen.getByText('Why this link: probable link'));
		const cited = screen.getByRole('list', { name: 'What each record says (as published)' });
		const items = within(cited).getAllByRole('listitem');
		const said = (li: HTMLElement) => [
			li.querySelector('.source')?.textContent,
			[...li.querySelectorAll('dt, dd')].map((node) => node.textContent)
		];
		expect(items.map(said)).toEqual([
			[
				'donations, record donations.csv:12',
				['name', 'JĀNIS KODOLIŅŠ', 'personal code', '291171-*****']
			],
			['deputies, record deputies.csv:4', ['name', 'Jānis Kodoliņš', 'birth year', '1971']]
		]);
		expect(screen.queryByText('janis kodolins')).toBeNull();
	});
});
