import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { STAKEHOLDER_TYPES } from '@alliance/domain';
import en from '../locales/en.json';
import { i18n, SUPPORTED_LOCALES, SHIPPED_LOCALES } from '..';
import { LABELLED_TAXONOMIES } from '../../../ui/taxonomy/taxonomy';

const SRC = join(__dirname, '..', '..', '..');
const SCHEMA = join(SRC, '..', '..', '..', 'packages', 'graphql', 'schema.graphql');

/** Source files (not tests) that may call t(). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === '__tests__' || entry.name === 'test' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every key passed literally to t('…') / t("…") / i18n.t(`…`) (template literals without ${} only). */
function literalKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  const call = /\bt\(\s*(['"`])([^'"`$]+?)\1/g;
  for (const file of sourceFiles(SRC)) {
    for (const match of readFileSync(file, 'utf8').matchAll(call)) {
      keys.set(match[2], relative(SRC, file));
    }
  }
  return keys;
}

function lookup(catalogue: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      catalogue,
    );
}

function leaves(node: unknown, prefix = ''): [string, unknown][] {
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, node]];
}

describe('the English catalogue', () => {
  const used = literalKeys();

  it('finds the t() calls in the sources', () => {
    expect(used.size).toBeGreaterThan(20);
    expect(used.has('nav.practices')).toBe(true);
  });

  it.each([...used])('has the key %s (used in %s)', (key) => {
    expect(typeof lookup(en, key)).toBe('string');
  });

  it('has only non-empty strings', () => {
    for (const [key, value] of leaves(en)) {
      expect([key, typeof value === 'string' && value.trim().length > 0]).toEqual([key, true]);
    }
  });

  it('labels every stakeholder type of the GraphQL schema', () => {
    const schema = readFileSync(SCHEMA, 'utf8');
    const body = /enum StakeholderType \{([^}]*)\}/.exec(schema)?.[1] ?? '';
    const codes = body
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^[A-Z][A-Z0-9_]*$/.test(line));
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) {
      expect([code, typeof lookup(en, `stakeholderType.${code}`)]).toEqual([code, 'string']);
    }
  });

  it.each(Object.entries(LABELLED_TAXONOMIES))(
    'labels every code of the %s taxonomy (taxonomy.<kind>.<CODE>)',
    (kind, taxonomy) => {
      for (const { code } of taxonomy) {
        expect([code, typeof lookup(en, `taxonomy.${kind}.${code}`)]).toEqual([code, 'string']);
      }
    },
  );

  it('labels every stakeholder type of the domain', () => {
    for (const { code } of STAKEHOLDER_TYPES) {
      expect([code, typeof lookup(en, `stakeholderType.${code}`)]).toEqual([code, 'string']);
    }
  });

  it.each([
    ['PracticeState', 'practiceState'],
    ['Visibility', 'visibility'],
    ['EndorsementKind', 'endorse.kinds'],
    ['PracticeOrder', 'library.order'],
    ['SearchKind', 'search.kinds'],
    ['SearchSort', 'search.sort'],
  ])('labels every value of the schema enum %s (%s.<VALUE>)', (enumName, prefix) => {
    const schema = readFileSync(SCHEMA, 'utf8');
    const body = new RegExp(`enum ${enumName} \\{([^}]*)\\}`).exec(schema)?.[1] ?? '';
    const values = body
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^[A-Z][A-Z0-9_]*$/.test(line));
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      expect([value, typeof lookup(en, `${prefix}.${value}`)]).toEqual([value, 'string']);
    }
  });

  it('is loaded synchronously, with English as the fallback for the other OSCE languages', () => {
    expect(i18n.isInitialized).toBe(true);
    expect(i18n.t('nav.home')).toBe('Home');
    expect(SUPPORTED_LOCALES).toEqual(['en', 'fr', 'de', 'it', 'ru', 'es']);
    expect(SHIPPED_LOCALES).toEqual(['en']);
    expect(i18n.t('nav.about', { lng: 'fr' })).toBe('About');
    expect(document.documentElement.lang).toBe('en');
  });
});
