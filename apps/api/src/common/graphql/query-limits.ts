import type { ApolloDriverConfig } from '@nestjs/apollo';
import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { AppError, ErrorCode } from '../errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../relay/connection';
import { RATE_LIMITS, type RateLimitService } from '../rate-limit/rate-limit.service';
import type { RequestContext } from '../request-context';

/**
 * Limits every GraphQL operation must respect, checked after parsing and validation and
 * before anything executes (so before any resolver touches the database). docs/api.md
 * explains them to partners.
 */
export const QUERY_LIMITS = {
  /** Nesting of fields (introspection fields are not counted). */
  maxDepth: 12,
  /** Aliased fields per operation (alias floods multiply work without nesting). */
  maxAliases: 30,
  /** The estimated cost of one operation (see estimateCost). */
  maxCost: 10_000,
  /** Rate-limit points per hour per token, session or (for visitors) IP: 1 point per 100 cost, at least 1. */
  pointsPerHour: RATE_LIMITS['api:cost'].points,
  costPerPoint: 100,
  /** Resolution stops with TIMEOUT after this many milliseconds (GRAPHQL_TIMEOUT_MS). */
  executionTimeoutMs: 10_000,
} as const;

export const pointsFor = (cost: number) => Math.max(1, Math.ceil(cost / QUERY_LIMITS.costPerPoint));

const isConnection = (type: GraphQLNamedType) => isObjectType(type) && 'pageInfo' in type.getFields() && 'edges' in type.getFields();

const badPage = (name: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, `${name} must be between 1 and ${MAX_PAGE_SIZE}.`, { http: { status: 400 } });

/**
 * The cost model: a scalar costs 0; an object field 1 plus what is selected in it; a
 * connection (or `nodes(ids:)`) 1 plus its page size (`first`/`last`, default 20, or the
 * number of ids) times what is selected in each item (its other fields — pageInfo, totals,
 * facet counts — cost nothing more); a plain list 1 plus 10 times its
 * selection. Nested pages multiply, as they do in the database. `first`/`last` outside
 * 1–100 are refused here, before anything runs.
 */
export const estimateCost: ComplexityEstimator = ({ field, type, args, childComplexity }) => {
  if (field.name.startsWith('__')) return 0;
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (typeof value === 'number' && (value < 1 || value > MAX_PAGE_SIZE)) throw badPage(name);
  }
  const named = getNamedType(field.type);
  if (isLeafType(named)) return 0;
  if (isConnection(type)) {
    // Only the items repeat per page entry; pageInfo, totals and facet counts come once.
    return field.name === 'edges' || field.name === 'nodes' ? childComplexity : 0;
  }
  if (isConnection(named)) {
    const size = (args.first as number | undefined) ?? (args.last as number | undefined) ?? DEFAULT_PAGE_SIZE;
    return 1 + size * Math.max(1, childComplexity);
  }
  if (Array.isArray(args.ids)) return 1 + args.ids.length * Math.max(1, childComplexity);
  if (isListType(getNullableType(field.type))) return 1 + 10 * Math.max(1, childComplexity);
  return 1 + childComplexity;
};

/** Depth and alias count of an operation, following fragments, skipping introspection. */
export function measure(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): { depth: number; aliases: number } {
  let aliases = 0;
  const visit = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): number => {
    if (!set) return depth;
    let deepest = depth;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        if (selection.alias) aliases++;
        deepest = Math.max(deepest, visit(selection.selectionSet, depth + 1, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, visit(selection.selectionSet, depth, seen));
      } else {
        const name = selection.name.value;
        if (seen.has(name)) continue; // validation rejects cycles; never loop
        deepest = Math.max(deepest, visit(fragments[name]?.selectionSet, depth, new Set([...seen, name])));
      }
    }
    return deepest;
  };
  const depth = visit(operation.selectionSet, 0, new Set());
  return { depth, aliases };
}

interface CostInfo {
  cost: number;
  points: number;
  limit: number;
  budget?: { limit: number; remaining: number; resetAt: string };
}

/**
 * The Apollo plugin: depth, aliases, page sizes and cost before execution (QUERY_TOO_DEEP,
 * TOO_MANY_ALIASES, BAD_USER_INPUT, QUERY_TOO_COMPLEX, all HTTP 400), then the hourly
 * budget (RATE_LIMITED, 429, with the reset time), the cost in `extensions.cost`, and a
 * deadline for resolution (TIMEOUT).
 */
type Plugin = NonNullable<ApolloDriverConfig['plugins']>[number];

export function queryLimitsPlugin(rateLimits: () => RateLimitService, executionTimeoutMs: number = QUERY_LIMITS.executionTimeoutMs): Plugin {
  return {
    async requestDidStart() {
      let info: CostInfo | undefined;
      return {
        async didResolveOperation({ operation, document, request, schema, contextValue }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const { depth, aliases } = measure(operation, fragments);
          if (depth > QUERY_LIMITS.maxDepth) {
            throw new AppError(ErrorCode.QUERY_TOO_DEEP, `This query nests ${depth} levels deep; the limit is ${QUERY_LIMITS.maxDepth}.`, {
              depth,
              limit: QUERY_LIMITS.maxDepth,
              http: { status: 400 },
            });
          }
          if (aliases > QUERY_LIMITS.maxAliases) {
            throw new AppError(ErrorCode.TOO_MANY_ALIASES, `This query uses ${aliases} aliases; the limit is ${QUERY_LIMITS.maxAliases}.`, {
              aliases,
              limit: QUERY_LIMITS.maxAliases,
              http: { status: 400 },
            });
          }
          let cost: number;
          try {
            cost = getComplexity({ schema, query: document, operationName: operation.name?.value, variables: request.variables ?? {}, estimators: [estimateCost] });
          } catch (error) {
            if (error instanceof AppError) throw error;
            // Variables that do not fit their types: the same answer execution would give.
            throw new AppError(ErrorCode.BAD_USER_INPUT, (error as Error).message, { http: { status: 400 } });
          }
          if (cost > QUERY_LIMITS.maxCost) {
            throw new AppError(
              ErrorCode.QUERY_TOO_COMPLEX,
              `This query would cost ${cost} points of work; the limit is ${QUERY_LIMITS.maxCost}. Ask for smaller pages (first/last) or fewer nested lists.`,
              { cost, limit: QUERY_LIMITS.maxCost, http: { status: 400 } },
            );
          }
          const points = pointsFor(cost);
          info = { cost, points, limit: QUERY_LIMITS.maxCost };
          const actor = (contextValue as RequestContext).actor;
          const key = actor.kind === 'user' ? actor.credentialId : actor.ip;
          const state = await rateLimits().consumeCost(key, points);
          info.budget = { limit: QUERY_LIMITS.pointsPerHour, remaining: state.remaining, resetAt: state.resetAt.toISOString() };
          if (state.exceeded) {
            const retryAfterSeconds = Math.max(1, Math.ceil((state.resetAt.getTime() - Date.now()) / 1000));
            throw new AppError(
              ErrorCode.RATE_LIMITED,
              `This query costs ${points} points and the hourly budget of ${QUERY_LIMITS.pointsPerHour} is spent; it resets at ${info.budget.resetAt}.`,
              { retryAfterSeconds, resetAt: info.budget.resetAt, cost: info, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
            );
          }
        },
        async executionDidStart() {
          const deadline = Date.now() + executionTimeoutMs;
          return {
            willResolveField() {
              if (Date.now() > deadline) {
                throw new AppError(ErrorCode.TIMEOUT, `The query ran longer than ${executionTimeoutMs / 1000} s and was stopped. Ask for less at once.`);
              }
            },
          };
        },
        async willSendResponse({ response }) {
          if (info && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: info };
          }
        },
      };
    },
  };
}
