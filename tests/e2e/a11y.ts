/**
 * Page checks for the e2e tests: axe-core run inside the page, and the size of every element
 * one can tap or click (WCAG 2.5.8: at least 24 × 24 px).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/**
 * axe's default rules (WCAG 2.x A and AA, best practices) and two that are off by default:
 * label-content-name-mismatch (experimental; the network's nodes failed it) and target-size
 * (WCAG 2.2 AA). AAA rules stay out.
 */
const EXTRA_RULES = ['label-content-name-mismatch', 'target-size'];

/** Every axe violation on the page, one line each: `impact rule: target (summary)`. */
export async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated rather than added as a <script>: the app's CSP allows no inline script.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	return page.evaluate(async (extra) => {
		interface AxeResult {
			violations: {
				id: string;
				impact: string;
				nodes: { target: string[]; failureSummary?: string }[];
			}[];
		}
		const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResult> } })
			.axe;
		const rules = Object.fromEntries(extra.map((id) => [id, { enabled: true }]));
		const result = await axe.run(document, { resultTypes: ['violations'], rules });
		return result.violations.flatMap((v) =>
			v.nodes.map(
				(n) =>
					`${v.impact} ${v.id}: ${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim()})`
			)
		);
	}, EXTRA_RULES);
}

/** Interactive elements: links, form controls, summaries and anything with a role or tab stop. */
const INTERACTIVE = [
	'a[href]',
	'button',
	'input:not([type=hidden])',
	'select',
	'textarea',
	'summary',
	'[role=button]',
	'[role=link]',
	'[role=checkbox]',
	'[role=radio]',
	'[role=option]',
	'[tabindex]:not([tabindex="-1"])'
].join(', ');

/** Interactive elements drawn smaller than `min` px either way, described for the message. */
export async function smallTargets(page: Page, min = 24): Promise<string[]> {
	return page.evaluate(
		({ selector, min }) => {
			const small: string[] = [];
			for (const element of document.querySelectorAll(selector)) {
				const box = element.getBoundingClientRect();
				// Not drawn (in a closed <details>, display: none): nothing to tap.
				if (box.width === 0 && box.height === 0) continue;
				// Sub-pixel rounding of a 24 px box is not a smaller target.
				if (box.width >= min - 0.01 && box.height >= min - 0.01) continue;
				const name = element.getAttribute('aria-label') ?? element.textContent ?? '';
				const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
				small.push(
					`${role} "${name.trim().slice(0, 30)}" ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px`
				);
			}
			return small;
		},
		{ selector: INTERACTIVE, min }
	);
}
