import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ProfileView from '../../../../src/views/ProfileView.svelte';
import EntityPage from '../../../../src/views/profile/EntityPage.svelte';
import type { ProfileLoad } from '../../../../src/views/profile/profile-load';
import { createRawSnippet } from 'svelte';
import { institutionProfile, partyProfile, personProfile } from '../../../fixtures/profiles';
import { renderInApp } from '../../../fixtures/component/render';

const shown = createRawSnippet(() => ({ render: () => '<p>profile shown</p>' }));

function load(overrides: Partial<ProfileLoad>): ProfileLoad {
	return {
		profile: undefined,
		isLoading: false,
		isNotFound: false,
		error: undefined,
		...overrides
	};
}

describe('EntityPage', () => {
	it('says it is loading', () => {
		renderInApp(EntityPage, { load: load({ isLoading: true }), id: 'p-1', children: shown });
		expect(screen.getByRole('status')).toHaveTextContent('Loading…');
	});

	it('does not show another entity’s profile under this address', () => {
		renderInApp(EntityPage, {
			load: load({ profile: personProfile(), isLoading: true }),
			id: 'p-other',
			children: shown
		});
		expect(screen.queryByText('profile shown')).toBeNull();
		expect(screen.getByRole('status')).toBeInTheDocument();
	});

	it('says the entity is not in the data', () => {
		renderInApp(EntityPage, { load: load({ isNotFound: true }), id: 'p-gone', children: shown });
		expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
		expect(screen.getByText('There is no record “p-gone” in this data.')).toBeInTheDocument();
	});

	it('says what went wrong', () => {
		renderInApp(EntityPage, {
			load: load({ error: new Error('facts-0003.json: no such pack') }),
			id: 'p-1',
			children: shown
		});
		expect(screen.getByRole('alert')).toHaveTextContent(
			'Could not load: facts-0003.json: no such pack'
		);
	});

	it('shows the profile once it is the one asked for', () => {
		const profile = personProfile();
		renderInApp(EntityPage, { load: load({ profile }), id: profile.entity.id, children: shown });
		expect(screen.getByText('profile shown')).toBeInTheDocument();
	});
});

describe('ProfileView', () => {
	it('picks the page by the profile’s kind', () => {
		const { unmount } = renderInApp(ProfileView, { profile: partyProfile() });
		expect(screen.getByRole('heading', { name: 'Top donors' })).toBeInTheDocument();
		unmount();
		renderInApp(ProfileView, { profile: institutionProfile(), asMembers: true });
		expect(screen.getByRole('combobox', { name: 'Term or year' })).toBeInTheDocument();
	});
});
