import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request } from 'express';
import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { AppError, ErrorCode } from '../errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../relay/connection';
import { RATE_LIMITS, type RateLimitService } from '../rate-limit/rate-limit.service';
import type { Actor } from '../actor';
import type { RequestContext } from '../request-context';
import { checkDocumentText, DOCUMENT_LIMITS } from './document-limits';

/**
 * Limits every GraphQL operation must respect, over HTTP and WebSocket alike: the document's
 * own limits (document-limits.ts: size, tokens, depth, aliases, expanded fields, introspection)
 * before graphql-js validation, then page sizes, cost and the hourly budget before anything
 * executes (so before any resolver touches the database). docs/api.md explains them to partners.
 */
export const QUERY_LIMITS = {
  ...DOCUMENT_LIMITS,
  /** The estimated cost of one operation (see estimateCost). */
  maxCost: 10_000,
  /** Rate-limit points per hour per token, session or (for visitors) IP: 1 point per 100 cost, at least 1. */
  pointsPerHour: RATE_LIMITS['api:cost'].points,
  costPerPoint: 100,
  /** Resolution stops with TIMEOUT after this many milliseconds (GRAPHQL_TIMEOUT_MS). */
  executionTimeoutMs: 10_000,
} as const;

export const pointsFor = (cost: number) => Math.max(1, Math.ceil(cost / QUERY_LIMITS.costPerPoint));

const isConnection = (type: GraphQLNamedType) =>
  isObjectType(type) && 'pageInfo' in type.getFields() && 'edges' in type.getFields();

const badPage = (name: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, `${name} must be between 1 and ${MAX_PAGE_SIZE}.`, {
    http: { status: 400 },
  });

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
    const size =
      (args.first as number | undefined) ?? (args.last as number | undefined) ?? DEFAULT_PAGE_SIZE;
    return 1 + size * Math.max(1, childComplexity);
  }
  if (Array.isArray(args.ids)) return 1 + args.ids.length * Math.max(1, childComplexity);
  if (isListType(getNullableType(field.type))) return 1 + 10 * Math.max(1, childComplexity);
  return 1 + childComplexity;
};

export interface CostInfo {
  cost: number;
  points: number;
  limit: number;
  budget?: { limit: number; remaining: number; resetAt: string };
}

/**
 * Page sizes and cost (BAD_USER_INPUT, QUERY_TOO_COMPLEX, HTTP 400), then the hourly budget of
 * the caller's token, session or visitor IP (RATE_LIMITED, 429, with the reset time). The one
 * pricing step of both transports: the HTTP plugin below and the WebSocket (websocket.ts).
 */
export async function priceOperation(input: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  actor: Actor;
  rateLimits: RateLimitService;
}): Promise<CostInfo> {
  let cost: number;
  try {
    cost = getComplexity({
      schema: input.schema,
      query: input.document,
      operationName: input.operationName ?? undefined,
      variables: input.variables ?? {},
      estimators: [estimateCost],
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Variables that do not fit their types: the same answer execution would give.
    throw new AppError(ErrorCode.BAD_USER_INPUT, (error as Error).message, {
      http: { status: 400 },
    });
  }
  if (cost > QUERY_LIMITS.maxCost) {
    throw new AppError(
      ErrorCode.QUERY_TOO_COMPLEX,
      `This query would cost ${cost} points of work; the limit is ${QUERY_LIMITS.maxCost}. Ask for smaller pages (first/last) or fewer nested lists.`,
      { cost, limit: QUERY_LIMITS.maxCost, http: { status: 400 } },
    );
  }
  const points = pointsFor(cost);
  const key = input.actor.kind === 'user' ? input.actor.credentialId : input.actor.ip;
  const state = await input.rateLimits.consumeCost(key, points);
  const info: CostInfo = {
    cost,
    points,
    limit: QUERY_LIMITS.maxCost,
    budget: {
      limit: QUERY_LIMITS.pointsPerHour,
      remaining: state.remaining,
      resetAt: state.resetAt.toISOString(),
    },
  };
  if (state.exceeded) {
    const retryAfterSeconds = Math.max(1, Math.ceil((state.resetAt.getTime() - Date.now()) / 1000));
    throw new AppError(
      ErrorCode.RATE_LIMITED,
      `This query costs ${points} points and the hourly budget of ${QUERY_LIMITS.pointsPerHour} is spent; it resets at ${info.budget!.resetAt}.`,
      {
        retryAfterSeconds,
        resetAt: info.budget!.resetAt,
        cost: info,
        http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      },
    );
  }
  return info;
}

/**
 * The query text of an HTTP request, checked before Apollo parses it (DOCUMENT_TOO_LARGE):
 * called from the context factory, the one hook Apollo runs before parsing whose errors keep
 * their code and status. Hash-only persisted queries bring no text; theirs was checked when
 * it was registered.
 */
export function checkRequestDocument(req: Request): void {
  const body = req.body as { query?: unknown } | undefined;
  const query = req.method === 'GET' ? req.query?.query : body?.query;
  if (typeof query === 'string') checkDocumentText(query);
}

/** The longest wait any error asks for (`extensions.retryAfterSeconds`), 0 when none does. */
export function retryAfterOf(errors: readonly GraphQLFormattedError[] | undefined): number {
  let wait = 0;
  for (const error of errors ?? []) {
    const seconds = error.extensions?.retryAfterSeconds;
    if (typeof seconds === 'number' && seconds > 0) wait = Math.max(wait, Math.ceil(seconds));
  }
  return wait;
}

type Plugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/**
 * The Apollo plugin: pricing before execution (priceOperation), the cost in
 * `extensions.cost`, a deadline for resolution (TIMEOUT), and the HTTP status of the answer:
 * 429 with Retry-After whenever an error asks the caller to wait (rate limits, sign-in
 * throttling — wherever it was raised), otherwise 200 once the operation ran (field errors do
 * not change it), and Apollo's own status (400, 401, 405) when it could not run. This replaces
 * @nestjs/apollo's plugin that set 200 on every executed answer, 429 included
 * (preserveHttpStatusForExecutionErrors: false in app.module.ts).
 */
export function queryLimitsPlugin(
  rateLimits: () => RateLimitService,
  executionTimeoutMs: number = QUERY_LIMITS.executionTimeoutMs,
): Plugin {
  return {
    async requestDidStart() {
      let info: CostInfo | undefined;
      return {
        async didResolveOperation({ operation, document, request, schema, contextValue }) {
          if (!operation) return;
          info = await priceOperation({
            schema,
            document,
            operationName: operation.name?.value,
            variables: request.variables,
            actor: (contextValue as RequestContext).actor,
            rateLimits: rateLimits(),
          });
        },
        async executionDidStart() {
          // Apollo wraps resolvers of our types only, not introspection's (__Schema, __Type):
          // introspection is bounded by its document limits instead (one root, depth, lists).
          const deadline = Date.now() + executionTimeoutMs;
          return {
            willResolveField() {
              if (Date.now() > deadline) {
                throw new AppError(
                  ErrorCode.TIMEOUT,
                  `The query ran longer than ${executionTimeoutMs / 1000} s and was stopped. Ask for less at once.`,
                );
              }
            },
          };
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (info) result.extensions = { ...result.extensions, cost: info };
          const wait = retryAfterOf(result.errors);
          if (wait > 0) {
            response.http.status = 429;
            response.http.headers.set('retry-after', String(wait));
          } else if ('data' in result) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
