/**
 * `JSON.stringify(value) + '\n'` as UTF-8 bytes, made a piece at a time. The explore and
 * graph files are one record each, tens of megabytes of JSON on a national set; as one
 * string (two bytes a character once a name has a letter outside Latin-1) beside its bytes
 * and the data it was made from, it set the build's peak memory.
 */

/** Elements of a long array written per piece. */
const PIECE = 8_192;

/**
 * UTF-8 text appended into one buffer that the build reuses: pieces of a record as Buffers of
 * their own (and their concatenation) were memory outside V8's heap, and every 64 MB of it
 * started a full collection of the build's heap.
 */
class ByteSink {
	private buffer = Buffer.allocUnsafe(1 << 20);
	length = 0;

	write(text: string): void {
		const bytes = Buffer.byteLength(text, 'utf8');
		if (this.length + bytes > this.buffer.byteLength) {
			const grown = Buffer.allocUnsafe(Math.max(this.length + bytes, this.buffer.byteLength * 2));
			this.buffer.copy(grown, 0, 0, this.length);
			this.buffer = grown;
		}
		this.length += this.buffer.write(text, this.length, bytes, 'utf8');
	}

	/** What was written since `length` was last set to 0. */
	view(): Buffer {
		return this.buffer.subarray(0, this.length);
	}
}

const sink = new ByteSink();

/**
 * The values' lines as UTF-8, in a buffer the next call writes over: read it (deflate, hash)
 * before then.
 */
export function jsonLinesScratch(values: readonly unknown[]): Buffer {
	sink.length = 0;
	for (const value of values) {
		write(value, sink);
		sink.write('\n');
	}
	return sink.view();
}

/** `JSON.stringify(value) + '\n'` as UTF-8 bytes of their own. */
export function jsonLineBytes(value: unknown): Buffer {
	return Buffer.from(jsonLinesScratch([value]));
}

function write(value: unknown, out: ByteSink): void {
	if (Array.isArray(value) && value.length > PIECE) {
		for (let at = 0; at < value.length; at += PIECE) {
			// Each piece's own brackets dropped; JSON.stringify writes its holes and undefineds as null.
			const text = JSON.stringify(value.slice(at, at + PIECE)).slice(1, -1);
			out.write(`${at === 0 ? '[' : ','}${text}`);
		}
		out.write(']');
		return;
	}
	if (isPlainObject(value)) {
		let first = true;
		for (const [key, field] of Object.entries(value)) {
			// The values JSON.stringify leaves out of an object, with their keys.
			if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
			out.write(`${first ? '{' : ','}${JSON.stringify(key)}:`);
			first = false;
			write(field, out);
		}
		out.write(first ? '{}' : '}');
		return;
	}
	out.write(JSON.stringify(value));
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
