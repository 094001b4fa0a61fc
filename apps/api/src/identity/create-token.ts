import { emailSchema } from '@alliance/domain';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ConfigError } from '../config/config';
import { ApiToken } from './api-token.entity';
import { API_TOKEN_PREFIX } from './authentication.service';
import { hashSecret, newSecret } from './secrets';
import { User } from './user.entity';

/**
 * An API token for an existing account, from the command line (operators, scripts, the partner
 * example): read-only unless asked, expiring after `days`. The secret is printed once.
 */
export async function createTokenFromCli(
  db: DataSource,
  rawEmail: string,
  options: { name?: string; write?: boolean; days?: number },
) {
  const email = emailSchema.safeParse(rawEmail);
  if (!email.success)
    throw new ConfigError('--email', `Invalid input: ${email.error.issues[0]!.message}`);
  const user = await db.getRepository(User).findOneBy({ email: email.data });
  if (!user) throw new ConfigError('--email', `No account with the email ${email.data}.`);
  const days = options.days ?? 90;
  if (!Number.isInteger(days) || days < 1 || days > 366)
    throw new ConfigError('--days', 'Invalid input: --days must be a whole number from 1 to 366.');
  const scopes = options.write ? ['read', 'write'] : ['read'];
  const token = newSecret(API_TOKEN_PREFIX);
  const name = options.name ?? 'Command line';
  await db.transaction(async (em) => {
    const saved = await em.save(
      em.create(ApiToken, {
        name,
        scopes: scopes as ApiToken['scopes'],
        expiresAt: new Date(Date.now() + days * 86_400_000),
        userId: user.id,
        tokenHash: hashSecret(token),
        tokenPrefix: token.slice(0, 12),
      }),
    );
    await new AuditService(db).record(
      {
        action: 'api_token.created',
        actor: { userId: user.id, ip: 'cli' },
        subject: { type: 'ApiToken', id: saved.id },
        details: { name, scopes, via: 'cli' },
      },
      em,
    );
  });
  return { token, scopes, days };
}
