import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AppError, ErrorCode, forbidden, unauthenticated } from '../errors';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import type { RequestContext } from '../request-context';
import { ACCESS_KEY, type AccessRequirement } from './access.decorator';

/**
 * Enforces each operation's declared AccessRequirement, and the general request rate limit.
 * An operation without a declaration is refused: access is never granted by omission.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly rateLimits: RateLimitService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    // Only root fields carry requirements; nested fields are guarded by their services.
    if (info.path.prev !== undefined) return true;
    const { actor } = gql.getContext<RequestContext>();
    const requirement = this.reflector.get<AccessRequirement | undefined>(
      ACCESS_KEY,
      context.getHandler(),
    );
    if (!requirement) {
      this.logger.error(`${info.parentType.name}.${info.fieldName} declares no access requirement`);
      throw forbidden();
    }

    if (actor.kind === 'user') await this.rateLimits.consume('api:credential', actor.credentialId);
    else await this.rateLimits.consume('api:ip', actor.ip);

    const isMutation = info.operation.operation === 'mutation';
    if (
      actor.kind === 'user' &&
      actor.via === 'token' &&
      isMutation &&
      !actor.scopes.includes('write')
    ) {
      throw forbidden('This API token is read-only: mutations need a token with the write scope.');
    }
    if (!requirement.signedIn) return true;
    if (actor.kind !== 'user') throw unauthenticated();
    if (!actor.scopes.includes(requirement.scope)) {
      throw forbidden(`This API token lacks the ${requirement.scope} scope.`);
    }
    if (requirement.sessionOnly && actor.via !== 'session') {
      throw forbidden(
        'This can only be done when signed in to the web app, not with an API token.',
      );
    }
    if (requirement.verifiedEmail && !actor.user.emailVerified) {
      throw new AppError(ErrorCode.EMAIL_NOT_VERIFIED, 'Please verify your email address first.');
    }
    const role = actor.user.platformRole;
    if (requirement.platformRole === 'ADMIN' && role !== 'ADMIN')
      throw forbidden('Only platform admins can do this.');
    if (requirement.platformRole === 'MODERATOR' && role === 'USER')
      throw forbidden('Only moderators can do this.');
    return true;
  }
}
