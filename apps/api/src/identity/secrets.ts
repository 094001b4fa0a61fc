import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/** A high-entropy random secret (256 bits), optionally with a recognisable prefix. */
export const newSecret = (prefix = ''): string =>
  `${prefix}${randomBytes(32).toString('base64url')}`;

/**
 * SHA-256 of a random secret. Session, API and email tokens carry 256 bits of entropy, so a
 * fast hash is enough to make a stolen table useless; passwords use argon2id instead.
 */
export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex');

/** Password hashing with argon2id at OWASP's recommended minimum cost (19 MiB, 2 passes). */
@Injectable()
export class PasswordHasher {
  private readonly options = {
    algorithm: Algorithm.Argon2id,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  };
  /** Verified against when an email is unknown, so timing does not reveal which accounts exist. */
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, this.options);
  }

  async verify(passwordHash: string | undefined, password: string): Promise<boolean> {
    if (!passwordHash) {
      this.dummyHash ??= this.hash(newSecret());
      await verify(await this.dummyHash, password).catch(() => false);
      return false;
    }
    return verify(passwordHash, password).catch(() => false);
  }
}
