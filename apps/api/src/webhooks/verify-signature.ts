// The receiver's side, exactly as docs/webhooks.md shows it (a test keeps the two identical).
// It depends on node:crypto only, so partners can copy it as is.
// --- snippet start ---
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * True when a webhook request really comes from Alliance Commons and is fresh.
 * Pass the raw request body exactly as received (before any JSON parsing) and the
 * X-Alliance-Timestamp and X-Alliance-Signature headers.
 */
export function verifyAllianceSignature(
  secret: string,
  rawBody: string | Buffer,
  timestamp: string | undefined,
  signature: string | undefined,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): boolean {
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  // Older than 5 minutes (or from the future): refuse, so a captured request cannot be replayed.
  if (Math.abs(nowSeconds - Number(timestamp)) > 300) return false;
  const expected = Buffer.from(
    'sha256=' + createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex'),
  );
  const received = Buffer.from(signature);
  return received.length === expected.length && timingSafeEqual(received, expected);
}
// --- snippet end ---
