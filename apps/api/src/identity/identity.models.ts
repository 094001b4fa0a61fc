import { NodeInterface } from '../common/relay/node';
import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { API_TOKEN_SCOPES, type ApiTokenScope } from './api-token.entity';
import type { PlatformRole } from './user.entity';

export enum PlatformRoleEnum {
  USER = 'USER',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}
registerEnumType(PlatformRoleEnum, {
  name: 'PlatformRole',
  description: 'A user’s role on the whole platform.',
  valuesMap: {
    USER: { description: 'Everyone who signs up.' },
    MODERATOR: { description: 'Reviews and moderates content.' },
    ADMIN: { description: 'Verifies organizations, manages roles, reads the audit log.' },
  },
});

export enum ApiTokenScopeEnum {
  READ = 'read',
  WRITE = 'write',
}
registerEnumType(ApiTokenScopeEnum, {
  name: 'ApiTokenScope',
  description: 'What an API token may do.',
  valuesMap: {
    READ: { description: 'Run queries.' },
    WRITE: { description: 'Run queries and mutations.' },
  },
});
export const isApiTokenScope = (s: string): s is ApiTokenScope =>
  (API_TOKEN_SCOPES as readonly string[]).includes(s);

@ObjectType('User', {
  implements: () => [NodeInterface],
  description: 'A person on the platform, as others see them.',
})
export class UserModel {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  /** Raw key, for resolvers. */
  uuid: string;

  @Field({ description: 'The name shown to others.' })
  displayName: string;

  @Field(() => String, {
    nullable: true,
    description: 'Email address: visible only to the user themself and to platform admins.',
  })
  email: string | null;

  @Field(() => PlatformRoleEnum, { description: 'Role on the platform.' })
  platformRole: PlatformRole;

  @Field(() => GraphQLISODateTime, { description: 'When the account was created.' })
  createdAt: Date;
}

@ObjectType('Viewer', { description: 'The signed-in user, with what only they may see.' })
export class ViewerModel {
  @Field(() => ID, { description: 'Opaque global id (the same as the User id).' })
  id: string;

  uuid: string;

  @Field({ description: 'Email address (lower-cased).' })
  email: string;

  @Field({ description: 'The name shown to others.' })
  displayName: string;

  @Field(() => PlatformRoleEnum, { description: 'Role on the platform.' })
  platformRole: PlatformRole;

  @Field({ description: 'Whether the email address has been verified.' })
  emailVerified: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When the account was created.' })
  createdAt: Date;

  /** How this request authenticated, for `sessions.current`. */
  credentialId: string;
}

@ObjectType('SessionInfo', { description: 'A browser where the viewer is signed in.' })
export class SessionModel {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  @Field({ description: 'This is the session of the current request.' })
  current: boolean;

  @Field(() => String, { nullable: true, description: 'IP address at sign-in.' })
  ip: string | null;

  @Field(() => String, { nullable: true, description: 'Browser at sign-in.' })
  userAgent: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the session began.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'Last use (updated at most every 5 minutes).' })
  lastSeenAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the session ends at the latest.' })
  expiresAt: Date;
}

@ObjectType('ApiToken', {
  implements: () => [NodeInterface],
  description: 'A personal access token for the partner API (the secret is never shown again).',
})
export class ApiTokenModel {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  @Field({ description: 'What the token is for.' })
  name: string;

  @Field({ description: 'The first characters of the token, to recognise it.' })
  prefix: string;

  @Field(() => [ApiTokenScopeEnum], { description: 'What the token may do.' })
  scopes: ApiTokenScope[];

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last use (to the minute).' })
  lastUsedAt: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'When it stops working (at most a year after creation); null: never (tokens made before expiry was required).',
  })
  expiresAt: Date | null;

  @Field({
    description: 'It has expired and no longer works (revoke it to remove it from the list).',
  })
  expired: boolean;
}

@ObjectType('CreatedApiToken', { description: 'A new API token with its secret, shown this once.' })
export class CreatedApiTokenModel {
  @Field({ description: 'The secret: send it as `Authorization: Bearer <token>`. Store it now.' })
  token: string;

  @Field(() => ApiTokenModel, { description: 'The token’s details.' })
  apiToken: ApiTokenModel;
}

@InputType({ description: 'A new account.' })
export class SignUpInput {
  @Field({ description: 'Email address; a verification link is sent to it.' })
  email: string;

  @Field({ description: 'The name shown to others (1–80 characters).' })
  displayName: string;

  @Field({ description: '12–128 characters, not a common password.' })
  password: string;
}

@InputType({ description: 'Credentials to sign in with.' })
export class SignInInput {
  @Field({ description: 'Email address.' })
  email: string;

  @Field({ description: 'Password.' })
  password: string;
}

@InputType({ description: 'A new password, proven by the current one.' })
export class ChangePasswordInput {
  @Field({ description: 'The current password.' })
  currentPassword: string;

  @Field({ description: 'The new password (12–128 characters, not a common password).' })
  newPassword: string;
}

@InputType({ description: 'A new password, proven by an emailed reset link.' })
export class ResetPasswordInput {
  @Field({ description: 'The token from the reset link.' })
  token: string;

  @Field({ description: 'The new password (12–128 characters, not a common password).' })
  newPassword: string;
}

@InputType({ description: 'Changes to the viewer’s profile.' })
export class UpdateProfileInput {
  @Field({ description: 'The name shown to others (1–80 characters).' })
  displayName: string;
}

@InputType({ description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for (1–80 characters).' })
  name: string;

  @Field(() => [ApiTokenScopeEnum], { description: 'What it may do: read, or read and write.' })
  scopes: ApiTokenScope[];

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it stops working: at most a year ahead; omitted, a year from now.',
  })
  expiresAt?: Date | null;
}
