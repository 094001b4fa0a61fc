import type { PlatformRole } from '../../identity/user.entity';
import type { MembershipRole } from '../../organizations/membership.entity';

/** Every demo account signs in with this password (documented in the README; demo only). */
export const DEMO_PASSWORD = 'Alliance-Commons-Demo-19';

export interface DemoUser {
  email: string;
  displayName: string;
  platformRole: PlatformRole;
  membership?: { organizationSlug: string; role: MembershipRole };
}

/** One account per role, so every screen can be tried out. Fictional people. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@example.org', displayName: 'Amira Haddad', platformRole: 'ADMIN' },
  { email: 'moderator@example.org', displayName: 'Jonas Berg', platformRole: 'MODERATOR' },
  {
    email: 'orgadmin@example.org',
    displayName: 'Katrin Huber',
    platformRole: 'USER',
    membership: { organizationSlug: 'natco-at', role: 'ADMIN' },
  },
  {
    email: 'editor@example.org',
    displayName: 'Elena Rusu',
    platformRole: 'USER',
    membership: { organizationSlug: 'saferoutes-network', role: 'EDITOR' },
  },
  {
    email: 'member@example.org',
    displayName: 'Lars Nilsson',
    platformRole: 'USER',
    membership: { organizationSlug: 'nordic-payments-fcu', role: 'MEMBER' },
  },
  { email: 'newcomer@example.org', displayName: 'Sam Taylor', platformRole: 'USER' },
];
