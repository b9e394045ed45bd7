import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import EntityLink from '../../src/lib/components/EntityLink.svelte';
import SourceLink from '../../src/lib/components/SourceLink.svelte';
import PersonView from '../../src/views/PersonView.svelte';
import SourcesView from '../../src/views/SourcesView.svelte';
import {
	declaration,
	person,
	profile,
	sourceInfo,
	sourceRef,
	storedBundle
} from '../fixtures/profiles';
import { renderInApp } from '../fixtures/component/render';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('strings from the data are text, never markup or script', () => {
	it('shows a hostile name as text and creates no element from it', () => {
		const hostile = person({ id: 'p-x', name: HOSTILE, otherNames: [`<script>alert(2)</script>`] });
		const { container } = renderInApp(PersonView, {
			profile: profile(hostile, {
				group: {
					declarations: [
						declaration({
							person: 'p-x',
							personName: HOSTILE,
							items: [{ section: 'other', text: `<b onmouseover=alert(3)>x</b>` }],
							source: sourceRef({ url: 'javascript:alert(1)', record: HOSTILE })
						})
					]
				}
			})
		});
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(HOSTILE);
		expect(screen.getByText('<script>alert(2)</script>')).toBeInTheDocument();
		expect(screen.getByText('<b onmouseover=alert(3)>x</b>')).toBeInTheDocument();
		expect(container.querySelector('img, script, b')).toBeNull();
		expect(container.querySelector('[onerror], [onmouseover]')).toBeNull();
	});

	it('never links a javascript: or data: source address', () => {
		for (const url of [
			'javascript:alert(1)',
			' JavaScript:alert(1)',
			'data:text/html,<script>alert(1)</script>'
		]) {
			const { container, unmount } = renderInApp(SourceLink, {
				source: sourceRef({ dataset: 'knab', record: 'r:1', url })
			});
			expect(screen.queryByRole('link')).toBeNull();
			expect(screen.getByText('knab, record r:1')).toBeInTheDocument();
			expect(
				screen.getByText(`(address not shown as a link: ${url})`, { normalizer: (t) => t })
			).toBeInTheDocument();
			expect(container.innerHTML).not.toMatch(/href="(javascript|data):/i);
			unmount();
		}
	});

	it('never links a hostile dataset address on the sources page', () => {
		const { container } = renderInApp(SourcesView, {
			bundle: storedBundle([sourceInfo({ title: HOSTILE, url: 'javascript:alert(1)' })])
		});
		const table = screen.getByRole('table');
		expect(within(table).queryByRole('link')).toBeNull();
		expect(within(table).getByText(HOSTILE)).toBeInTheDocument();
		expect(container.querySelector('img')).toBeNull();
	});

	it('keeps a hostile id inside the link’s path', () => {
		renderInApp(EntityLink, {
			entity: { id: '"><img src=x>/../x', name: HOSTILE, kind: 'person' }
		});
		const link = screen.getByRole('link', { name: HOSTILE });
		expect(link).toHaveAttribute('href', '#/person/%22%3E%3Cimg%20src%3Dx%3E%2F..%2Fx');
	});
});
