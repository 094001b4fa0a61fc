import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { apiTokenExpiresAtSchema, defaultApiTokenExpiry } from '@alliance/domain';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import type { UserActor } from '../common/actor';
import { notFound } from '../common/errors';
import { parseInput } from '../common/validation';
import { API_TOKEN_SCOPES, ApiToken } from './api-token.entity';
import { API_TOKEN_PREFIX } from './authentication.service';
import { hashSecret, newSecret } from './secrets';

const createTokenSchema = z.object({
  name: z.string().trim().min(1, 'Give the token a name.').max(80, 'Use at most 80 characters.'),
  scopes: z
    .array(z.enum(API_TOKEN_SCOPES))
    .min(1, 'Choose at least one scope.')
    .transform((s) => [...new Set(s)]),
  expiresAt: apiTokenExpiresAtSchema.nullish(),
});

/** Personal access tokens for the partner API: created, listed, revoked by their owner. */
@Injectable()
export class ApiTokenService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(actor: UserActor, input: unknown): Promise<{ token: string; apiToken: ApiToken }> {
    const { name, scopes, expiresAt } = parseInput(createTokenSchema, input);
    // Writing implies reading.
    const effective = scopes.includes('write') ? (['read', 'write'] as const) : (['read'] as const);
    const token = newSecret(API_TOKEN_PREFIX);
    const apiToken = await this.db.transaction(async (em) => {
      const saved = await em.save(
        em.create(ApiToken, {
          name,
          scopes: [...effective],
          // A year at most, also when none was chosen.
          expiresAt: expiresAt ?? defaultApiTokenExpiry(),
          userId: actor.user.id,
          tokenHash: hashSecret(token),
          tokenPrefix: token.slice(0, 12),
        }),
      );
      await this.audit.record(
        {
          action: 'api_token.created',
          actor,
          subject: { type: 'ApiToken', id: saved.id },
          details: { name, scopes: effective },
        },
        em,
      );
      return saved;
    });
    return { token, apiToken };
  }

  /** A user's tokens that are not revoked, expired ones included (listed as expired). */
  listActive(userId: string): Promise<ApiToken[]> {
    return this.db
      .getRepository(ApiToken)
      .find({ where: { userId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  async revoke(actor: UserActor, tokenId: string): Promise<boolean> {
    await this.db.transaction(async (em) => {
      const token = await em.findOneBy(ApiToken, {
        id: tokenId,
        userId: actor.user.id,
        revokedAt: IsNull(),
      });
      // Someone else's token is "not found" too: its existence is not ours to reveal.
      if (!token) throw notFound('The API token');
      await em.update(ApiToken, token.id, { revokedAt: new Date() });
      await this.audit.record(
        { action: 'api_token.revoked', actor, subject: { type: 'ApiToken', id: token.id } },
        em,
      );
    });
    return true;
  }
}
