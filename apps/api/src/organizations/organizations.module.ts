import { Module } from '@nestjs/common';
import {
  InvitationPreviewResolver,
  JoinRequestResolver,
  MembershipResolver,
  ViewerMembershipsResolver,
} from './membership.resolver';
import { MembershipService } from './membership.service';
import { OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';

@Module({
  providers: [
    OrganizationService,
    MembershipService,
    OrganizationResolver,
    MembershipResolver,
    JoinRequestResolver,
    InvitationPreviewResolver,
    ViewerMembershipsResolver,
  ],
})
export class OrganizationsModule {}
