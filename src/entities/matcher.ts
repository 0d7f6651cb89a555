/**
 * Character trie over compact alias keys. Walking it straight over the
 * caller's string (no tokenization, no per-word allocation) finds every alias
 * that starts at a word boundary and ends at one; spaces, hyphens and an
 * abbreviation dot between words are skipped, so `Satpol-PP`, `Satpol PP`
 * and `satpolpp` all reach the same node. Children are found by char code
 * (no property names), so `constructor` or `__proto__` are ordinary (absent)
 * keys.
 *
 * A node lists its children's char codes in a string beside an array of the
 * children, scanned linearly (most nodes have one to three children); a node
 * with more than {@link DENSE_AT} children also gets an array indexed by char
 * code. Both beat a `Map` lookup per character, which was the walk's main cost.
 */
import { codeAt } from '../text/chars';

/** A trie node. */
export interface TrieNode<V> {
  /** Char code of each child, in `kids` order. */
  keys: string;
  kids: TrieNode<V>[];
  /** For nodes with many children: child by char code − {@link DENSE_BASE} (`0`–`z`). */
  dense: (TrieNode<V> | undefined)[] | undefined;
  values: V[] | undefined;
}

/** Children above which a node gets its `dense` array. */
const DENSE_AT = 8;
/** `0`: the lowest char code a lookup asks for (digits, then lower-case letters up to `z`). */
const DENSE_BASE = 48;
const DENSE_SIZE = 122 - DENSE_BASE + 1;

/** The child of `node` under char code `c` (a digit or a lower-case letter when walking). */
function childOf<V>(node: TrieNode<V>, c: number): TrieNode<V> | undefined {
  const d = node.dense;
  if (d !== undefined) return c >= DENSE_BASE && c <= 122 ? d[c - DENSE_BASE] : undefined;
  const keys = node.keys;
  for (let k = 0; k < keys.length; k++) if (codeAt(keys, k) === c) return node.kids[k];
  return undefined;
}

function newNode<V>(): TrieNode<V> {
  return { keys: '', kids: [], dense: undefined, values: undefined };
}

/** One accepting position of a walk. */
export interface TrieMatch<V> {
  /** Offset one past the last matched character. */
  end: number;
  /** Values stored under the matched key. */
  values: readonly V[];
}

/**
 * A new empty trie.
 *
 * @example
 * ```ts
 * const t = createTrie<string>();
 * ```
 */
export function createTrie<V>(): TrieNode<V> {
  return newNode();
}

/**
 * Adds `value` under the compact `key` (lowercase `[a-z0-9]` only).
 *
 * @example
 * ```ts
 * const t = createTrie<string>();
 * trieAdd(t, 'dinkes', 'dinas.kesehatan');
 * ```
 */
export function trieAdd<V>(root: TrieNode<V>, key: string, value: V): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    let k = node.keys.indexOf(key[i]!);
    if (k < 0) {
      k = node.kids.length;
      node.keys += key[i]!;
      node.kids.push(newNode());
      if (node.kids.length > DENSE_AT) {
        // (re)built on each new child once there are many; filled with undefined, not holes: a packed array stays fast to index
        const dense = new Array<TrieNode<V> | undefined>(DENSE_SIZE).fill(undefined);
        for (let q = 0; q < node.kids.length; q++) {
          const d = codeAt(node.keys, q);
          if (d >= DENSE_BASE && d <= 122) dense[d - DENSE_BASE] = node.kids[q];
        }
        node.dense = dense;
      }
    }
    node = node.kids[k]!;
  }
  if (node.values === undefined) node.values = [value];
  else node.values.push(value);
}

/** ASCII letter or digit. */
export function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Characters that continue a word (so a match may not end before them). */
export function isWordChar(c: number): boolean {
  if (c < 128) return isAlnum(c) || c === 95; /* _ keeps handles like diskominfo_pkp whole */
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}

/**
 * Invisible characters that may sit inside a written word without changing
 * it (zero-width space/non-joiner/joiner, word joiner, BOM, soft hyphen):
 * `Dis\u200Bhub` is `Dishub`.
 *
 * @example
 * ```ts
 * isIgnorable(0x200b); // true
 * ```
 */
export function isIgnorable(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad;
}

/** Space-like separators allowed inside a multi-word alias (not newlines). */
function isInlineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

/**
 * Walks the trie from `pos` (which must be a word start) and pushes every
 * accepting position that ends on a word boundary into `out`, shortest
 * first. Between words up to three separator characters (spaces, `-`, or a
 * `.` right after a word of at most four letters, as in `Kab.`) are skipped.
 *
 * @example
 * ```ts
 * const t = createTrie<string>();
 * trieAdd(t, 'satpolpp', 'satpolpp');
 * const out: TrieMatch<string>[] = [];
 * trieWalk(t, 'Satpol-PP datang', 0, out); // out[0].end === 9
 * ```
 */
export function trieWalk<V>(root: TrieNode<V>, text: string, pos: number, out: TrieMatch<V>[]): void {
  walkFrom(root, text, pos, 0, out);
}

/**
 * {@link trieWalk} resumed: `node` is where a walk from a word start stands
 * after `wordLen` letters/digits of the current word, just before `text[i]`.
 * The accepting check after that last letter is made here first, so
 * `trieWalkResume(trieStep(root, text, a, r), text, r, r - a, out)` pushes
 * exactly what `trieWalk(root, text, a, out)` pushes when `text[a, r)` is
 * one run of letters/digits.
 *
 * @example
 * ```ts
 * const t = createTrie<string>();
 * trieAdd(t, 'satpolpp', 'satpolpp');
 * const out: TrieMatch<string>[] = [];
 * trieWalkResume(trieStep(t, 'Satpol-PP datang', 0, 6)!, 'Satpol-PP datang', 6, 6, out); // out[0].end === 9
 * ```
 */
export function trieWalkResume<V>(node: TrieNode<V>, text: string, i: number, wordLen: number, out: TrieMatch<V>[]): void {
  if (wordLen > 0 && node.values !== undefined && (i >= text.length || !isWordChar(codeAt(text, i)))) out.push({ end: i, values: node.values });
  walkFrom(node, text, i, wordLen, out);
}

/**
 * The node a walk from `root` reaches over the letters/digits `text[a, b)`
 * (case-folded), or `undefined` when that is no path of the trie.
 *
 * @example
 * ```ts
 * const t = createTrie<string>();
 * trieAdd(t, 'dinkes', 'dinas.kesehatan');
 * trieStep(t, 'DINkes', 0, 3) !== undefined; // true
 * ```
 */
export function trieStep<V>(root: TrieNode<V>, text: string, a: number, b: number): TrieNode<V> | undefined {
  let node = root;
  for (let i = a; i < b; i++) {
    const c = codeAt(text, i);
    const child = childOf(node, c >= 65 && c <= 90 ? c + 32 : c);
    if (child === undefined) return undefined;
    node = child;
  }
  return node;
}

function walkFrom<V>(start: TrieNode<V>, text: string, pos: number, startLen: number, out: TrieMatch<V>[]): void {
  const n = text.length;
  let node = start;
  let i = pos;
  let wordLen = startLen;
  while (i < n) {
    const c = codeAt(text, i);
    if (isAlnum(c)) {
      const child = childOf(node, c >= 65 && c <= 90 ? c + 32 : c);
      if (child === undefined) return;
      node = child;
      i++;
      wordLen++;
      if (node.values !== undefined && (i >= n || !isWordChar(codeAt(text, i)))) out.push({ end: i, values: node.values });
      continue;
    }
    if (node.kids.length === 0 || wordLen === 0 || isWordChar(c)) return;
    // Invisible characters inside a word are skipped, so the match still ends on the real last letter;
    // before a separator (`Dis\u200D hub`) they are part of the gap.
    if (isIgnorable(c)) {
      let j = i + 1;
      while (j < n && isIgnorable(codeAt(text, j))) j++;
      if (j < n && isAlnum(codeAt(text, j))) {
        i = j;
        continue;
      }
      if (j >= n) return;
      i = j;
    }
    // Up to three separators between words; invisible characters among them (`Dinas \u200BPerhubungan`)
    // do not count, so a gap of spaces and zero-width characters is still one gap.
    let j = i;
    let seps = 0;
    let dot = false;
    while (j < n && seps < 3) {
      const d = codeAt(text, j);
      if (isIgnorable(d)) j++;
      else if (isInlineSpace(d) || d === 45) {
        j++;
        seps++;
      } else if (d === 46 && !dot && wordLen <= 4 && seps === 0) {
        dot = true;
        j++;
        seps++;
      } else break;
    }
    while (j < n && isIgnorable(codeAt(text, j))) j++;
    if (seps === 0 || j >= n || !isAlnum(codeAt(text, j))) return;
    i = j;
    wordLen = 0;
  }
}

