/**
 * `JSON.stringify(value) + '\n'` as UTF-8 bytes, made a piece at a time. The explore and
 * graph files are one record each, tens of megabytes of JSON on a national set; as one
 * string (two bytes a character once a name has a letter outside Latin-1) beside its bytes
 * and the data it was made from, it set the build's peak memory.
 */
import { ByteSink } from './byte-sink';

/** Elements of a long array written per piece. */
const PIECE = 8_192;

/** The build's one buffer for whole-file records (a graph, an explore file). */
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
