/**
 * UTF-8 text appended into one buffer that the build reuses (json-bytes.ts, gzip-packs.ts):
 * texts as Buffers of their own were memory outside V8's heap, and every 64 MB of it started
 * a full collection of the build's heap.
 */
export class ByteSink {
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

	/** `text` alone as UTF-8, in the buffer the next use writes over. */
	only(text: string): Buffer {
		this.length = 0;
		this.write(text);
		return this.view();
	}
}
