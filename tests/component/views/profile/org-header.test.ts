import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import OrgHeader from '../../../../src/views/profile/OrgHeader.svelte';
import type { Organisation } from '../../../../src/model/types';
import { renderInApp } from '../../../fixtures/component/render';

const party = (extra: Partial<Organisation> = {}): Organisation => ({
	id: 'o-party-rita-gaisma-1a2b3c',
	name: 'Rīta Gaisma',
	otherNames: [],
	kind: 'party',
	sources: [],
	...extra
});

describe('OrgHeader and the party register', () => {
	it.each([
		['en', 'Party register', 'This name is not in the party register'],
		['lv', 'Partiju reģistrs', 'Šī nosaukuma partiju reģistrā nav']
	] as const)(
		'says in %s that an unplaced party name is not in the register',
		(locale, term, text) => {
			renderInApp(OrgHeader, { org: party({ isUnplaced: true }) }, { locale });
			expect(screen.getByText(term)).toBeInTheDocument();
			expect(screen.getByText(text, { exact: false })).toBeInTheDocument();
		}
	);

	it('says nothing of the register for a placed party', () => {
		renderInApp(OrgHeader, { org: party() });
		expect(screen.queryByText('Party register')).toBeNull();
	});
});
