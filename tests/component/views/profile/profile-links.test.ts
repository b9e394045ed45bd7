import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { AppData } from '../../../../src/lib/app-data/app-data.svelte';
import ProfileLinks from '../../../../src/views/profile/ProfileLinks.svelte';
import InAppData from '../../../fixtures/component/InAppData.svelte';
import { renderInApp } from '../../../fixtures/component/render';

const withGraph = (hasGraph: boolean) => () => ({ hasGraph }) as unknown as AppData;
const links = () => screen.getAllByRole('link').map((link) => link.textContent);

describe('ProfileLinks', () => {
	it('links to the connection finder and the network', () => {
		renderInApp(InAppData, {
			data: withGraph(true),
			component: ProfileLinks,
			props: { id: 'p-1' }
		});
		expect(links()).toEqual(['How is this connected to…?', 'Network']);
		expect(screen.getByRole('link', { name: 'Network' })).toHaveAttribute('href', '#/graph/p-1');
	});

	it.each([
		['en', ['Network']],
		['lv', ['Tīkls']]
	] as const)(
		'leaves the connection finder out, in %s, when the data has no graph',
		(locale, expected) => {
			renderInApp(
				InAppData,
				{ data: withGraph(false), component: ProfileLinks, props: { id: 'p-1' } },
				{ locale }
			);
			expect(links()).toEqual(expected);
		}
	);
});
