/** "Possible matches" (issue 12, item 7): who was left apart, why in words, what each gave, kinds apart. */
import { screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import PersonView from '../../../../src/views/PersonView.svelte';
import PossibleMatches from '../../../../src/views/person/PossibleMatches.svelte';
import type { Relation } from '../../../../src/model/types';
import {
	ANNA,
	donation,
	eur,
	factGroup,
	GREEN,
	person,
	personProfile,
	profile,
	refOf,
	relation
} from '../../../fixtures/profiles';
import { renderInApp } from '../../../fixtures/component/render';
import { rowLines } from '../../../fixtures/component/table-text';

const TWIN_A = person({ id: 'p-anna-liepa-a1', name: 'Anna Liepa', birthDate: '1979-03-10' });
const TWIN_B = person({ id: 'p-anna-liepa-b2', name: 'Anna Liepa', birthDate: '1979-08-22' });
const ambiguous = (to: string): Relation =>
	relation({
		from: ANNA.id,
		to,
		kind: 'namesake',
		confidence: 'possible',
		evidence: [
			{
				rule: 'same-name-only',
				values: { name: 'anna liepa', reason: 'ambiguous', birthYear: '1979', candidates: '2' },
				sources: []
			}
		]
	});
const deputy = profile(ANNA, {
	refs: [refOf(TWIN_A), refOf(TWIN_B)],
	group: { relations: [ambiguous(TWIN_B.id), ambiguous(TWIN_A.id)] }
});
const gift = (donor: string, cents: number, kind: 'money' | 'membership-fee', isRefund = false) =>
	donation({
		id: `d-${donor}-${cents}-${kind}`,
		donor,
		party: GREEN.id,
		partyName: GREEN.name,
		amount: eur(cents),
		kind,
		isRefund
	});
const groups = {
	[TWIN_A.id]: factGroup(TWIN_A.id, {
		donations: [
			gift(TWIN_A.id, 10000, 'money'),
			gift(TWIN_A.id, 5000, 'money'),
			gift(TWIN_A.id, -5000, 'money', true),
			gift(TWIN_A.id, 2400, 'membership-fee')
		]
	}),
	[TWIN_B.id]: factGroup(TWIN_B.id)
};

describe('PossibleMatches', () => {
	it('names each candidate with the reason in words and what each gave, kinds and refunds apart', async () => {
		renderInApp(PossibleMatches, {
			profile: deputy,
			getGroup: async (id: string) => groups[id]
		});
		const table = screen.getByRole('table', { name: 'Possible matches' });
		await waitFor(() => expect(within(table).queryByRole('status')).toBeNull());
		const reason =
			'2 people of this name born in 1979: the data cannot tell which of them, if any, is this person.';
		expect(rowLines(table).map((line) => line.split(' | ').slice(0, 2).join(' | '))).toEqual([
			'Name | Why kept apart',
			`Anna Liepa | ${reason}`,
			`Anna Liepa | ${reason}`
		]);
		const [first, second] = within(table).getAllByRole('row').slice(1);
		const lines = (row: HTMLElement) =>
			within(row)
				.getAllByRole('listitem')
				.map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
		expect(lines(first!)).toEqual([
			'Money: 2 · EUR 150.00',
			'Money, refunds: 1 · EUR -50.00',
			'Membership fee: 1 · EUR 24.00'
		]);
		expect(second).toHaveTextContent('No donations or membership fees.');
		expect(
			within(table)
				.getAllByRole('link')
				.map((a) => a.getAttribute('href'))
		).toEqual(['#/person/p-anna-liepa-a1', '#/person/p-anna-liepa-b2']);
	});

	it('replaces the namesakes list on a person’s page, the reason shown without opening anything', () => {
		renderInApp(PersonView, { profile: personProfile() });
		const table = screen.getByRole('table', { name: 'Possible matches' });
		expect(
			within(table).getByText('Another birth year: a different person of the same name.')
		).toBeInTheDocument();
		expect(screen.queryByRole('table', { name: 'Possible namesakes' })).toBeNull();
	});
});
