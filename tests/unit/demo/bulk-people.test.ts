// @vitest-environment node
/** The full set's derived people: one identity each, never a world person's or an official's look-alike. */
import { describe, expect, it } from 'vitest';
import { SLOTS } from '../../../src/demo/bulk-companies';
import { DEFAULT_SEED } from '../../../src/demo/generate';
import { identityKey } from '../../../src/demo/names';
import { fullSizes } from '../../../src/demo/sizes';
import { buildWorld } from '../../../src/demo/world';
import { foldText } from '../../../src/model/fold-name';

const sizes = fullSizes(0.02);
const world = buildWorld(DEFAULT_SEED, sizes);
const bulk = world.bulk!;
const lastBulk = bulk.firstPerson + sizes.full!.bulkCompanies * SLOTS;

describe('bulk people', () => {
	it('never share a name and birth date with anyone', () => {
		const keys = new Set(world.people.all.map((p) => identityKey(p, p.birth)));
		const core = keys.size;
		expect(core).toBe(world.people.all.length);
		for (let id = bulk.firstDonor; id < lastBulk; id++) {
			const person = world.people.get(id);
			expect(person.id).toBe(id);
			keys.add(identityKey(person, person.birth));
		}
		expect(keys.size).toBe(core + lastBulk - bulk.firstDonor);
	});

	it('never look like an official (same name and birth year)', () => {
		const officials = new Set(
			world.officials.map((o) => {
				const p = world.people.get(o.person);
				return `${foldText(`${p.first} ${p.last}`)}|${p.birth.slice(0, 4)}`;
			})
		);
		for (let id = bulk.firstDonor; id < lastBulk; id++) {
			const p = world.people.get(id);
			expect(officials.has(`${foldText(`${p.first} ${p.last}`)}|${p.birth.slice(0, 4)}`)).toBe(
				false
			);
		}
	});

	it('are the same people in every run', () => {
		const again = buildWorld(DEFAULT_SEED, sizes);
		for (const id of [bulk.firstDonor, bulk.firstPerson, lastBulk - 1])
			expect(again.people.get(id)).toEqual(world.people.get(id));
	});

	it('leave elected officials names of their own (civil servants may share theirs)', () => {
		const names = (kinds: string[]) =>
			world.officials
				.filter((o) => kinds.includes(o.kind))
				.map((o) =>
					foldText(`${world.people.get(o.person).first} ${world.people.get(o.person).last}`)
				);
		const elected = names(['deputy', 'minister', 'council', 'executive', 'municipal-board']);
		const servants = names(['civil-servant']);
		expect(new Set(elected).size).toBe(elected.length);
		expect(servants.some((name) => elected.includes(name))).toBe(false);
	});
});
