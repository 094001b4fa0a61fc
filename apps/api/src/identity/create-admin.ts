import { randomBytes } from 'node:crypto';
import { displayNameSchema, emailSchema } from '@alliance/domain';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import { ConfigError } from '../config/config';
import { PasswordHasher } from './secrets';
import { User } from './user.entity';

/**
 * The first platform admin, from the command line: promotes an existing account, or creates
 * a verified one with a generated password that is printed once.
 */
export async function createAdmin(
  db: DataSource,
  rawEmail: string,
  rawName?: string,
): Promise<{ email: string; password?: string }> {
  const parsed = z
    .object({ email: emailSchema, name: displayNameSchema.optional() })
    .safeParse({ email: rawEmail, name: rawName });
  if (!parsed.success)
    throw new ConfigError('--email', `Invalid input: ${parsed.error.issues[0].message}`);
  const { email, name } = parsed.data;
  const audit = new AuditService(db);
  const cli = { userId: null, ip: 'cli' };
  const existing = await db.getRepository(User).findOneBy({ email });
  if (existing) {
    await db.transaction(async (em) => {
      await em.update(User, existing.id, { platformRole: 'ADMIN' });
      await audit.record(
        {
          action: 'user.platform_role_changed',
          actor: cli,
          subject: { type: 'User', id: existing.id },
          details: { from: existing.platformRole, to: 'ADMIN', via: 'cli' },
        },
        em,
      );
    });
    return { email };
  }
  const password = randomBytes(12).toString('base64url');
  const passwordHash = await new PasswordHasher().hash(password);
  await db.transaction(async (em) => {
    const user = await em.save(
      em.create(User, {
        email,
        displayName: name ?? email.split('@')[0],
        passwordHash,
        platformRole: 'ADMIN',
        emailVerifiedAt: new Date(),
      }),
    );
    await audit.record(
      {
        action: 'user.platform_role_changed',
        actor: cli,
        subject: { type: 'User', id: user.id },
        details: { to: 'ADMIN', via: 'cli', created: true },
      },
      em,
    );
  });
  return { email, password };
}
