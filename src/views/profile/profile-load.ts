/**
 * What a page needs of the profile state (ProfileState in src/lib/reads, issue #3), stated
 * structurally so views and tests do not depend on the class or on Dexie.
 */
import type { Profile } from '../../lib/reads/profile';

export interface ProfileLoad {
	readonly profile: Profile | null | undefined;
	readonly isLoading: boolean;
	readonly isNotFound: boolean;
	/** An Error or a message; anything else is shown through String(). */
	readonly error: unknown;
}

/** A readable message for whatever the state layer reports as an error. */
export function describeError(error: unknown): string {
	if (error instanceof Error) return error.message;
	return typeof error === 'string' ? error : String(error);
}
