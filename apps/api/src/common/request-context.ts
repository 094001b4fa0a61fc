import type { Request, Response } from 'express';
import type { Actor } from './actor';
import type { AppError } from './errors';
import type { ViewerScope } from '../visibility';

/**
 * The per-request batch loaders of every feature. Declared empty here and completed by the
 * composition root (context/loaders.ts, by declaration merging), so common/ imports no feature.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- completed in context/loaders.ts
export interface Loaders {}

/** Builds one request's loaders; provided by context/ for code that rebuilds a context (subscriptions, per event). */
export type LoaderFactory = (actor: Actor, scope: () => Promise<ViewerScope>) => Loaders;
export const LOADER_FACTORY = Symbol('LoaderFactory');

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
