/**
 * Keeps the first bytes of a download as its chunks go by: the pdfId check
 * needs the file's first kilobyte (see pdf-id.ts).
 */
export const FIRST_KILOBYTE = 1024;

export class FirstBytes {
  readonly #bytes: Uint8Array;
  #length = 0;

  constructor(limit = FIRST_KILOBYTE) {
    this.#bytes = new Uint8Array(limit);
  }

  get full(): boolean {
    return this.#length === this.#bytes.length;
  }

  /** The bytes kept so far (all of them once `full`). */
  get bytes(): Uint8Array {
    return this.#bytes.subarray(0, this.#length);
  }

  /** Copies what still fits of `chunk`; returns true when this chunk filled the buffer. */
  add(chunk: Uint8Array): boolean {
    if (this.full) return false;
    const take = Math.min(chunk.length, this.#bytes.length - this.#length);
    this.#bytes.set(chunk.subarray(0, take), this.#length);
    this.#length += take;
    return this.full;
  }
}
