/** The protocol between the page (AppData) and the ingest worker. Plain data only. */
import type { Manifest } from '../../model/bundle-format';
import { ShrinkError, type BundleShrink } from '../../model/bundle-shrink';
import { describeError } from './describe-error';
import type { InstallProgress } from './progress';

export type IngestRequest = (
	| /** `baseUrl`: the folder holding manifest.json, absolute (the worker has no document). */
	  { type: 'install'; baseUrl: string }
	| { type: 'install-files'; files: File[] }
) & {
	/** A version the person agreed may replace far more data than it brings. */
	allowShrink?: string;
};

export type IngestReply =
	| { type: 'progress'; progress: InstallProgress }
	| { type: 'done'; manifest: Manifest; isNew: boolean }
	| { type: 'failed'; message: string }
	/** Not installed: the bundle would lose most of the data, and the person is asked first. */
	| { type: 'shrink'; shrink: BundleShrink };

/** The reply for an install that threw: a question when it would shrink the data, else a failure. */
export function failureReply(error: unknown): IngestReply {
	return error instanceof ShrinkError
		? { type: 'shrink', shrink: error.shrink }
		: { type: 'failed', message: describeError(error) };
}
