/** Renders a component inside the app's contexts, in a chosen language. */
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import AppContext from '../../src/lib/components/AppContext.svelte';
import { I18n, type Locale } from '../../src/lib/i18n/i18n.svelte';
import { Router } from '../../src/lib/router/router.svelte';
import type { SourceInfo } from '../../src/model/types';

export interface RenderOptions {
	locale?: Locale;
	sources?: SourceInfo[];
}

export function renderInApp<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props,
	options: RenderOptions = {}
) {
	const i18n = new I18n({ languages: [options.locale ?? 'en'], storage: null });
	const sources = options.sources ?? [];
	const result = render(AppContext<Props>, {
		props: { i18n, router: new Router(), sources: () => sources, view: { component, props } }
	});
	return { ...result, i18n };
}
