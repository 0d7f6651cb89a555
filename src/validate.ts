/**
 * The validation boundary for option schemas written with `zod/mini`.
 *
 * `zod/mini` is zod 4's tree-shakable API: a bundle carries only the schema
 * kinds and checks it uses (a few kB) instead of the whole classic `z`
 * (~76 kB brotli). Unlike classic `zod` it loads no error messages, so every
 * issue would read "Invalid input". The English locale is passed per parse
 * (zod's `error` parse option) rather than installed with `z.config()`: that
 * keeps the messages suara's errors quote identical to classic zod's
 * ("Too big: expected number to be <=5") without touching zod's global
 * configuration, which belongs to the application.
 */
import type * as z from 'zod/mini';
import { en } from 'zod/locales';
import { lazy } from './lexicons/lazy';

// Built on first validation, not at import time.
const english = lazy(() => ({ error: en().localeError }));

/** `schema.safeParse(value)` with zod's English messages. */
export function safeParse<S extends z.ZodMiniType>(schema: S, value: unknown): ReturnType<S['safeParse']> {
  return schema.safeParse(value, english()) as ReturnType<S['safeParse']>;
}

/** `schema.parse(value)` with zod's English messages; throws zod's error. */
export function parse<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> {
  return schema.parse(value, english()) as z.output<S>;
}
