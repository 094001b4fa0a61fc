import { Injectable } from '@nestjs/common';
import proxyAddr from 'proxy-addr';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IncomingMessage } from 'node:http';
import type { Request } from 'express';
import { DataSource, IsNull } from 'typeorm';
import type { Actor, ActorUser } from '../common/actor';
import type { AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';
import { AppError, ErrorCode } from '../common/errors';
import { ApiToken } from './api-token.entity';
import { hashSecret } from './secrets';
import { SESSION_COOKIE, SessionService } from './session.service';
import { User } from './user.entity';

export const API_TOKEN_PREFIX = 'acp_';

/** Resolves the caller of a request: bearer token, then session cookie, else anonymous. */
@Injectable()
export class AuthenticationService {
  /** Express's own "trust proxy" rule (TRUST_PROXY), so a WebSocket caller's address is found as an HTTP caller's is. */
  private readonly trusted: (address: string, hop: number) => boolean;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionService,
    @InjectConfig() config: AppConfig,
  ) {
    const trust = config.trustProxy;
    this.trusted =
      typeof trust === 'boolean'
        ? () => trust
        : typeof trust === 'number'
          ? (_address, hop) => hop < trust
          : proxyAddr.compile(trust.split(',').map((s) => s.trim()));
  }

  async actorFor(req: Request): Promise<Actor> {
    return this.actorFromCredentials({
      ip: req.ip ?? 'unknown',
      authorization: req.get('authorization'),
      sessionToken: (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE],
    });
  }

  /**
   * The caller of a GraphQL subscription: the session cookie of the WebSocket upgrade (browsers
   * send it on same-origin connections), or `authorization` in the connection parameters.
   */
  async actorForSocket(
    request: IncomingMessage,
    connectionParams: Record<string, unknown> | undefined,
  ): Promise<Actor> {
    const authorization = connectionParams?.authorization ?? connectionParams?.Authorization;
    const cookies = Object.fromEntries(
      (request.headers.cookie ?? '')
        .split(';')
        .map((c) => c.trim().split('=').map(decodeURIComponent) as [string, string]),
    );
    return this.actorFromCredentials({
      ip: request.socket.remoteAddress ? proxyAddr(request, this.trusted) : 'unknown',
      authorization: typeof authorization === 'string' ? authorization : undefined,
      sessionToken: cookies[SESSION_COOKIE],
    });
  }

  private async actorFromCredentials(c: {
    ip: string;
    authorization?: string;
    sessionToken?: string;
  }): Promise<Actor> {
    const { ip, authorization } = c;
    if (authorization) return this.tokenActor(authorization, ip);
    const cookie = c.sessionToken;
    if (cookie) {
      const session = await this.sessions.resolve(cookie);
      const user = session && (await this.db.getRepository(User).findOneBy({ id: session.userId }));
      if (session && user) {
        return {
          kind: 'user',
          ip,
          user: toActorUser(user),
          via: 'session',
          credentialId: session.id,
          scopes: ['read', 'write'],
        };
      }
    }
    return { kind: 'anonymous', ip };
  }

  private async tokenActor(authorization: string, ip: string): Promise<Actor> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const invalid = new AppError(
      ErrorCode.UNAUTHENTICATED,
      'The API token is invalid, expired or revoked.',
      {
        http: { status: 401 },
      },
    );
    if (!match || !match[1].startsWith(API_TOKEN_PREFIX)) throw invalid;
    const token = await this.db.getRepository(ApiToken).findOne({
      where: { tokenHash: hashSecret(match[1]), revokedAt: IsNull() },
    });
    if (!token || (token.expiresAt && token.expiresAt.getTime() <= Date.now())) throw invalid;
    const user = await this.db.getRepository(User).findOneBy({ id: token.userId });
    if (!user) throw invalid;
    if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
      await this.db.getRepository(ApiToken).update(token.id, { lastUsedAt: new Date() });
    }
    return {
      kind: 'user',
      ip,
      user: toActorUser(user),
      via: 'token',
      credentialId: token.id,
      scopes: token.scopes,
    };
  }
}

export function toActorUser(user: User): ActorUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    platformRole: user.platformRole,
    emailVerified: user.emailVerifiedAt !== null,
  };
}
