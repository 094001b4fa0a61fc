import { AppError, ErrorCode } from '../common/errors';

/** The identity feature's user-facing errors, one place for their wording. */
export const IdentityErrors = {
  emailTaken: () =>
    new AppError(
      ErrorCode.CONFLICT,
      'An account with this email address already exists. Sign in or reset your password.',
      {
        fieldErrors: [
          { field: 'email', message: 'An account with this email address already exists.' },
        ],
      },
    ),
  invalidCredentials: () =>
    new AppError(ErrorCode.INVALID_CREDENTIALS, 'The email address or password is wrong.'),
  /** Said alike for known and unknown addresses: it reveals nothing about which accounts exist. */
  signInThrottled: (waitSeconds: number) => {
    const retryAfterSeconds = Math.max(1, Math.ceil(waitSeconds));
    return new AppError(
      ErrorCode.RATE_LIMITED,
      `Too many wrong passwords for this address from here: wait ${retryAfterSeconds} seconds before trying again, or reset your password.`,
      {
        retryAfterSeconds,
        http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      },
    );
  },
  wrongCurrentPassword: () =>
    new AppError(ErrorCode.INVALID_CREDENTIALS, 'The current password is wrong.', {
      fieldErrors: [{ field: 'currentPassword', message: 'The current password is wrong.' }],
    }),
  invalidLink: () =>
    new AppError(
      ErrorCode.INVALID_TOKEN,
      'This link is invalid, has expired or was already used. Ask for a new one.',
    ),
  alreadyVerified: () =>
    new AppError(ErrorCode.CONFLICT, 'Your email address is already verified.'),
};
