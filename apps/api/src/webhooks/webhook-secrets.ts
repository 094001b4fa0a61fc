import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { newSecret } from '../identity/secrets';

/** A new signing secret (256 bits), recognisable by its prefix. */
export const newSigningSecret = (): string => newSecret('whsec_');

const ENCRYPTED = 'v1:';
const PLAIN = 'plain:';

/**
 * The signing secret as stored: AES-256-GCM with WEBHOOK_SECRET_KEY when the key is set
 * (`v1:` + base64url of iv | tag | ciphertext, bound to the webhook id), else in plain text
 * (`plain:`; see docs/webhooks.md for why that is tolerated and how to turn encryption on).
 */
export function sealSecret(secret: string, webhookId: string, key: Buffer | null): string {
  if (!key) return PLAIN + secret;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(webhookId));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ENCRYPTED + Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
}

export class SecretUnavailableError extends Error {}

/** The signing secret back from its stored form; SecretUnavailableError when the key is missing or wrong. */
export function openSecret(stored: string, webhookId: string, key: Buffer | null): string {
  if (stored.startsWith(PLAIN)) return stored.slice(PLAIN.length);
  if (!stored.startsWith(ENCRYPTED))
    throw new SecretUnavailableError('The stored signing secret has an unknown format.');
  if (!key)
    throw new SecretUnavailableError(
      'The signing secret is encrypted but WEBHOOK_SECRET_KEY is not set.',
    );
  const raw = Buffer.from(stored.slice(ENCRYPTED.length), 'base64url');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(webhookId));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretUnavailableError(
      'The signing secret cannot be decrypted with WEBHOOK_SECRET_KEY (was the key changed?).',
    );
  }
}
