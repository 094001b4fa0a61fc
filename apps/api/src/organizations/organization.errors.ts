import { AppError, ErrorCode, forbidden } from '../common/errors';

export const OrganizationErrors = {
  slugTaken: (slug: string) =>
    new AppError(
      ErrorCode.CONFLICT,
      `The short name "${slug}" is already used by another organization.`,
      {
        fieldErrors: [
          { field: 'slug', message: 'This short name is already used. Choose another.' },
        ],
      },
    ),
  notAdmin: () => forbidden('Only admins of this organization can do this.'),
  alreadyMember: () =>
    new AppError(ErrorCode.CONFLICT, 'This person is already a member of the organization.'),
  requestPending: () =>
    new AppError(ErrorCode.CONFLICT, 'You have already asked to join; an admin will answer.'),
  lastAdmin: () =>
    new AppError(
      ErrorCode.LAST_ADMIN,
      'An organization needs at least one admin: make someone else admin first.',
    ),
  invitationForSomeoneElse: () =>
    forbidden(
      'This invitation was sent to another email address. Sign in with that address to accept it.',
    ),
};
