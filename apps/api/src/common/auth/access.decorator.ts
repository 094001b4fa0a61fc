import { SetMetadata } from '@nestjs/common';
import type { PlatformRole } from '../roles';

export const ACCESS_KEY = 'alliance:access';

/**
 * What an operation requires of its caller, declared on every Query and Mutation resolver and
 * enforced by AccessGuard. Finer rules (which organization, which role in it) live in each
 * feature's policy, called by its service.
 */
export type AccessRequirement =
  | { signedIn: false }
  | {
      signedIn: true;
      /** API tokens need this scope; browser sessions have both. */
      scope: 'read' | 'write';
      /** The account's email address must be verified. */
      verifiedEmail?: boolean;
      /** A platform role at least this high. */
      platformRole?: Exclude<PlatformRole, 'USER'>;
      /** Only from a browser session, never with an API token (account security). */
      sessionOnly?: boolean;
    };

export const Access = {
  /** Anyone, signed in or not (a read-only token still cannot run a mutation). */
  public: () => SetMetadata(ACCESS_KEY, { signedIn: false } satisfies AccessRequirement),
  /** A signed-in user; `scope` defaults to `read`, use `write` for mutations. */
  user: (
    options: { scope?: 'read' | 'write'; verifiedEmail?: boolean; sessionOnly?: boolean } = {},
  ) =>
    SetMetadata(ACCESS_KEY, {
      signedIn: true,
      scope: options.scope ?? 'read',
      ...(options.verifiedEmail ? { verifiedEmail: true } : {}),
      ...(options.sessionOnly ? { sessionOnly: true } : {}),
    } satisfies AccessRequirement),
  /** A platform moderator or admin. */
  moderator: (scope: 'read' | 'write' = 'read') =>
    SetMetadata(ACCESS_KEY, {
      signedIn: true,
      scope,
      platformRole: 'MODERATOR',
    } satisfies AccessRequirement),
  /** A platform admin; `sessionOnly` for what a token must never reach (every user's personal data). */
  admin: (scope: 'read' | 'write' = 'read', options: { sessionOnly?: boolean } = {}) =>
    SetMetadata(ACCESS_KEY, {
      signedIn: true,
      scope,
      platformRole: 'ADMIN',
      ...(options.sessionOnly ? { sessionOnly: true } : {}),
    } satisfies AccessRequirement),
};
