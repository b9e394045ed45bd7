/**
 * Search as you type, measured the same way on the app and on the naive page: real key
 * events into the search box, one at a time, each waited for until its results are drawn.
 * Per keystroke: input event → results drawn (the first frame after the answer), the query
 * posted → answer received, and the search's own compute time as the searcher reports it.
 */
import type { Page } from 'playwright-core';
import { entryCount, readProbes, waitForEntry } from './probes';
import type { BenchQuery } from './queries';

export interface Keystroke {
	query: number;
	text: string;
	/** The last key of the query (the whole query typed). */
	isFinal: boolean;
	drawnMs?: number;
	/** Query posted → answer received on the page (includes the worker round trip). */
	answerMs?: number;
	computeMs?: number;
	/** Answer received → results drawn: the page's own share (render, style, layout, paint). */
	renderMs?: number;
	topIds: string[];
}

export interface TypingOptions {
	/** 'plainview' or 'naive': the User Timing prefix the page uses. */
	prefix: string;
	box: string;
	/** Type every key of a query (else fill all but the last key, then type it). */
	isEveryKey: boolean;
	/** Stop starting new queries after this long. */
	budgetMs: number;
	/** Longest wait for one answer. */
	answerTimeoutMs: number;
}

/** A keystroke's absolute times on the page clock, before they become spans. */
interface Answer {
	drawnAt: number;
	answeredAt: number;
	computeMs?: number;
	topIds: string[];
}

export async function typeQueries(
	page: Page,
	queries: readonly BenchQuery[],
	options: TypingOptions
): Promise<{ keystrokes: Keystroke[]; queriesTyped: number }> {
	const raw: { query: number; text: string; isFinal: boolean; answer?: Answer }[] = [];
	const started = Date.now();
	const box = page.locator(options.box).first();
	let typed = 0;
	for (const [index, query] of queries.entries()) {
		if (Date.now() - started > options.budgetMs) break;
		await box.fill('');
		const keys = [...query.text];
		let from = 0;
		if (!options.isEveryKey && keys.length > 1) {
			from = keys.length - 1;
			const head = keys.slice(0, from).join('');
			const since = await entryCount(page);
			await box.fill(head);
			if (head.trim() !== '') await waitAnswer(page, options, head, since);
		}
		for (let k = from; k < keys.length; k++) {
			const text = keys.slice(0, k + 1).join('');
			const since = await entryCount(page);
			await page.keyboard.type(keys[k] ?? '');
			if (text.trim() === '') continue; // a blank query is not sent
			const answer = await waitAnswer(page, options, text, since);
			raw.push({ query: index, text, isFinal: k === keys.length - 1, answer });
		}
		typed++;
	}
	// The page's log is read once at the end, not per key, to keep the loop light.
	const { inputs, entries } = await readProbes(page);
	const sent = entries.filter((e) => e.name === `${options.prefix}:search-sent`);
	const keystrokes = raw.map(({ answer, ...key }): Keystroke => {
		if (!answer) return { ...key, topIds: [] };
		const input = inputs.findLast((i) => i.value === key.text && i.at <= answer.drawnAt);
		const post = sent.findLast((e) => e.detail.text === key.text && e.at <= answer.answeredAt);
		return {
			...key,
			drawnMs: input ? answer.drawnAt - input.at : undefined,
			answerMs: post ? answer.answeredAt - post.at : undefined,
			computeMs: answer.computeMs,
			renderMs: answer.drawnAt - answer.answeredAt,
			topIds: answer.topIds
		};
	});
	return { keystrokes, queriesTyped: typed };
}

async function waitAnswer(
	page: Page,
	options: TypingOptions,
	text: string,
	since: number
): Promise<Answer | undefined> {
	const answered = await waitForEntry(page, {
		name: `${options.prefix}:search-answered`,
		key: 'text',
		value: text,
		since,
		timeoutMs: options.answerTimeoutMs
	});
	if (answered?.drawnAt === undefined) return undefined;
	const { ids, tookMs } = answered.detail;
	return {
		drawnAt: answered.drawnAt,
		answeredAt: answered.at,
		computeMs: typeof tookMs === 'number' ? tookMs : undefined,
		topIds: Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []
	};
}
