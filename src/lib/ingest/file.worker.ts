/** A file worker (see file-workers.ts): reads, checks, parses and stores one file per request. */
import * as v from 'valibot';
import { BundleError } from '../../model/bundle-format';
import { sourceFor } from './bundle-source';
import { openDb } from '../storage/db';
import { describeError } from './describe-error';
import type { FileWorkReply, FileWorkRequest } from './file-workers';
import { storeFileFrom } from './store-file';

// Stop validating at a file's first bad record: a third faster on a national bundle, and the
// first problem, with its record path, is what the error message shows anyway.
v.setGlobalConfig({ abortEarly: true });

const db = openDb();
const post = (reply: FileWorkReply) => self.postMessage(reply);

self.onmessage = ({ data }: MessageEvent<FileWorkRequest>) => {
	void store(data);
};

async function store({ request, entry, version }: FileWorkRequest): Promise<void> {
	try {
		const storeFile = storeFileFrom(sourceFor(request), db);
		await storeFile(entry, version, { onBytes: (n) => post({ type: 'bytes', n }) });
		post({ type: 'stored' });
	} catch (error) {
		const named = error instanceof BundleError;
		post({
			type: 'failed',
			file: named ? error.file : entry.name,
			problem: named ? error.problem : describeError(error)
		});
	}
}
