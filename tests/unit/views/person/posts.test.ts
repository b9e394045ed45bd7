/** Posts now, before and undated (issue 12, item 5): "now" means the period includes today. */
import { describe, expect, it } from 'vitest';
import { splitPosts } from '../../../../src/views/person/posts';
import type { Relation } from '../../../../src/model/types';
import { ANNA, COUNCIL, profile, refOf, relation, SAEIMA } from '../../../fixtures/profiles';

const TODAY = '2026-12-06';
const post = (to: string, role: string, start?: string, end?: string): Relation =>
	relation({
		from: ANNA.id,
		to,
		kind: 'holds-post',
		role,
		...(start && { start }),
		...(end && { end })
	});
const roles = (posts: Relation[]) => posts.map((p) => p.role);
const split = (posts: Relation[], today = TODAY) =>
	splitPosts(
		profile(ANNA, {
			refs: [{ ...refOf(SAEIMA), regNo: '90000028300' }, refOf(COUNCIL)],
			group: { relations: posts }
		}),
		today
	);

describe('splitPosts', () => {
	it('puts a 13th-Saeima deputy’s term (it ended on 1 November 2022) before, not now', () => {
		const result = split([post(SAEIMA.id, '13. Saeimas deputāts', '2018-11-06', '2022-11-01')]);
		expect(roles(result.now)).toEqual([]);
		expect(roles(result.before)).toEqual(['13. Saeimas deputāts']);
		expect(roles(split(result.before, '2021-05-01').now)).toEqual(['13. Saeimas deputāts']);
	});

	it('gives a Saeima post declared for a year the term that holds that year', () => {
		// 2024 lies in the 14th Saeima, whose end is not entered: the post holds now.
		expect(roles(split([post(SAEIMA.id, 'Saeimas deputāts', '2024', '2024')]).now)).toEqual([
			'Saeimas deputāts'
		]);
		// 2020 lies in the 13th, which has ended.
		expect(roles(split([post(SAEIMA.id, 'Deputāts', '2018', '2020')]).before)).toEqual([
			'Deputāts'
		]);
	});

	it('keeps a declared year as it is when it straddles two terms, or the post is elsewhere', () => {
		const result = split([
			post(SAEIMA.id, 'Deputāte', '2022', '2022'),
			post(COUNCIL.id, 'Domes deputāte', '2024', '2024')
		]);
		expect(roles(result.now)).toEqual([]);
		expect(roles(result.before).sort()).toEqual(['Deputāte', 'Domes deputāte']);
	});

	it('counts an open post as now, and an undated one as neither', () => {
		const result = split([
			post(COUNCIL.id, 'Domes priekšsēdētāja', '2025-03'),
			post(COUNCIL.id, 'Komitejas locekle')
		]);
		expect(roles(result.now)).toEqual(['Domes priekšsēdētāja']);
		expect(roles(result.undated)).toEqual(['Komitejas locekle']);
	});
});
