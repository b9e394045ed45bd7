import { describe, expect, it } from 'vitest';
import { installFailure } from '../../../src/lib/ingest/describe-error';

describe('installFailure', () => {
	it.each([
		[
			'search-0001.jsonl.gz: the server answered 404 Not Found for http://h/data/search-0001.jsonl.gz',
			{ file: 'search-0001.jsonl.gz', part: 'search', cause: 'download' }
		],
		[
			'facts-0002.jsonl.gz: is 10 bytes but the manifest says 20 (truncated or replaced); download or copy it again',
			{ file: 'facts-0002.jsonl.gz', part: 'facts', cause: 'damaged' }
		],
		[
			'entities-0001.jsonl.gz: sha256 of its unpacked content is 00 but the manifest says 11',
			{ file: 'entities-0001.jsonl.gz', part: 'entities', cause: 'damaged' }
		],
		[
			'manifest.json: unknown bundle format 2 (this app reads format 4); rebuild with npm run build:data',
			{ file: 'manifest.json', part: 'manifest', cause: 'format' }
		],
		[
			'graph-0001.jsonl.gz: could not be stored (QuotaExceededError)',
			{ file: 'graph-0001.jsonl.gz', part: 'graph', cause: 'storage' }
		],
		[
			'explore-0001.jsonl.gz: line 1: invalid record: donations.party.3 is 9, not a code under 2',
			{ file: 'explore-0001.jsonl.gz', part: 'explore', cause: 'invalid' }
		],
		[
			'facts-0001.jsonl.gz: line 3: invalid record: relations.0.confidence: Invalid type',
			{ file: 'facts-0001.jsonl.gz', part: 'facts', cause: 'invalid' }
		],
		['bundle.tar: is not a tar archive', { file: 'bundle.tar', part: 'other', cause: 'invalid' }],
		['local storage is unavailable: Error: no IndexedDB', { part: 'other', cause: 'storage' }]
	])('reads %j', (message, expected) => {
		expect(installFailure(message)).toEqual(expected);
	});
});
