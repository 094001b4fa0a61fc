import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { checkSchemaChanges, undescribed } from '../src/schema-check';

const read = (...path: string[]) => readFileSync(join(__dirname, '..', ...path), 'utf8');
const CHANGELOG = join('..', '..', 'docs', 'api-changelog.md');

/**
 * The schema is a contract: CI fails on a breaking change against the last released schema
 * (released/schema.graphql) unless docs/api-changelog.md records it, and on any type or field
 * without a description.
 */
describe('the GraphQL schema contract', () => {
  it('has no unrecorded breaking change against the last released schema', async () => {
    const { unrecorded } = await checkSchemaChanges(
      read('released', 'schema.graphql'),
      read('schema.graphql'),
      read(CHANGELOG),
    );
    expect(unrecorded.map((c) => `${c.path}: ${c.message}`)).toEqual([]);
  });

  it('describes every type, field, input field and enum value', () => {
    expect(undescribed(buildSchema(read('schema.graphql')))).toEqual([]);
  });

  describe('the check itself (fixtures)', () => {
    const released = read('test', 'fixtures', 'released.graphql');
    const current = read('test', 'fixtures', 'current-breaking.graphql');

    it('fails on unrecorded breaking changes: a removed field, a field made nullable, a new required argument', async () => {
      const { breaking, unrecorded } = await checkSchemaChanges(
        released,
        current,
        '# API changelog\n\nNothing yet.\n',
      );
      const paths = unrecorded.map((c) => c.path).sort();
      expect(paths).toEqual(['Practice.summary', 'Practice.title', 'Query.practice.locale'].sort());
      expect(breaking).toHaveLength(3);
    });

    it('passes once the changelog records each breaking change by its path', async () => {
      const changelog =
        '## 2.0.0\n- Removed `Practice.summary`.\n- `Practice.title` may be null.\n- `Query.practice.locale` is required.\n';
      expect((await checkSchemaChanges(released, current, changelog)).unrecorded).toEqual([]);
    });

    it('does not count additions as breaking', async () => {
      const { breaking } = await checkSchemaChanges(
        released,
        released.replace('summary: String!', 'summary: String!\n  """New."""\n  teaser: String'),
        '',
      );
      expect(breaking).toEqual([]);
    });

    it('finds undescribed types and fields', () => {
      expect(
        undescribed(buildSchema('type Thing { id: ID! }\ntype Query { "Things." thing: Thing }')),
      ).toEqual(['Thing', 'Thing.id']);
    });
  });
});
