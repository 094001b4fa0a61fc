import type { Request, Response } from 'express';
import type { Actor } from './actor';
import type { AppError } from './errors';
import type { Loaders } from './loaders';
import type { ViewerScope } from '../visibility';

/** The GraphQL context of one request. Loaders are per request, never shared between users. */
export interface RequestContext {
  req: Request;
  res: Response;
  actor: Actor;
  /** What the caller's memberships open up (visibility/), loaded at most once per request. */
  scope: () => Promise<ViewerScope>;
  loaders: Loaders;
  /** A credential error met while building a WebSocket context, answered when it subscribes. */
  refusal?: AppError;
}
