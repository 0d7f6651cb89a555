/**
 * Boundary checks shared by every public function. Inner code trusts its
 * types; these run once per public call.
 */

/** Throws a `TypeError` naming `name` unless `value` is a string. */
export function assertString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') {
    const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    throw new TypeError(`suara: argument "${name}" must be a string, got ${got}`);
  }
}
