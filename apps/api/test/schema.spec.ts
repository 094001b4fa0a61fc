import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchemaSdl } from '../src/cli';
import { loadConfig } from '../src/config/config';

/**
 * packages/graphql/schema.graphql is the public contract and the input of the web app's code
 * generation. It must equal what the API serves; regenerate with `pnpm graphql:generate`.
 */
describe('committed GraphQL schema', () => {
  it('matches the schema the API builds', async () => {
    const committed = readFileSync(
      join(__dirname, '../../../packages/graphql/schema.graphql'),
      'utf8',
    );
    const built = await buildSchemaSdl(loadConfig({ NODE_ENV: 'test' }));
    if (built !== committed) {
      throw new Error(
        'packages/graphql/schema.graphql is stale: run `pnpm graphql:generate` and commit the result.',
      );
    }
  });

  it('describes every type and field', async () => {
    const { buildSchema, isObjectType, isEnumType } = await import('graphql');
    const schema = buildSchema(await buildSchemaSdl(loadConfig({ NODE_ENV: 'test' })));
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)
      )
        continue;
      const isRoot = ['Query', 'Mutation', 'Subscription'].includes(type.name);
      if (!type.description && !isRoot) missing.push(type.name);
      if (isObjectType(type)) {
        for (const field of Object.values(type.getFields()))
          if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
