/** Test helpers shared by the reader tests (not a test file: no `.test.ts`). */

/** Drains an async iterable into an array. */
export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** Splits a string into chunks at the given cut points, as bytes (to exercise split UTF-8). */
export function chunks(text: string, cuts: number[]): Uint8Array[] {
  const buf = Buffer.from(text, 'utf8');
  const points = [...new Set(cuts.map((c) => c % (buf.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let at = 0;
  for (const p of points) {
    out.push(buf.subarray(at, p));
    at = p;
  }
  out.push(buf.subarray(at));
  return out;
}
