import { AppError, ErrorCode } from '../errors';

/**
 * Opaque global ids (Relay): base64url of "Type:key". Clients must treat them as opaque; we
 * never expose raw database keys, so storage can change without breaking partners.
 */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  return { type: decoded.slice(0, colon), id: decoded.slice(colon + 1) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The database key behind a global id of the expected type, or BAD_USER_INPUT. */
export function parseGlobalId(globalId: string, expectedType: string, field = 'id'): string {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== expectedType || !UUID.test(parsed.id)) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `${field} is not a valid ${expectedType} id.`, {
      fieldErrors: [{ field, message: `Not a valid ${expectedType} id.` }],
    });
  }
  return parsed.id.toLowerCase();
}
