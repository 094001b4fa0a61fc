import type { Request, Response } from 'express';
import type { Actor } from './actor';
import type { Loaders } from './loaders';

/** The GraphQL context of one request. Loaders are per request, never shared between users. */
export interface RequestContext {
  req: Request;
  res: Response;
  actor: Actor;
  loaders: Loaders;
}
