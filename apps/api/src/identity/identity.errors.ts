import { AppError, ErrorCode } from '../common/errors';

/** The identity feature's user-facing errors, one place for their wording. */
export const IdentityErrors = {
  emailTaken: () =>
    new AppError(ErrorCode.CONFLICT, 'An account with this email address already exists. Sign in or reset your password.', {
      fieldErrors: [{ field: 'email', message: 'An account with this email address already exists.' }],
    }),
  invalidCredentials: () => new AppError(ErrorCode.INVALID_CREDENTIALS, 'The email address or password is wrong.'),
  accountLocked: (retryAfterSeconds: number) =>
    new AppError(
      ErrorCode.ACCOUNT_LOCKED,
      `Too many wrong passwords: sign-in to this account is locked for ${Math.ceil(retryAfterSeconds / 60)} minutes. You can reset your password meanwhile.`,
      { retryAfterSeconds },
    ),
  wrongCurrentPassword: () =>
    new AppError(ErrorCode.INVALID_CREDENTIALS, 'The current password is wrong.', {
      fieldErrors: [{ field: 'currentPassword', message: 'The current password is wrong.' }],
    }),
  invalidLink: () =>
    new AppError(ErrorCode.INVALID_TOKEN, 'This link is invalid, has expired or was already used. Ask for a new one.'),
  alreadyVerified: () => new AppError(ErrorCode.CONFLICT, 'Your email address is already verified.'),
};
