import type { IncomingHttpHeaders, IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  subscribe as graphqlSubscribe,
  validate as graphqlValidate,
  type ExecutionArgs,
  type GraphQLFormattedError,
} from 'graphql';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { ServerOptions } from 'graphql-ws';
import { AppError, ErrorCode } from '../errors';
import type { RateLimitService } from '../rate-limit/rate-limit.service';
import type { RequestContext } from '../request-context';
import { checkDocumentShape, checkDocumentText, DOCUMENT_LIMITS } from './document-limits';
import { priceOperation, type CostInfo } from './query-limits';

/** Who may open a WebSocket to /graphql (docs/api.md, "Subscriptions over WebSocket"). */
export interface HandshakePolicy {
  /** PUBLIC_URL: our own origin. */
  publicUrl: string;
  /** CORS_ORIGINS: partners' browser apps, which authenticate with tokens, never cookies. */
  corsOrigins: string[];
}

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

/**
 * The Origin allow-list of the handshake. Browsers always send Origin on a WebSocket
 * handshake, and send our session cookie with it whatever page opened the socket, so:
 * - our own origin (PUBLIC_URL, or the host the request reached, as the Vite proxy does) may
 *   bring the session cookie;
 * - a partner origin (CORS_ORIGINS) is let in without cookies only (tokens go in
 *   connectionParams), as HTTP allows it without credentials;
 * - no Origin at all is a non-browser client: let in without cookies (a token in
 *   connectionParams, or anonymous);
 * - anything else is refused.
 */
export function handshakeAllowed(headers: IncomingHttpHeaders, policy: HandshakePolicy): boolean {
  const origin = headers.origin;
  const hasCookie = Boolean(headers.cookie);
  if (!origin) return !hasCookie;
  const normalised = originOf(origin);
  if (!normalised) return false;
  if (normalised === originOf(policy.publicUrl)) return true;
  if (headers.host && new URL(normalised).host === headers.host) return true;
  if (policy.corsOrigins.some((allowed) => originOf(allowed) === normalised)) return !hasCookie;
  return false;
}

type UpgradeListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/**
 * Puts the Origin check in front of every WebSocket upgrade of the HTTP server (the graphql-ws
 * server @nestjs/graphql installs listens to 'upgrade' with no verifyClient hook): a refused
 * handshake is answered 403 before any WebSocket exists. Call after app.init().
 */
export function guardWebSocketHandshakes(server: Server, policy: HandshakePolicy): void {
  const listeners = server.listeners('upgrade') as UpgradeListener[];
  server.removeAllListeners('upgrade');
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!handshakeAllowed(req.headers, policy)) {
      const body = 'This origin may not open a WebSocket here.';
      socket.end(
        `HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      return;
    }
    for (const listener of listeners) listener.call(server, req, socket, head);
  });
}

type WsOptions = Partial<ServerOptions<Record<string, unknown>, { request: IncomingMessage }>>;

/**
 * graphql-ws options for @nestjs/graphql's `subscriptions['graphql-ws']`: the same checks as
 * HTTP, with the same functions, codes and shapes.
 * - onSubscribe: document size and tokens (checkDocumentText), parse with maxTokens, depth,
 *   aliases, expanded fields and introspection (checkDocumentShape), and subscriptions only
 *   (SUBSCRIPTIONS_ONLY: the web app sends queries and mutations over HTTP).
 * - subscribe: page sizes, cost and the hourly budget of the same key as HTTP (priceOperation).
 * - onNext / onError: errors shaped by the same formatError as HTTP; `extensions.cost` on
 *   every event.
 */
export function graphqlWsOptions(deps: {
  rateLimits: () => RateLimitService;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}): GraphQLWsSubscriptionsConfig {
  const costs = new WeakMap<object, CostInfo>();
  const format = (errors: readonly GraphQLError[]) =>
    errors.map((error) => {
      const { http: _http, ...extensions } = (error.toJSON().extensions ?? {}) as Record<
        string,
        unknown
      >;
      return deps.formatError({ ...error.toJSON(), extensions }, error);
    });
  const refuse = (error: unknown): GraphQLError[] => {
    if (error instanceof GraphQLError) return [error];
    throw error;
  };

  // Nest's type names a few hooks only, but GqlSubscriptionService hands the whole object to
  // graphql-ws's useServer after its own schema/execute/subscribe/context, so all of these apply.
  const options: WsOptions = {
    onSubscribe: (_ctx, _id, payload) => {
      try {
        checkDocumentText(payload.query);
        let document;
        try {
          document = parse(payload.query, { maxTokens: DOCUMENT_LIMITS.maxTokens });
        } catch (error) {
          return [
            new GraphQLError((error as Error).message, {
              extensions: { code: 'GRAPHQL_PARSE_FAILED' },
            }),
          ];
        }
        checkDocumentShape(document);
        const operation = getOperationAST(document, payload.operationName);
        if (operation && operation.operation !== OperationTypeNode.SUBSCRIPTION) {
          throw new AppError(
            ErrorCode.SUBSCRIPTIONS_ONLY,
            'This WebSocket runs subscriptions only; send queries and mutations over HTTP (POST /graphql).',
          );
        }
      } catch (error) {
        return refuse(error);
      }
      // graphql-ws then parses, validates (graphql-js rules) and builds the context itself.
      return undefined;
    },
    // graphql-js validation, coded as over HTTP.
    validate: (schema, document) =>
      graphqlValidate(schema, document).map(
        (error) =>
          new GraphQLError(error.message, {
            nodes: error.nodes,
            extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
          }),
      ),
    execute: () => ({
      errors: [
        new AppError(
          ErrorCode.SUBSCRIPTIONS_ONLY,
          'This WebSocket runs subscriptions only; send queries and mutations over HTTP (POST /graphql).',
        ),
      ],
    }),
    subscribe: async (args: ExecutionArgs) => {
      const context = args.contextValue as RequestContext;
      if (context.refusal) return { errors: [context.refusal] };
      try {
        const cost = await priceOperation({
          schema: args.schema,
          document: args.document,
          operationName: args.operationName,
          variables: args.variableValues as Record<string, unknown> | undefined,
          actor: context.actor,
          rateLimits: deps.rateLimits(),
        });
        costs.set(context, cost);
      } catch (error) {
        return { errors: refuse(error) };
      }
      return graphqlSubscribe(args);
    },
    onNext: (_ctx, _id, _payload, args, result) => {
      const cost = costs.get(args.contextValue as object);
      return {
        ...result,
        ...(result.errors ? { errors: format(result.errors) } : {}),
        ...(cost ? { extensions: { ...result.extensions, cost } } : {}),
      } as never;
    },
    onError: (_ctx, _id, _payload, errors) => format(errors),
  };
  return options as GraphQLWsSubscriptionsConfig;
}
