import { registerEnumType } from '@nestjs/graphql';

/**
 * Registers a taxonomy from @alliance/domain as a GraphQL enum, with each value described by
 * its English label, so the schema and the domain package can never disagree on codes.
 */
export function taxonomyEnum<const T extends readonly { code: string; label: string }[]>(
  name: string,
  description: string,
  entries: T,
): { [K in T[number]['code']]: K } {
  const values = Object.fromEntries(entries.map((e) => [e.code, e.code])) as {
    [K in T[number]['code']]: K;
  };
  registerEnumType(values, {
    name,
    description,
    valuesMap: Object.fromEntries(
      entries.map((e) => [e.code, { description: e.label }]),
    ) as Partial<Record<T[number]['code'], { description: string }>>,
  });
  return values;
}
