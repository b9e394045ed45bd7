/** A one-line message for a person: a BundleError's message already names the file. */
export function describeError(error: unknown): string {
	if (error instanceof Error) return error.message || error.name;
	return String(error);
}
