/**
 * The architecture holds (README, "Architecture"): the lint rules that keep each layer to its
 * allow-list really fire — run on small files placed in each layer — and no record id, lock key or
 * envelope key is spelled outside the id helpers (`src/domain/ids.ts`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** The messages lint gives a file of `code` at `path` (the file need not exist). */
async function lint(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
}

describe('lint keeps each layer to what it may import', () => {
  it('the UI never imports Dexie, the database module or the schema', async () => {
    expect(await lint('src/ui/x/Page.tsx', "import Dexie from 'dexie';\nexport const d = Dexie;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*Dexie/),
    ]);
    expect(await lint('src/ui/x/Page.tsx', "import { AgencyDb } from '../../store/db';\nexport const d = AgencyDb;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*internals/),
    ]);
    expect(
      await lint('src/ui/x/Page.tsx', "import { MIGRATIONS } from '../../store/schema';\nexport const m = MIGRATIONS;\n"),
    ).toEqual([expect.stringMatching(/^no-restricted-imports/)]);
    // The store's queries and writes are what the UI uses.
    expect(
      await lint('src/ui/x/Page.tsx', "import { QUERIES } from '../../store/queries';\nexport const q = QUERIES;\n"),
    ).toEqual([]);
  });

  it('the UI never touches a table, even through the store context', async () => {
    expect(
      await lint('src/ui/x/Page.tsx', 'export const f = (ctx: { db: { evaluations: unknown } }) => ctx.db.evaluations;\n'),
    ).toEqual([expect.stringMatching(/^no-restricted-syntax: The UI never touches the database/)]);
  });

  it('the domain imports valibot and itself only', async () => {
    expect(await lint('src/domain/rules/x.ts', "import * as v from 'valibot';\nexport const s = v.string();\n")).toEqual([]);
    expect(
      await lint('src/domain/rules/x.ts', "import { createSignal } from 'solid-js';\nexport const s = createSignal;\n"),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*valibot/)]);
    expect(await lint('src/domain/rules/x.ts', "import * as XLSX from 'xlsx';\nexport const x = XLSX;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports/),
    ]);
    expect(
      await lint('src/domain/rules/x.ts', "import { write } from '../../store/context';\nexport const w = write;\n"),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*store/)]);
  });

  it('documents are pure: the domain and the words only', async () => {
    expect(await lint('src/documents/x.ts', "import { fullName } from '../domain';\nexport const f = fullName;\n")).toEqual([]);
    expect(await lint('src/documents/x.ts', "import * as XLSX from 'xlsx';\nexport const x = XLSX;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports/),
    ]);
    expect(
      await lint('src/documents/x.ts', "import { readWorkbook } from '../io/read-workbook';\nexport const r = readWorkbook;\n"),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*io/)]);
  });

  it('Solid is in the store only in the one bridge', async () => {
    const code = "import { createSignal } from 'solid-js';\nexport const s = createSignal;\n";
    expect(await lint('src/store/live.ts', code)).toEqual([]);
    expect(await lint('src/store/queries.ts', code)).toEqual([expect.stringMatching(/^no-restricted-imports/)]);
  });

  it('the clock and randomness are read in platform/ only', async () => {
    const cases = [
      'export const t = Date.now();\n',
      'export const t = new Date();\n',
      'export const r = Math.random();\n',
      'export const r = crypto.randomUUID();\n',
    ];
    for (const code of cases) {
      expect(await lint('src/store/x.ts', code), code).toEqual([expect.stringMatching(/^no-restricted-syntax: .*platform/)]);
      expect(await lint('src/ui/x/Page.tsx', code), code).toEqual([expect.stringMatching(/^no-restricted-syntax: .*platform/)]);
      expect(await lint('src/domain/x.ts', code), code).toEqual([expect.stringMatching(/^no-restricted-syntax: .*platform/)]);
      expect(await lint('src/platform/x.ts', code), code).toEqual([]);
    }
  });

  it('numbers are formatted through the locale formatters only', async () => {
    expect(await lint('src/ui/x/Page.tsx', 'export const f = (v: number) => v.toFixed(2);\n')).toEqual([
      expect.stringMatching(/^no-restricted-syntax: Format numbers/),
    ]);
    expect(await lint('src/ui/x/Page.tsx', "export const f = (v: string) => v.replace('.', ',');\n")).toEqual([
      expect.stringMatching(/^no-restricted-syntax: Format numbers/),
    ]);
  });
});

/** Every source file of src/, tests aside. */
function sources(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('ids and keys come from the id helpers', () => {
  it('no template joins values with ":" outside domain/ids.ts (record ids, lock keys and envelope keys are built there)', () => {
    const found: string[] = [];
    for (const path of sources()) {
      const rel = relative(ROOT, path);
      // The helpers themselves; a time of day (hh:mm) is not a key.
      if (rel === join('src', 'domain', 'ids.ts') || rel === join('src', 'i18n', 'format.ts')) continue;
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.trim();
          if (code.startsWith('*') || code.startsWith('/**') || code.startsWith('//')) return;
          if (/\}:\$\{/.test(code) || /`(lock|row|block|slot):\$\{/.test(code)) found.push(`${rel}:${i + 1}: ${code}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('the check finds a hand-built id (it can fail)', () => {
    expect(/\}:\$\{/.test('const id = `${periodId}:${employeeId}`;')).toBe(true);
    expect(/`(lock|row|block|slot):\$\{/.test('const key = `lock:${id}`;')).toBe(true);
  });
});
