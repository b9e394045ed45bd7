/** The protocol between the page (AppData) and the ingest worker. Plain data only. */
import type { Manifest } from '../../model/bundle-format';
import { ShrinkError, type BundleShrink } from '../../model/bundle-shrink';
import { describeError } from './describe-error';
import type { InstallProgress } from './progress';

export type IngestRequest = (
	| /**
	   * `baseUrl`: the folder holding manifest.json, absolute (the worker has no document).
	   * `keep`: not an install but a change of the groups kept (install-groups.ts).
	   */
	  { type: 'install'; baseUrl: string; keep?: string[] }
	| { type: 'install-files'; files: File[] }
) & {
	/** A version the person agreed may replace far more data than it brings. */
	allowShrink?: string;
};

export type IngestReply =
	| {
			type: 'progress';
			progress: InstallProgress;
	  } /** `ask`: only the core is installed, and the person is to choose the groups to keep. */
	| { type: 'done'; manifest: Manifest; isNew: boolean; ask?: boolean }
	/** A first install's core is active (searchable); the groups `storing` are being stored. */
	| { type: 'core'; storing: string[] }
	/** A first install's search documents are stored: `version` can be searched, not yet opened. */
	| { type: 'search'; version: string }
	| { type: 'failed'; message: string }
	/** Not installed: the bundle would lose most of the data, and the person is asked first. */
	| { type: 'shrink'; shrink: BundleShrink };

/** The reply for an install that threw: a question when it would shrink the data, else a failure. */
export function failureReply(error: unknown): IngestReply {
	return error instanceof ShrinkError
		? { type: 'shrink', shrink: error.shrink }
		: { type: 'failed', message: describeError(error) };
}
