/**
 * Saves text as a file through a Blob and an object URL: nothing leaves the device. A link
 * with `download` is a download, not a navigation, so the page's CSP needs no change for it.
 */
export function downloadText(fileName: string, text: string, type: string): void {
	downloadBlob(fileName, new Blob([text], { type }));
}

/** Saves a blob (a PNG, say) the same way. */
export function downloadBlob(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// The browser reads the blob after click() returns; revoking at once can cancel the download.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name part from free text (a query, an id): letters and digits, never a path. */
export function fileNamePart(text: string): string {
	return (
		text
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60)
			.toLowerCase() || 'export'
	);
}
