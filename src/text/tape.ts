/**
 * The token tape: one scan of a text into reused typed arrays (kinds,
 * starts, ends, interned ids, case shapes), with `Token` objects as a view
 * made only when asked for. Sentiment, sentence splitting and `analyze()`
 * read the tape directly; `tokenize()` is `tape.tokens()`.
 *
 * Why: per-token strings and objects were the cost of every stage (issue
 * 12). Over the tape a word is an id; its surface string exists once in the
 * vocabulary, its norm is computed once per id and case shape, and a
 * consumer such as the sentiment scorer memoizes its lexicon lookup per
 * {@link TokenSource.key}.
 */
import { expandAbbreviation } from './abbreviations';
import { splitHashtagBody, wordBreak } from './hashtag';
import { clearVocab, createVocab, internHashed, internSpan, MAX_IDS, ownSlice, type Vocab } from './intern';
import { createWordNormalizer, knownOrSlang, type KnownWordFn } from './normalize-word';
import { createScanBuffer, scanArrays, TYPE_NAMES, type ScanResult } from './scan';
import type { Token, TokenType } from './types';
import { codeAt } from './chars';

/**
 * Read access to one text's tokens by index, as the scorer needs it. Two
 * implementations: {@link TokenTape} (ids, no objects) and
 * {@link tokenArraySource} over a caller's `Token[]`.
 */
export interface TokenSource {
  /** Number of tokens. */
  readonly count: number;
  /** Kind of token `k`. */
  type(k: number): TokenType;
  /** Surface of token `k` (`input.slice(start, end)`). */
  text(k: number): string;
  /** Normalized form of token `k`. */
  norm(k: number): string;
  /** Start offset of token `k`. */
  start(k: number): number;
  /** End offset of token `k`. */
  end(k: number): number;
  /** Token `k` as an object (for the rare kinds a consumer handles through strings). */
  token(k: number): Token;
  /** Every token as objects (for passes written over `Token[]`). */
  tokens(): Token[];
  /**
   * A small integer naming token `k`'s norm within {@link memoScope} (same key,
   * same kind and norm), or -1: consumers memoize per key.
   */
  key(k: number): number;
  /** Keys are comparable only between sources with the same scope object and generation. */
  readonly memoScope: object | undefined;
  /** See {@link memoScope}. */
  readonly memoGeneration: number;
}

/** Case shape of a word: decides which of its norms applies (see normalize-word.ts). */
const enum Shape {
  /** No ASCII capital. */
  Lower = 0,
  /** Capitals, first letter not one (`iPhone`). Normalizes like Lower. */
  Inner = 1,
  /** First letter a capital (`Jalan`, `PEMKOT`). */
  Capital = 2,
  /** 2–5 ASCII capitals only (`PKL`): a possible acronym. */
  Acronym = 3,
}

/** Norm slot of a shape: Lower and Inner normalize alike. */
function normSlot(shape: number): number {
  return shape <= 1 ? 0 : shape - 1;
}

/** Shape of the word `s[start, end)` with `upper` ASCII capitals. */
function wordShape(s: string, start: number, end: number, upper: number): number {
  if (upper === 0) return Shape.Lower;
  const c0 = codeAt(s, start);
  const first = c0 >= 65 && c0 <= 90;
  if (!first) return Shape.Inner;
  const len = end - start;
  return upper === len && len >= 2 && len <= 5 ? Shape.Acronym : Shape.Capital;
}

/** The per-tokenizer state a tape reads: vocabulary, memoized norms and exact surfaces. */
interface Core {
  vocab: Vocab;
  /** Norm per id × norm slot (3 per id). */
  norms: (string | undefined)[];
  /** Last exact (cased) surface seen per word id. */
  exact: (string | undefined)[];
  normOf(code: number, surface: string): string;
}

/**
 * One scanned text. Valid until its tokenizer scans the next text (the
 * arrays are reused), so read it, or call {@link TokenTape.tokens}, first.
 *
 * @example
 * ```ts
 * const tape = createTapeTokenizer({}).tape('Jalan rusak bgt!!!');
 * [tape.count, tape.norm(2), tape.text(3)]; // [4, 'banget', '!!!']
 * ```
 */
export class TokenTape implements TokenSource {
  /** The scanned text. */
  input = '';
  /** Number of tokens. */
  count = 0;
  /** Scanner type code per token (see `TYPE_NAMES`). */
  kinds: Uint8Array;
  /** Start offset per token. */
  starts: Int32Array;
  /** End offset per token. */
  ends: Int32Array;
  /** Vocabulary id per token, -1 when it has none. */
  ids: Int32Array;
  /** Case shape per token (words only; 0 otherwise). */
  shapes: Uint8Array;
  /** @internal */
  readonly core: Core;
  /** @internal */
  buf: ScanResult;

  /**
   * Tokens a caller made (see {@link tokenArraySource}): every accessor reads
   * them instead of the arrays. One class for both kinds of source keeps the
   * scorer's accessor calls monomorphic (a second source class made them
   * polymorphic and slowed the tape path after the first array call).
   * @internal
   */
  ext: readonly Token[] | undefined;

  constructor(core: Core, capacity = 256) {
    this.core = core;
    this.buf = createScanBuffer(capacity);
    this.kinds = this.buf.types;
    this.starts = this.buf.starts;
    this.ends = this.buf.ends;
    this.ids = new Int32Array(this.kinds.length);
    this.shapes = new Uint8Array(this.kinds.length);
    this.ext = undefined;
  }

  get memoScope(): object | undefined {
    return this.ext === undefined ? this.core.vocab : undefined;
  }

  get memoGeneration(): number {
    return this.core.vocab.generation;
  }

  /** Scans `text` into this tape (one pass), interning every token. */
  fill(text: string): this {
    const core = this.core;
    const vocab = core.vocab;
    // bounded memory: a full vocabulary is cleared between texts, never during one
    if (vocab.size >= MAX_IDS) {
      clearVocab(vocab);
      core.norms = [];
      core.exact = [];
    }
    // do not keep a huge buffer alive after one 10 MB input
    if (this.buf.types.length > 65_536) this.buf = createScanBuffer();
    const r = scanArrays(text, this.buf);
    this.buf = r;
    const n = r.count;
    if (this.ids.length < r.types.length) {
      this.ids = new Int32Array(r.types.length);
      this.shapes = new Uint8Array(r.types.length);
    }
    const kinds = r.types;
    const starts = r.starts;
    const ends = r.ends;
    const ids = this.ids;
    const shapes = this.shapes;
    const norms = core.norms;
    const exact = core.exact;
    const hashes = r.hashes;
    const uppers = r.uppers;
    for (let k = 0; k < n; k++) {
      const code = kinds[k]!;
      const a = starts[k]!;
      const b = ends[k]!;
      const up = uppers[k]!;
      let id: number;
      let shape = 0;
      if (up !== 255) {
        // the scanner hashed this word while walking it
        id = internHashed(vocab, text, a, b, 0, hashes[k]!);
        shape = wordShape(text, a, b, up);
      } else if (code === 2 || code === 3) {
        // URLs and emails rarely repeat: interning them would only fill the vocabulary
        id = -1;
      } else {
        id = internSpan(vocab, text, a, b, code);
        if (code === 0 && id >= 0) shape = wordShape(text, a, b, vocab.upper);
      }
      ids[k] = id;
      shapes[k] = shape;
      // grow the per-id memos with the vocabulary (dense arrays, no holes)
      if (exact.length < vocab.size) {
        exact.push(undefined);
        norms.push(undefined, undefined, undefined);
      }
    }
    this.input = text;
    this.count = n;
    this.kinds = kinds;
    this.starts = starts;
    this.ends = ends;
    return this;
  }

  type(k: number): TokenType {
    if (this.ext !== undefined) return this.ext[k]!.type;
    return TYPE_NAMES[this.kinds[k]!]!;
  }

  start(k: number): number {
    if (this.ext !== undefined) return this.ext[k]!.start;
    return this.starts[k]!;
  }

  end(k: number): number {
    if (this.ext !== undefined) return this.ext[k]!.end;
    return this.ends[k]!;
  }

  key(k: number): number {
    if (this.ext !== undefined) return -1;
    const id = this.ids[k]!;
    return id < 0 ? -1 : id * 3 + normSlot(this.shapes[k]!);
  }

  text(k: number): string {
    if (this.ext !== undefined) return this.ext[k]!.text;
    const id = this.ids[k]!;
    const a = this.starts[k]!;
    const b = this.ends[k]!;
    if (id < 0) return this.input.slice(a, b);
    // lowercase words and every other kind: the vocabulary key is the exact surface
    if (this.shapes[k] === 0) return this.core.vocab.keys[id]!;
    const exact = this.core.exact;
    const e = exact[id];
    const s = this.input;
    if (e !== undefined && e.length === b - a) {
      let i = 0;
      while (i < e.length && codeAt(e, i) === codeAt(s, a + i)) i++;
      if (i === e.length) return e;
    }
    // a string of its own: the memo outlives this text (see ownSlice)
    const fresh = ownSlice(s, a, b);
    exact[id] = fresh;
    return fresh;
  }

  norm(k: number): string {
    if (this.ext !== undefined) return this.ext[k]!.norm;
    const key = this.key(k);
    if (key < 0) return this.core.normOf(this.kinds[k]!, this.text(k));
    const norms = this.core.norms;
    let v = norms[key];
    if (v === undefined) {
      v = this.core.normOf(this.kinds[k]!, this.text(k));
      norms[key] = v;
    }
    return v;
  }

  /** Token `k` as an object. */
  token(k: number): Token {
    if (this.ext !== undefined) return this.ext[k]!;
    return { text: this.text(k), norm: this.norm(k), type: TYPE_NAMES[this.kinds[k]!]!, start: this.starts[k]!, end: this.ends[k]! };
  }

  /** Every token as objects (what `tokenize()` returns). */
  tokens(): Token[] {
    if (this.ext !== undefined) return this.ext.slice();
    const n = this.count;
    const out = new Array<Token>(n);
    const { kinds, starts, ends, ids, shapes } = this;
    const keys = this.core.vocab.keys;
    const norms = this.core.norms;
    for (let k = 0; k < n; k++) {
      const id = ids[k]!;
      const shape = shapes[k]!;
      // the common case inline: a lowercase word or any exact-keyed kind whose norm is memoized
      if (id >= 0 && shape === 0) {
        const norm = norms[id * 3];
        if (norm !== undefined) {
          out[k] = { text: keys[id]!, norm, type: TYPE_NAMES[kinds[k]!]!, start: starts[k]!, end: ends[k]! };
          continue;
        }
      }
      out[k] = this.token(k);
    }
    return out;
  }
}

/** Options of {@link createTapeTokenizer} (the validated `TokenizeOptions`). */
export interface TapeOptions {
  knownWord?: KnownWordFn | undefined;
  normalize?: boolean | undefined;
}

/** A tokenizer that scans into one reused {@link TokenTape}. */
export interface TapeTokenizer {
  /** Scans `text`; the tape is valid until the next call. */
  tape(text: string): TokenTape;
}

/**
 * Creates the tape tokenizer behind `createTokenizer` (options already
 * validated): one vocabulary, one word normalizer, one reused tape.
 *
 * @example
 * ```ts
 * const tk = createTapeTokenizer({});
 * const tape = tk.tape('Gak bgt');
 * tape.norm(0); // 'tidak'
 * ```
 */
export function createTapeTokenizer(opts: TapeOptions): TapeTokenizer {
  const known = opts.knownWord;
  const normWord = createWordNormalizer(known);
  const doNorm = opts.normalize !== false;
  const isKnown = knownOrSlang(known);
  const hashtagNorm = (body: string): string => {
    const out: string[] = [];
    for (const seg of splitHashtagBody(body)) {
      const lower = seg.toLowerCase();
      const parts = isKnown(lower) ? undefined : wordBreak(lower, isKnown);
      for (const p of parts ?? [lower]) out.push(normWord(p));
    }
    return out.join(' ');
  };
  // switch on the scanner's numeric code (see TYPE_NAMES)
  const normOf = (code: number, surface: string): string => {
    if (code === 8) return surface; // punctuation
    if (code === 0) return doNorm ? normWord(surface) : surface.toLowerCase();
    if (!doNorm) return surface.toLowerCase();
    switch (code) {
      case 13: // abbreviation
        return expandAbbreviation(surface) ?? surface.toLowerCase();
      case 5: // hashtag
        return hashtagNorm(surface.slice(1));
      case 2: // url
      case 3: // email
      case 4: // mention
      case 12: // laughter
        return surface.toLowerCase();
      case 10: // currency
        return surface.toLowerCase().replace(/\s+/g, ' ');
      default:
        return surface;
    }
  };
  const core: Core = { vocab: createVocab(), norms: [], exact: [], normOf };
  const tape = new TokenTape(core);
  return {
    tape(text: string): TokenTape {
      return tape.fill(text);
    },
  };
}

/**
 * A {@link TokenSource} over tokens a caller already has (no memo keys).
 *
 * @example
 * ```ts
 * import { tokenize } from 'suara/text';
 * const src = tokenArraySource(tokenize('Jalan rusak'));
 * src.norm(1); // 'rusak'
 * ```
 */
export function tokenArraySource(tokens: readonly Token[]): TokenSource {
  extCore ??= { vocab: createVocab(), norms: [], exact: [], normOf: (_code, surface) => surface };
  const t = new TokenTape(extCore, 0);
  t.ext = tokens;
  t.count = tokens.length;
  return t;
}

// Shared by every array source (which never reads it): made on first use.
let extCore: Core | undefined;
