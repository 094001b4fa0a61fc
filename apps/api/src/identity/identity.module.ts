import { Module } from '@nestjs/common';
import { AccountService } from './account.service';
import { ApiTokenService } from './api-token.service';
import { AuthenticationService } from './authentication.service';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { PasswordHasher } from './secrets';
import { SessionService } from './session.service';

@Module({
  providers: [
    PasswordHasher,
    SessionService,
    AuthenticationService,
    IdentityService,
    ApiTokenService,
    AccountService,
    IdentityResolver,
  ],
  exports: [AuthenticationService, PasswordHasher],
})
export class IdentityModule {}
