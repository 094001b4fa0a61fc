import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  displayNameSchema,
  emailSchema,
  passwordSchema,
  signInInputSchema,
  signUpInputSchema,
} from '@alliance/domain';
import type { Request, Response } from 'express';
import { DataSource, type EntityManager, IsNull, MoreThan } from 'typeorm';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import type { Actor, UserActor } from '../common/actor';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { parseInput } from '../common/validation';
import { MailService } from '../mail/mail.service';
import { EmailToken, type EmailTokenPurpose } from './email-token.entity';
import { IdentityErrors } from './identity.errors';
import { hashSecret, newSecret, PasswordHasher } from './secrets';
import { SessionService } from './session.service';
import { User } from './user.entity';

/** Wrong passwords an email address + IP pair may make before waits begin. */
export const SIGN_IN_FREE_FAILURES = 5;
/** The first wait, doubled with each further wrong password, up to the longest. */
export const SIGN_IN_FIRST_DELAY_SECONDS = 15;
export const SIGN_IN_LONGEST_DELAY_SECONDS = 15 * 60;

/** Seconds to wait after the `failures`-th wrong password of a pair (0: none yet). */
export function signInDelaySeconds(failures: number): number {
  if (failures < SIGN_IN_FREE_FAILURES) return 0;
  return Math.min(
    SIGN_IN_LONGEST_DELAY_SECONDS,
    SIGN_IN_FIRST_DELAY_SECONDS * 2 ** Math.min(failures - SIGN_IN_FREE_FAILURES, 20),
  );
}

/** The throttling key of an address typed and a client IP (hashed: no email addresses in rate_limit). */
const signInPairKey = (email: string, ip: string) => hashSecret(`${email}\n${ip}`);

const VERIFY_EMAIL_TTL_MS = 48 * 3600 * 1000;
const RESET_PASSWORD_TTL_MS = 3600 * 1000;

/**
 * Accounts: sign-up, email verification, sign-in with brute-force protection, sign-out,
 * password change and reset. Every change that matters is audited.
 */
@Injectable()
export class IdentityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly rateLimits: RateLimitService,
  ) {}

  async signUp(actor: Actor, input: unknown, req: Request, res: Response): Promise<User> {
    const { email, password, displayName } = parseInput(signUpInputSchema, input);
    await this.rateLimits.consume('sign-up:ip', actor.ip);
    const passwordHash = await this.passwords.hash(password);
    const user = await this.db.transaction(async (em) => {
      if (await em.existsBy(User, { email })) throw IdentityErrors.emailTaken();
      const created = await em.save(em.create(User, { email, displayName, passwordHash }));
      await this.audit.record(
        {
          action: 'user.signed_up',
          actor: { userId: created.id, ip: actor.ip },
          subject: { type: 'User', id: created.id },
        },
        em,
      );
      await this.sessions.create(created.id, req, res, em);
      return created;
    });
    await this.sendVerification(user);
    return user;
  }

  async resendVerification(actor: UserActor): Promise<boolean> {
    const user = await this.db.getRepository(User).findOneByOrFail({ id: actor.user.id });
    if (user.emailVerifiedAt) throw IdentityErrors.alreadyVerified();
    await this.rateLimits.consume('mail:account', user.id);
    await this.sendVerification(user);
    return true;
  }

  async verifyEmail(actor: Actor, token: string): Promise<boolean> {
    await this.db.transaction(async (em) => {
      const record = await this.useEmailToken(em, token, 'VERIFY_EMAIL');
      await em.update(
        User,
        { id: record.userId, emailVerifiedAt: IsNull() },
        { emailVerifiedAt: new Date() },
      );
      await this.audit.record(
        {
          action: 'user.email_verified',
          actor: { userId: record.userId, ip: actor.ip },
          subject: { type: 'User', id: record.userId },
        },
        em,
      );
    });
    return true;
  }

  /**
   * Signs in. Wrong passwords slow down the pair (email address, client IP) — a few free tries,
   * then a growing wait — rather than locking the account: an attacker elsewhere cannot lock the
   * owner out, and since the pair is keyed by the address typed, unknown addresses are slowed
   * down exactly like known ones (same codes, messages and waits; no enumeration). The looser
   * per-IP limit ('sign-in:ip') caps one client trying many addresses.
   */
  async signIn(actor: Actor, input: unknown, req: Request, res: Response): Promise<User> {
    const { email, password } = parseInput(signInInputSchema, input);
    await this.rateLimits.consume('sign-in:ip', actor.ip);
    const pair = signInPairKey(email, actor.ip);
    const waitMs = await this.rateLimits.blockedFor('sign-in:delay', pair);
    if (waitMs > 0) throw IdentityErrors.signInThrottled(waitMs / 1000);
    const user = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    const ok = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !ok) {
      await this.audit.record({
        action: 'user.sign_in_failed',
        actor: { userId: null, ip: actor.ip },
        subject: user ? { type: 'User', id: user.id } : undefined,
        details: { email },
      });
      await this.countFailure(pair, email, user, actor.ip);
      throw IdentityErrors.invalidCredentials();
    }
    await this.rateLimits.reset('sign-in:failures', pair);
    await this.rateLimits.reset('sign-in:delay', pair);
    await this.db.transaction(async (em) => {
      await this.sessions.create(user.id, req, res, em);
      await this.audit.record(
        {
          action: 'user.signed_in',
          actor: { userId: user.id, ip: actor.ip },
          subject: { type: 'User', id: user.id },
        },
        em,
      );
    });
    return user;
  }

  /** After the free tries, each wrong password from the pair sets a longer wait before the next. */
  private async countFailure(pair: string, email: string, user: User | null, ip: string) {
    const failures = await this.rateLimits.count('sign-in:failures', pair);
    const delay = signInDelaySeconds(failures);
    if (delay === 0) return;
    await this.rateLimits.block('sign-in:delay', pair, delay);
    await this.audit.record({
      action: 'user.sign_in_throttled',
      actor: { userId: null, ip },
      subject: user ? { type: 'User', id: user.id } : undefined,
      details: { email, failures, delaySeconds: delay },
    });
  }

  async signOut(actor: Actor, res: Response): Promise<boolean> {
    this.sessions.clearCookie(res);
    if (actor.kind !== 'user' || actor.via !== 'session') return true;
    await this.db.transaction(async (em) => {
      await this.sessions.revoke(actor.credentialId, em);
      await this.audit.record(
        { action: 'user.signed_out', actor, subject: { type: 'User', id: actor.user.id } },
        em,
      );
    });
    return true;
  }

  async changePassword(
    actor: UserActor,
    input: { currentPassword: string; newPassword: string },
  ): Promise<boolean> {
    const { newPassword } = parseInput(z.object({ newPassword: passwordSchema }), {
      newPassword: input.newPassword,
    });
    const user = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: actor.user.id })
      .getOneOrFail();
    if (!(await this.passwords.verify(user.passwordHash, input.currentPassword ?? ''))) {
      throw IdentityErrors.wrongCurrentPassword();
    }
    const passwordHash = await this.passwords.hash(newPassword);
    await this.db.transaction(async (em) => {
      await em.update(User, user.id, { passwordHash });
      // Other browsers signed in with the old password are signed out.
      await this.sessions.revokeAllOf(
        user.id,
        actor.via === 'session' ? actor.credentialId : null,
        em,
      );
      await this.audit.record(
        { action: 'user.password_changed', actor, subject: { type: 'User', id: user.id } },
        em,
      );
    });
    return true;
  }

  /** Always answers true, whether or not the address has an account (no enumeration). */
  async requestPasswordReset(actor: Actor, rawEmail: string): Promise<boolean> {
    const { email } = parseInput(z.object({ email: emailSchema }), { email: rawEmail });
    await this.rateLimits.consume('reset:ip', actor.ip);
    const user = await this.db.getRepository(User).findOneBy({ email });
    if (!user) return true;
    const { reached } = await this.rateLimits.hit('reset:account', user.id);
    if (reached) return true;
    const token = await this.issueEmailToken(
      this.db.manager,
      user.id,
      'RESET_PASSWORD',
      RESET_PASSWORD_TTL_MS,
    );
    await this.audit.record({
      action: 'user.password_reset_requested',
      actor: { userId: null, ip: actor.ip },
      subject: { type: 'User', id: user.id },
    });
    await this.mail.send({
      to: user.email,
      subject: 'Reset your Alliance Commons password',
      text: [
        `Hello ${user.displayName},`,
        '',
        'Someone (hopefully you) asked to reset the password of your Alliance Commons account.',
        `Choose a new password here within an hour: ${this.mail.link(`/reset-password?token=${token}`)}`,
        '',
        'If it was not you, ignore this email: your password stays as it is.',
      ].join('\n'),
    });
    return true;
  }

  async resetPassword(
    actor: Actor,
    input: { token: string; newPassword: string },
  ): Promise<boolean> {
    const { newPassword } = parseInput(z.object({ newPassword: passwordSchema }), {
      newPassword: input.newPassword,
    });
    const passwordHash = await this.passwords.hash(newPassword);
    await this.db.transaction(async (em) => {
      const record = await this.useEmailToken(em, input.token, 'RESET_PASSWORD');
      // The link proves control of the mailbox: it also verifies the address and lifts a lock.
      await em.update(User, record.userId, { passwordHash, signInLockedUntil: null });
      await em.update(
        User,
        { id: record.userId, emailVerifiedAt: IsNull() },
        { emailVerifiedAt: new Date() },
      );
      await this.sessions.revokeAllOf(record.userId, null, em);
      await this.audit.record(
        {
          action: 'user.password_reset',
          actor: { userId: record.userId, ip: actor.ip },
          subject: { type: 'User', id: record.userId },
        },
        em,
      );
    });
    return true;
  }

  async updateProfile(actor: UserActor, input: { displayName: string }): Promise<User> {
    const { displayName } = parseInput(z.object({ displayName: displayNameSchema }), input);
    await this.db.getRepository(User).update(actor.user.id, { displayName });
    return this.db.getRepository(User).findOneByOrFail({ id: actor.user.id });
  }

  private async sendVerification(user: User) {
    const token = await this.issueEmailToken(
      this.db.manager,
      user.id,
      'VERIFY_EMAIL',
      VERIFY_EMAIL_TTL_MS,
    );
    await this.mail.send({
      to: user.email,
      subject: 'Confirm your email address for Alliance Commons',
      text: [
        `Hello ${user.displayName},`,
        '',
        'Welcome to Alliance Commons. Please confirm your email address within 48 hours:',
        this.mail.link(`/verify-email?token=${token}`),
        '',
        'If you did not sign up, ignore this email.',
      ].join('\n'),
    });
  }

  private async issueEmailToken(
    em: EntityManager,
    userId: string,
    purpose: EmailTokenPurpose,
    ttlMs: number,
  ) {
    const token = newSecret();
    await em.insert(EmailToken, {
      tokenHash: hashSecret(token),
      userId,
      purpose,
      expiresAt: new Date(Date.now() + ttlMs),
    });
    return token;
  }

  /** Marks a single-use token used, inside the caller's transaction; INVALID_TOKEN otherwise. */
  private async useEmailToken(
    em: EntityManager,
    token: string,
    purpose: EmailTokenPurpose,
  ): Promise<EmailToken> {
    if (typeof token !== 'string' || token.length < 20 || token.length > 200)
      throw IdentityErrors.invalidLink();
    const record = await em.findOne(EmailToken, {
      where: {
        tokenHash: hashSecret(token),
        purpose,
        usedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      },
      lock: { mode: 'pessimistic_write' },
    });
    if (!record) throw IdentityErrors.invalidLink();
    await em.update(EmailToken, record.id, { usedAt: new Date() });
    return record;
  }
}
