import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/actor';
import { AppError, ErrorCode } from '../common/errors';
import {
  LOADER_FACTORY,
  type LoaderFactory,
  type Loaders,
  type RequestContext,
} from '../common/request-context';
import { SESSION_IDLE_MS, toActorUser, User } from '../identity';
import { loadViewerScope, type ViewerScope } from '../visibility';

/** The subscriber as judged for one event: current actor, current scope, fresh loaders. */
export interface LiveSubscriber {
  actor: Actor;
  scope: ViewerScope;
  loaders: Loaders;
}

/** What a subscription's source yields: the value, with the subscriber as judged for it. */
export interface LiveEvent<T> {
  value: T;
  subscriber: LiveSubscriber;
}

/**
 * The `resolve` of every subscription: the event's fields resolve as the subscriber is now
 * (their actor, scope and loaders of this event, so nothing loaded for an earlier event under
 * older rights is reused). graphql-ws executes one event at a time per subscription.
 */
export function resolveLive<T>(event: LiveEvent<T>, _args: unknown, ctx: RequestContext): T {
  const { actor, scope, loaders } = event.subscriber;
  Object.assign(ctx, { actor, scope: () => Promise.resolve(scope), loaders });
  return event.value;
}

/**
 * A subscription lives as long as its connection, but who its subscriber is and what they may
 * see change meanwhile (sessions end, tokens are revoked, organizations lose a stakeholder type,
 * threads move, practices are unpublished). Every subscription calls `rejudge` for each event it
 * is about to push: the credential of the connection is checked again (its session or API token
 * row still live), the user and their viewer scope are reloaded — no cache, three small queries
 * per event and subscriber — and the caller then applies the same visibility predicate as every
 * read path, with that scope.
 */
@Injectable()
export class LiveViewer {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(LOADER_FACTORY) private readonly createLoaders: LoaderFactory,
  ) {}

  /** The subscriber as they are now; UNAUTHENTICATED when the connection's session or token has ended. */
  async rejudge(ctx: RequestContext): Promise<LiveSubscriber> {
    const actor = await this.currentActor(ctx.actor);
    const scope = await loadViewerScope(this.db, actor);
    return { actor, scope, loaders: this.createLoaders(actor, () => Promise.resolve(scope)) };
  }

  private async currentActor(actor: Actor): Promise<Actor> {
    if (actor.kind !== 'user') return actor;
    const live: unknown[] =
      actor.via === 'session'
        ? await this.db.query(
            `SELECT 1 FROM user_session
              WHERE id = $1 AND revoked_at IS NULL AND expires_at > now() AND last_seen_at > now() - make_interval(secs => $2)`,
            [actor.credentialId, SESSION_IDLE_MS / 1000],
          )
        : await this.db.query(
            `SELECT 1 FROM api_token WHERE id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`,
            [actor.credentialId],
          );
    const user = live.length
      ? await this.db.getRepository(User).findOneBy({ id: actor.user.id })
      : null;
    if (!user) {
      throw new AppError(
        ErrorCode.UNAUTHENTICATED,
        actor.via === 'session'
          ? 'Your session has ended: sign in again.'
          : 'The API token is invalid, expired or revoked.',
      );
    }
    return { ...actor, user: toActorUser(user) };
  }
}
