import {
  getNamedType,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/** A field that can carry content or personal data: it returns an object, an interface, a union, text or JSON. */
export interface ReachableField {
  coordinate: string;
  type: string;
  field: string;
  returns: string;
}

const TEXT_SCALARS = new Set(['String', 'JSON']);
const STRUCTURAL_FIELDS = new Set(['edges', 'nodes', 'node', 'pageInfo', 'cursor']);

/** Connection and edge plumbing carries its items' rule (see rules.ts). */
export const isStructural = (type: string, field: string) =>
  /(Connection|Edge)$/.test(type) && STRUCTURAL_FIELDS.has(field);

/**
 * Every object type reachable from Query, Subscription and `node`/`nodes` (every Node type),
 * following fields into objects, interfaces (all their implementations) and unions; and in
 * them, every field that returns an object type or a text scalar.
 */
export function walkReadSchema(schema: GraphQLSchema): ReachableField[] {
  const queue: GraphQLNamedType[] = [
    schema.getQueryType()!,
    ...(schema.getSubscriptionType() ? [schema.getSubscriptionType()!] : []),
  ];
  const node = schema.getType('Node');
  if (node && isInterfaceType(node)) queue.push(...schema.getPossibleTypes(node));
  const seen = new Set<string>();
  const found: ReachableField[] = [];
  while (queue.length) {
    const type = queue.shift()!;
    if (seen.has(type.name)) continue;
    seen.add(type.name);
    if (isUnionType(type)) {
      queue.push(...type.getTypes());
      continue;
    }
    if (isInterfaceType(type)) {
      queue.push(...schema.getPossibleTypes(type));
      continue; // its fields are classified on each implementation
    }
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      const carries = isScalarType(named)
        ? TEXT_SCALARS.has(named.name)
        : isObjectType(named) || isInterfaceType(named) || isUnionType(named);
      if (!carries) continue;
      if (!isScalarType(named)) queue.push(named);
      if (isStructural(type.name, field.name)) continue;
      found.push({
        coordinate: `${type.name}.${field.name}`,
        type: type.name,
        field: field.name,
        returns: named.name,
      });
    }
  }
  return found;
}

/** The `Type.field` coordinates a document selects (on concrete and abstract parents alike). */
export function selectedCoordinates(schema: GraphQLSchema, document: string): Set<string> {
  const info = new TypeInfo(schema);
  const out = new Set<string>();
  visit(
    parse(document),
    visitWithTypeInfo(info, {
      Field() {
        const parent = info.getParentType();
        const def = info.getFieldDef();
        if (parent && def) out.add(`${parent.name}.${def.name}`);
      },
    }),
  );
  return out;
}
