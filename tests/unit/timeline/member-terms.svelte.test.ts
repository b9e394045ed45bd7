import { describe, expect, it } from 'vitest';
import { MemberTerms } from '../../../src/lib/timeline/member-terms.svelte';

const IDS = Array.from({ length: 40 }, (_, i) => `p-member-${i}`);

/** Loads IDS with reads held until `release`, cancelling first when told to. */
async function readMembers(
	isCancelled: boolean
): Promise<{ asked: string[]; members: MemberTerms }> {
	const asked: string[] = [];
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	const members = new MemberTerms();
	const loading = members.load(IDS, async (id) => {
		asked.push(id);
		await held;
		return undefined;
	});
	if (isCancelled) members.cancel();
	release();
	await loading;
	return { asked, members };
}

describe('MemberTerms', () => {
	it('stops reading members once cancelled, as when their party’s page is left', async () => {
		const { asked, members } = await readMembers(true);
		expect(asked.length).toBeGreaterThan(0);
		expect(asked.length).toBeLessThan(IDS.length);
		expect(members.isLoading).toBe(false);
	});

	it('reads every member when not cancelled', async () => {
		const { asked, members } = await readMembers(false);
		expect(asked).toEqual(IDS);
		expect(members.isLoading).toBe(false);
	});
});
