/**
 * `npm run bench -- --only profiles`: the two profile rows alone, on the same set, bundles and
 * site as the whole run (run.ts builds them). The bundle is installed from a fresh profile
 * until a known name is found and every group of files is stored (as plainview.ts measures
 * them), then the same profiles are opened by their routes; the rows are the first round's,
 * and a second round over the same profiles is printed beside them.
 */
import { serveFolder } from '../e2e/static-server';
import { waitForGroups } from '../e2e/wait-groups';
import type { NamedEntity } from './bundle-names';
import { openBrowser } from './chromium';
import { BOX, openProfiles, type ProfileTiming } from './plainview';
import { waitForFound } from './probes';
import { percentile } from './stats';
import type { Row } from './table';
import { fmtMs, settle } from './timing';

export interface ProfilesOnly {
	rows: Row[];
	rounds: ProfileTiming[][];
	problems: string[];
	error?: string;
}

export async function measureProfilesOnly(options: {
	site: string;
	workDir: string;
	known: NamedEntity;
	profiles: readonly NamedEntity[];
	installTimeoutMs: number;
	rounds: number;
	log: (line: string) => void;
}): Promise<ProfilesOnly> {
	const server = await serveFolder(options.site);
	const browser = await openBrowser(options.workDir, 'profiles');
	const result: ProfilesOnly = { rows: [], rounds: [], problems: browser.problems };
	try {
		const { page } = browser;
		const hash = `#/search?${new URLSearchParams({ q: options.known.name })}`;
		await page.goto(`${server.url}${hash}`);
		const found = await waitForFound(page, options.known, options.installTimeoutMs);
		if (found === undefined) throw new Error(`"${options.known.name}" not found on install`);
		options.log(`  first install: searchable at ${fmtMs(found.drawnAt)} ms`);
		await waitForGroups(browser);
		options.log('  every group of files stored');
		await settle(2000);
		await page.evaluate(() => (location.hash = '#/search'));
		await page.locator(BOX).first().waitFor({ timeout: 30_000 });
		for (let round = 0; round < options.rounds; round++) {
			const opened = await openProfiles(page, options.profiles);
			result.rounds.push(opened);
			options.log(`  round ${round + 1}: ${describe(opened)}`);
		}
	} catch (error) {
		result.error = error instanceof Error ? error.message : String(error);
		options.log(`  failed: ${result.error}`);
	} finally {
		await browser.close();
		await server.close();
	}
	const first = result.rounds[0] ?? [];
	result.rows = [
		{
			measure: `open a profile: data, p95 (${first.length} profiles)`,
			plainview: percentile(
				first.map((p) => p.dataMs ?? Number.NaN),
				95
			),
			unit: 'ms',
			target: { limit: 20 }
		},
		{
			measure: 'open a profile: page drawn, p95',
			plainview: percentile(
				first.map((p) => p.drawnMs ?? Number.NaN),
				95
			),
			unit: 'ms',
			target: { limit: 100 }
		}
	];
	return result;
}

/** p50 and p95 of data and drawn, and the slowest open of each kind. */
function describe(opened: readonly ProfileTiming[]): string {
	const of = (pick: (p: ProfileTiming) => number | undefined) =>
		opened.map((p) => pick(p) ?? Number.NaN);
	const pair = (values: number[]) =>
		`p50 ${fmtMs(percentile(values, 50))} p95 ${fmtMs(percentile(values, 95))} ms`;
	const slowest = [...new Set(opened.map((p) => p.kind))].map((kind) => {
		const worst = opened
			.filter((p) => p.kind === kind)
			.reduce((a, b) => ((b.drawnMs ?? 0) > (a.drawnMs ?? 0) ? b : a));
		return `${kind} ${fmtMs(worst.dataMs)}/${fmtMs(worst.drawnMs)}`;
	});
	return `data ${pair(of((p) => p.dataMs))}, drawn ${pair(of((p) => p.drawnMs))}; slowest data/drawn: ${slowest.join(', ')}`;
}
