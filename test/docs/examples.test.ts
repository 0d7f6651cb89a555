/**
 * Executes every TypeScript example in the documentation, so the docs cannot rot.
 *
 * Sources: every ```ts (or ```typescript) fenced block in docs/*.md and README.md, and every
 * such block inside a TSDoc comment (`@example`) in src/**\/*.ts.
 *
 * Conventions (also stated in docs/README.md):
 * - Each block is a standalone ES module: it imports what it uses from 'suara',
 *   'suara/text', 'suara/stem', 'suara/sentiment', 'suara/entities', 'suara/topics', 'suara/aggregate'
 *   or 'suara/node' (rewritten here to the sources), and top-level `await` works.
 *   A block in src/ may also use, without importing, the names its own module exports.
 * - A top-level expression statement followed by a comment that is a JS literal becomes a
 *   deep-equality assertion: `stem('pelayanan'); // 'layan'`. The literal may also sit on
 *   the next line(s) as `//` comments, may be followed by prose after two spaces or a
 *   `(`/`—`, and `console.log(x); // 3` asserts on `x`. Comments that are not literals
 *   (`// one row per agency`) stay comments.
 * - A block that must not run is fenced ```ts no-run (use sparingly: say why next to it).
 * - Blocks run with the working directory set to a scratch folder holding `posts.ndjson`
 *   and `fixtures/` (a link to the repo's fixtures), so file examples can read and write.
 *
 * Each test is named `<file>:<line of the opening fence>`.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const root = path.resolve(__dirname, '../..');
const work = path.join(root, '.tmp', 'docs-examples');
const sandbox = path.join(work, 'sandbox');

/** Import specifiers of the package, mapped to their source entry. */
const entries: Record<string, string> = {
  suara: 'src/index.ts',
  'suara/text': 'src/text/index.ts',
  'suara/stem': 'src/stem/index.ts',
  'suara/sentiment': 'src/sentiment/index.ts',
  'suara/entities': 'src/entities/index.ts',
  'suara/topics': 'src/topics/index.ts',
  'suara/aggregate': 'src/aggregate/index.ts',
  'suara/node': 'src/node.ts',
};

interface Block {
  /** Repo-relative file. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  code: string;
  noRun: boolean;
}

const FENCE_OPEN = /^```(ts|typescript)(?:\s+(.*))?$/;
const FENCE_CLOSE = /^```\s*$/;

/** Fenced ts blocks of a file whose lines have been stripped of any comment prefix. */
function fencedBlocks(file: string, lines: readonly (string | null)[]): Block[] {
  const blocks: Block[] = [];
  let open: { line: number; noRun: boolean; body: string[] } | undefined;
  lines.forEach((l, i) => {
    if (l === null) {
      open = undefined; // left the comment: an unclosed fence ends here
      return;
    }
    const t = l.trim();
    if (open === undefined) {
      const m = FENCE_OPEN.exec(t);
      if (m) open = { line: i + 1, noRun: /\bno-run\b/.test(m[2] ?? ''), body: [] };
    } else if (FENCE_CLOSE.test(t)) {
      blocks.push({ file, line: open.line, code: open.body.join('\n'), noRun: open.noRun });
      open = undefined;
    } else open.body.push(l);
  });
  return blocks;
}

function markdownBlocks(file: string): Block[] {
  return fencedBlocks(file, readFileSync(path.join(root, file), 'utf8').split('\n'));
}

/** Lines inside `/** … *\/` comments with the ` * ` prefix removed; null outside comments. */
function tsdocBlocks(file: string): Block[] {
  const src = readFileSync(path.join(root, file), 'utf8').split('\n');
  let inDoc = false;
  const lines = src.map((l) => {
    if (!inDoc && /^\s*\/\*\*/.test(l)) inDoc = !/\*\//.test(l);
    else if (inDoc) {
      if (/\*\//.test(l)) inDoc = false;
      else return l.replace(/^\s*\* ?/, '');
    }
    return null;
  });
  return fencedBlocks(file, lines);
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) {
      if (e.name !== 'generated') out.push(...walk(rel));
    } else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(rel);
  }
  return out.sort();
}

function collect(): Block[] {
  const docs = existsSync(path.join(root, 'docs'))
    ? readdirSync(path.join(root, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => `docs/${f}`)
    : [];
  return [
    ...['README.md', ...docs].flatMap(markdownBlocks),
    ...walk('src').flatMap(tsdocBlocks),
  ];
}

// ---------------------------------------------------------------------------
// Literal comments → assertions

interface Parsed {
  value: unknown;
  end: number;
}

/** Parses one JS literal (strings, numbers, booleans, null, undefined, arrays and objects of them) at `i`. */
function parseLiteral(s: string, i: number): Parsed | undefined {
  const ws = (k: number): number => {
    while (k < s.length && /\s/.test(s[k]!)) k++;
    return k;
  };
  const value = (k: number): Parsed | undefined => {
    k = ws(k);
    const c = s[k];
    if (c === undefined) return undefined;
    if (c === "'" || c === '"') {
      let out = '';
      for (let j = k + 1; j < s.length; j++) {
        const d = s[j]!;
        if (d === c) return { value: out, end: j + 1 };
        if (d === '\\') {
          const e = s[++j];
          if (e === undefined) return undefined;
          if (e === 'u') {
            const hex = s.slice(j + 1, j + 5);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
            out += String.fromCharCode(parseInt(hex, 16));
            j += 4;
          } else out += ({ n: '\n', t: '\t', r: '\r', '0': '\0' } as Record<string, string>)[e] ?? e;
        } else out += d;
      }
      return undefined;
    }
    if (c === '[') {
      const arr: unknown[] = [];
      k = ws(k + 1);
      while (s[k] !== ']') {
        const v = value(k);
        if (!v) return undefined;
        arr.push(v.value);
        k = ws(v.end);
        if (s[k] === ',') k = ws(k + 1);
        else if (s[k] !== ']') return undefined;
      }
      return { value: arr, end: k + 1 };
    }
    if (c === '{') {
      const obj: Record<string, unknown> = {};
      k = ws(k + 1);
      while (s[k] !== '}') {
        let key: string;
        const id = /^[A-Za-z_$][\w$]*/.exec(s.slice(k));
        if (id) {
          key = id[0];
          k += key.length;
        } else {
          const q = value(k);
          if (!q || (typeof q.value !== 'string' && typeof q.value !== 'number')) return undefined;
          key = String(q.value);
          k = q.end;
        }
        k = ws(k);
        if (s[k] !== ':') return undefined;
        const v = value(k + 1);
        if (!v) return undefined;
        obj[key] = v.value;
        k = ws(v.end);
        if (s[k] === ',') k = ws(k + 1);
        else if (s[k] !== '}') return undefined;
      }
      return { value: obj, end: k + 1 };
    }
    const m = /^(?:-?(?:\d+(?:\.\d+)?(?:e[+-]?\d+)?|Infinity)|NaN|true|false|null|undefined)(?![\w$])/.exec(s.slice(k));
    if (!m) return undefined;
    const lit = m[0];
    const table: Record<string, unknown> = { true: true, false: false, null: null, undefined: undefined, NaN: NaN };
    return { value: lit in table ? table[lit] : Number(lit), end: k + lit.length };
  };
  return value(i);
}

/** A literal filling the comment, or followed only by prose set off by two spaces, `(` or a dash. */
function literalOf(comment: string): string | undefined {
  const p = parseLiteral(comment, 0);
  if (!p) return undefined;
  const rest = comment.slice(p.end);
  if (/^\s*$/.test(rest) || /^(\s{2,}|\s*[(—–]|\s+-\s)/.test(rest)) return comment.slice(0, p.end).trim();
  return undefined;
}

interface Transformed {
  code: string;
  assertions: number;
}

const CHECK = '__suaraDocCheck';

function lineOf(text: string, pos: number): number {
  let n = 0;
  for (let i = 0; i < pos; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Rewrites package specifiers, turns literal comments into assertions, adds the host module's names. */
function transform(block: Block, hostExports: readonly string[]): Transformed {
  const code = block.code.replace(/(['"])(suara(?:\/[a-z]+)?)\1/g, (m, _q: string, spec: string) => {
    const target = entries[spec];
    return target === undefined ? m : JSON.stringify(path.join(root, target));
  });
  const sf = ts.createSourceFile('block.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const stmt of sf.statements) {
    if (!ts.isExpressionStatement(stmt)) continue;
    // trailing = same line; leading (from stmt.end) = the following lines only
    const comments = [...(ts.getTrailingCommentRanges(code, stmt.end) ?? []), ...(ts.getLeadingCommentRanges(code, stmt.end) ?? [])];
    // consecutive `//` comments starting on the statement's line or the next one
    const endLine = lineOf(code, stmt.end);
    const run: string[] = [];
    let expectLine = endLine;
    for (const c of comments) {
      if (c.kind !== ts.SyntaxKind.SingleLineCommentTrivia) break;
      const l = lineOf(code, c.pos);
      if (run.length === 0 ? l > endLine + 1 : l !== expectLine + 1) break;
      if (run.length > 0 && l === endLine) break;
      run.push(code.slice(c.pos + 2, c.end));
      expectLine = l;
      if (l === endLine) break; // a same-line comment stands alone
    }
    let literal: string | undefined;
    for (let n = 1; n <= run.length && literal === undefined; n++) literal = literalOf(run.slice(0, n).join('\n').trim());
    if (literal === undefined) continue;
    let expr = stmt.expression;
    // console.log(x); // 3  asserts on x
    if (
      ts.isCallExpression(expr) &&
      expr.arguments.length === 1 &&
      expr.expression.getText(sf) === 'console.log'
    )
      expr = expr.arguments[0]!;
    const where = `${block.file}:${block.line + 1 + lineOf(code, stmt.getStart(sf))}`;
    edits.push({
      start: stmt.getStart(sf),
      end: stmt.end,
      text: `${CHECK}((${expr.getText(sf)}), (${literal}), ${JSON.stringify(where)});`,
    });
  }
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);

  // Names of the host module used but neither imported nor declared by the block.
  const declared = new Set<string>();
  const used = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) used.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  for (const stmt of sf.statements) {
    if (ts.isImportDeclaration(stmt)) {
      const b = stmt.importClause?.namedBindings;
      if (stmt.importClause?.name) declared.add(stmt.importClause.name.text);
      if (b && ts.isNamedImports(b)) for (const e of b.elements) declared.add(e.name.text);
      if (b && ts.isNamespaceImport(b)) declared.add(b.name.text);
    } else if (ts.isVariableStatement(stmt)) {
      for (const d of stmt.declarationList.declarations) if (ts.isIdentifier(d.name)) declared.add(d.name.text);
    } else if ((ts.isFunctionDeclaration(stmt) || ts.isClassDeclaration(stmt)) && stmt.name) declared.add(stmt.name.text);
  }
  const missing = hostExports.filter((n) => used.has(n) && !declared.has(n));
  if (missing.length > 0) {
    out = `import { ${missing.join(', ')} } from ${JSON.stringify(path.join(root, block.file))};\n${out}`;
  }
  return { code: out, assertions: edits.length };
}

/** -0 → 0 inside arrays and plain objects (toEqual tells them apart; JSON and the docs do not). */
function unsignZero(v: unknown): unknown {
  if (Object.is(v, -0)) return 0;
  if (Array.isArray(v)) return v.map(unsignZero);
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unsignZero(x)]));
  }
  return v;
}

// ---------------------------------------------------------------------------

const blocks = collect();
let executed = 0;
let asserted = 0;
let cwd = '';

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(sandbox, { recursive: true });
  cpSync(path.join(root, 'fixtures/posts.ndjson'), path.join(sandbox, 'posts.ndjson'));
  symlinkSync(path.join(root, 'fixtures'), path.join(sandbox, 'fixtures'), 'dir');
  (globalThis as Record<string, unknown>)[CHECK] = (actual: unknown, expected: unknown, where: string) => {
    // a weight of -0 (0 × a negative multiplier) is shown as 0 in the docs, as JSON would
    expect(unsignZero(actual), where).toEqual(expected);
  };
  cwd = process.cwd();
  process.chdir(sandbox);
});

afterAll(() => {
  process.chdir(cwd);
  console.info(`[suara] docs examples: ${executed} blocks executed, ${asserted} literal assertions checked`);
});

describe('documentation examples', () => {
  it('finds examples in the guides, the README and the TSDoc', () => {
    expect(blocks.some((b) => b.file === 'README.md')).toBe(true);
    expect(blocks.some((b) => b.file.startsWith('src/'))).toBe(true);
  });

  it('parses literal comments and leaves prose alone', () => {
    expect(literalOf("'padam'   (sastrawijs says 'adam')")).toBe("'padam'");
    expect(literalOf("[['word', 'jalan'], { a: -1.5, 'b c': null }]")).toBe("[['word', 'jalan'], { a: -1.5, 'b c': null }]");
    expect(literalOf("'negative' — the clause after tapi")).toBe("'negative'");
    expect(literalOf('one row per agency per day')).toBeUndefined();
    expect(literalOf("['id', 'text'], ['1', 'halo']")).toBeUndefined();
    expect(literalOf("{ command: 'analyze', ... }")).toBeUndefined();
  });

  for (const block of blocks) {
    const name = `${block.file}:${block.line}`;
    if (block.noRun) {
      it.skip(`${name} (no-run)`, () => {});
      continue;
    }
    it(name, async () => {
      const hostExports = block.file.startsWith('src/')
        ? Object.keys((await import(/* @vite-ignore */ path.join(root, block.file))) as object)
        : [];
      const t = transform(block, hostExports);
      const file = path.join(work, `${block.file.replace(/[^\w]+/g, '_')}_${block.line}.ts`);
      writeFileSync(file, `${t.code}\nexport {};\n`);
      const quiet = ['log', 'info', 'table', 'error', 'warn'].map((m) =>
        vi.spyOn(console, m as 'log').mockImplementation(() => {}),
      );
      try {
        await import(/* @vite-ignore */ file);
      } finally {
        for (const q of quiet) q.mockRestore();
      }
      executed++;
      asserted += t.assertions;
    });
  }
});
