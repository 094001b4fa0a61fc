import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * The schema is a contract with partners. A change that can break a client (a removed field,
 * a changed type, a new required argument…) is allowed only when docs/api-changelog.md records
 * it: the changelog must name the change's schema path in backticks, e.g. `Practice.summary`.
 */
export interface SchemaCheck {
  breaking: Change[];
  unrecorded: Change[];
}

export async function checkSchemaChanges(
  releasedSdl: string,
  currentSdl: string,
  changelog: string,
): Promise<SchemaCheck> {
  const changes = await diff(buildSchema(releasedSdl), buildSchema(currentSdl));
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const recorded = new Set([...changelog.matchAll(/`([A-Za-z_][\w.]*)`/g)].map((m) => m[1]));
  const unrecorded = breaking.filter((c) => !(c.path && recorded.has(c.path)));
  return { breaking, unrecorded };
}

/** Types, fields, input fields and enum values without a description (root operation types are exempt). */
export function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      type.name.startsWith('__') ||
      ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)
    )
      continue;
    if (!type.description && !['Query', 'Mutation', 'Subscription'].includes(type.name))
      missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (!field.description) missing.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues())
        if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}
