/**
 * The URL to link to, only when it is an absolute http(s) URL; anything else (javascript:,
 * data:, relative paths, junk) is shown as text by the caller, never as a link.
 */
export function safeHttpUrl(raw: string | undefined): string | undefined {
	if (!raw) return undefined;
	let url: URL;
	try {
		url = new URL(raw.trim());
	} catch {
		return undefined;
	}
	return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
