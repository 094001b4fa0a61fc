import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Actor } from '../common/actor';
import { AppError } from '../common/errors';
import { checkRequestDocument } from '../common/graphql/query-limits';
import type { RequestContext } from '../common/request-context';
import type { AuthenticationService } from '../identity/authentication.service';
import { viewerScopeOnce } from '../visibility';
import { createLoaders } from './loaders';

/** What Apollo hands the context factory: HTTP requests bring { req, res }; graphql-ws subscriptions bring its context. */
export interface ContextInput {
  req?: Request;
  res?: Response;
  extra?: { request: IncomingMessage };
  connectionParams?: Record<string, unknown>;
}

/**
 * The GraphQL context factory: the caller is resolved once per request, the viewer scope is
 * loaded at most once, and loaders are built per request (never shared between users).
 */
export function graphqlContext(auth: AuthenticationService, db: DataSource) {
  return async (input: ContextInput): Promise<RequestContext> => {
    // The query text is measured before Apollo parses it (DOCUMENT_TOO_LARGE).
    if (input.req) checkRequestDocument(input.req);
    let actor: Actor;
    let refusal: AppError | undefined;
    if (input.req) actor = await auth.actorFor(input.req);
    else {
      // graphql-ws drops the socket when building a context throws: a bad token is
      // answered on subscribe instead, with the code HTTP gives (UNAUTHENTICATED).
      try {
        actor = await auth.actorForSocket(input.extra!.request, input.connectionParams);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        actor = { kind: 'anonymous', ip: input.extra!.request.socket.remoteAddress ?? 'unknown' };
        refusal = error;
      }
    }
    const scope = viewerScopeOnce(db, actor);
    return {
      req: input.req!,
      res: input.res!,
      actor,
      scope,
      loaders: createLoaders(db, actor, scope),
      refusal,
    };
  };
}
