/**
 * `JSON.stringify(value) + '\n'` as UTF-8 bytes, made a piece at a time. The explore and
 * graph files are one record each, tens of megabytes of JSON on a national set; as one
 * string (two bytes a character once a name has a letter outside Latin-1) beside its bytes
 * and the data it was made from, it set the build's peak memory.
 */

/** Elements of a long array written per piece. */
const PIECE = 8_192;

export function jsonLineBytes(value: unknown): Buffer {
	const pieces: Buffer[] = [];
	write(value, pieces);
	pieces.push(Buffer.from('\n'));
	return Buffer.concat(pieces);
}

function write(value: unknown, out: Buffer[]): void {
	if (Array.isArray(value) && value.length > PIECE) {
		for (let at = 0; at < value.length; at += PIECE) {
			// Each piece's own brackets dropped; JSON.stringify writes its holes and undefineds as null.
			const text = JSON.stringify(value.slice(at, at + PIECE)).slice(1, -1);
			out.push(Buffer.from(`${at === 0 ? '[' : ','}${text}`));
		}
		out.push(Buffer.from(']'));
		return;
	}
	if (isPlainObject(value)) {
		let first = true;
		for (const [key, field] of Object.entries(value)) {
			// The values JSON.stringify leaves out of an object, with their keys.
			if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
			out.push(Buffer.from(`${first ? '{' : ','}${JSON.stringify(key)}:`));
			first = false;
			write(field, out);
		}
		out.push(Buffer.from(first ? '{}' : '}'));
		return;
	}
	out.push(Buffer.from(JSON.stringify(value)));
}

/** An object JSON.stringify writes key by key: no toJSON of its own, not an array. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		typeof (value as { toJSON?: unknown }).toJSON !== 'function'
	);
}
