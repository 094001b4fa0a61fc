import {
  defaultFieldResolver,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { AppError, ErrorCode } from '../errors';
import { isSecretName, normaliseString, stringProblem } from './string-rules';

/**
 * One input-sanitising layer for the whole API. Every field of every object type (Query,
 * Mutation, Subscription and nested fields such as `Practice.revisions(after:)`) that takes a
 * string somewhere in its arguments gets its resolver (and subscribe function) wrapped: the
 * arguments graphql-js coerced (inline literals and variables alike, nested input objects and
 * lists included) pass the string rules before the resolver runs. It works on the schema, so
 * HTTP and graphql-ws share it, and it runs before authorisation: a refusal for a malformed
 * value says nothing about what the caller may see.
 *
 * A refused string answers BAD_USER_INPUT with `extensions.field` naming the argument path
 * (`filter.query`, `input.tags[2]`) and `fieldErrors` in the form the web app's forms read
 * (paths inside an `input` argument are relative to it, like parseInput's).
 */
export function sanitiseSchemaInputs(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((arg) => takesStrings(arg.type))) continue;
      const sanitise = (args: Record<string, unknown>) => sanitiseArguments(field.args, args);
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) =>
        resolve(source, sanitise(args), context, info);
      const subscribe = field.subscribe;
      if (subscribe)
        field.subscribe = (source, args, context, info) =>
          subscribe(source, sanitise(args), context, info);
    }
  }
  return schema;
}

/** The arguments with every string checked and normalised; throws BAD_USER_INPUT on the first bad one. */
export function sanitiseArguments(
  definitions: readonly GraphQLArgument[],
  args: Record<string, unknown>,
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...args };
  for (const arg of definitions) {
    if (arg.name in args)
      result[arg.name] = sanitiseValue(args[arg.name], arg.type, arg.name, isSecretName(arg.name));
  }
  return result;
}

function sanitiseValue(
  value: unknown,
  type: GraphQLInputType,
  path: string,
  secret: boolean,
): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return sanitiseValue(value, type.ofType, path, secret);
  if (isListType(type)) {
    return Array.isArray(value)
      ? value.map((item, i) => sanitiseValue(item, type.ofType, `${path}[${i}]`, secret))
      : value;
  }
  if (isEnumType(type)) return value; // already one of the declared values
  if (isInputObjectType(type)) {
    const object = value as Record<string, unknown>;
    // graphql-js builds literal input objects without a prototype; keep whatever it gave.
    const result = Object.assign(
      Object.create(Object.getPrototypeOf(object) as object | null) as Record<string, unknown>,
      object,
    );
    for (const field of Object.values(type.getFields())) {
      if (field.name in object)
        result[field.name] = sanitiseValue(
          object[field.name],
          field.type,
          `${path}.${field.name}`,
          isSecretName(field.name),
        );
    }
    return result;
  }
  if (typeof value === 'string') {
    refuseBadString(value, path);
    // String and ID are ours to normalise; a custom scalar's parsed string is its own business.
    return type.name === 'String' || type.name === 'ID' ? normaliseString(value, secret) : value;
  }
  // Custom scalars parsed into structures (JSON): check the strings inside, change nothing.
  checkNestedStrings(value, path);
  return value;
}

function checkNestedStrings(value: unknown, path: string): void {
  if (typeof value === 'string') return refuseBadString(value, path);
  if (Array.isArray(value))
    return value.forEach((item, i) => checkNestedStrings(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      refuseBadString(key, path);
      checkNestedStrings(item, `${path}.${key}`);
    }
  }
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function refuseBadString(value: string, path: string): void {
  const problem = stringProblem(value);
  if (!problem) return;
  const formField = path.startsWith('input.') ? path.slice('input.'.length) : path;
  throw new AppError(ErrorCode.BAD_USER_INPUT, `${path}: ${problem}`, {
    field: path,
    fieldErrors: [{ field: formField, message: problem }],
  });
}

/** Whether a value of this type can hold a string we should look at (cycle-safe; run at start-up). */
function takesStrings(type: GraphQLInputType, visiting = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (isEnumType(named)) return false;
  if (isScalarType(named)) return !['Int', 'Float', 'Boolean'].includes(named.name);
  if (visiting.has(named.name)) return false; // its other fields answer for it
  visiting.add(named.name);
  return Object.values(named.getFields()).some((field) => takesStrings(field.type, visiting));
}
