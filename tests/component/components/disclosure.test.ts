import { fireEvent, render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import Disclosure from '../../../src/lib/components/Disclosure.svelte';

const text = (html: string) => createRawSnippet(() => ({ render: () => html }));

function open() {
	const { container } = render(Disclosure, {
		props: {
			summary: text('<span>Why</span>'),
			children: text('<p>The body</p>'),
			class: 'evidence',
			data: { confidence: 'possible' }
		}
	});
	return container.querySelector('details')!;
}

async function toggle(details: HTMLDetailsElement, isOpen: boolean) {
	details.open = isOpen;
	await fireEvent(details, new Event('toggle'));
}

describe('Disclosure', () => {
	it('draws its body on the first opening and keeps it once closed again', async () => {
		const details = open();
		expect(details).toHaveClass('evidence');
		expect(details).toHaveAttribute('data-confidence', 'possible');
		expect(details.querySelector('summary')).toHaveTextContent('Why');
		expect(screen.queryByText('The body')).toBeNull();
		await toggle(details, true);
		expect(screen.getByText('The body')).toBeInTheDocument();
		await toggle(details, false);
		expect(screen.getByText('The body')).toBeInTheDocument();
		expect(details.querySelectorAll('p')).toHaveLength(1);
	});

	it('draws its body with a click on the summary, before the toggle event comes', async () => {
		const details = open();
		await fireEvent.click(details.querySelector('summary')!);
		expect(screen.getByText('The body')).toBeInTheDocument();
	});

	it('draws nothing for a toggle that closes it', async () => {
		const details = open();
		await toggle(details, false);
		expect(screen.queryByText('The body')).toBeNull();
	});
});
