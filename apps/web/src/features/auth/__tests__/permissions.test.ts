import type { MembershipRole, PlatformRole } from '@alliance/graphql';
import {
  canAcceptAnswer,
  canManageOrganization,
  isModerator,
  isOrganizationEditor,
  isPlatformAdmin,
} from '../permissions';

const as = (platformRole: PlatformRole) => ({ id: 'u1', platformRole });

describe('permissions (the API policies, as the web offers them)', () => {
  it('moderators are MODERATOR and ADMIN; platform admins only ADMIN; visitors neither', () => {
    expect(['USER', 'MODERATOR', 'ADMIN'].map((r) => isModerator(as(r as PlatformRole)))).toEqual([
      false,
      true,
      true,
    ]);
    expect(
      ['USER', 'MODERATOR', 'ADMIN'].map((r) => isPlatformAdmin(as(r as PlatformRole))),
    ).toEqual([false, false, true]);
    expect(isModerator(null)).toBe(false);
    expect(isPlatformAdmin(undefined)).toBe(false);
  });

  it('organization editors and admins write; members and outsiders do not', () => {
    const roles: (MembershipRole | null)[] = ['MEMBER', 'EDITOR', 'ADMIN', null];
    expect(roles.map(isOrganizationEditor)).toEqual([false, true, true, false]);
  });

  it('an organization is managed by its admins and platform admins', () => {
    expect(canManageOrganization(as('USER'), 'ADMIN')).toBe(true);
    expect(canManageOrganization(as('USER'), 'EDITOR')).toBe(false);
    expect(canManageOrganization(as('ADMIN'), null)).toBe(true);
    expect(canManageOrganization(as('MODERATOR'), null)).toBe(false);
  });

  it("a question's answer is accepted by its author or a moderator", () => {
    expect(canAcceptAnswer(as('USER'), 'u1')).toBe(true);
    expect(canAcceptAnswer(as('USER'), 'someone-else')).toBe(false);
    expect(canAcceptAnswer(as('MODERATOR'), 'someone-else')).toBe(true);
    expect(canAcceptAnswer(null, 'u1')).toBe(false);
  });
});
