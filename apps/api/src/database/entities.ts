import { AuditEvent } from '../audit/audit-event.entity';
import { DiscussionCategory, Notification, Post, Thread } from '../discussions/discussion.entity';
import { ApiToken } from '../identity/api-token.entity';
import { EmailToken } from '../identity/email-token.entity';
import { Session } from '../identity/session.entity';
import { User } from '../identity/user.entity';
import { Invitation } from '../organizations/invitation.entity';
import { JoinRequest } from '../organizations/join-request.entity';
import { Membership } from '../organizations/membership.entity';
import { Organization } from '../organizations/organization.entity';
import { Practice, PracticeEndorsement, PracticeRevision } from '../practices/practice.entity';
import { Countermeasure, MisusePattern } from '../misuse-patterns/misuse-pattern.entity';
import {
  Collection,
  CollectionItem,
  Event,
  EventPresentation,
  EventSession,
} from '../events/event.entity';

/** Every TypeORM entity, listed explicitly (no globs: the build and tests see the same set). */
export const ENTITIES = [
  User,
  Session,
  EmailToken,
  ApiToken,
  Organization,
  Membership,
  Invitation,
  JoinRequest,
  AuditEvent,
  Practice,
  PracticeRevision,
  PracticeEndorsement,
  DiscussionCategory,
  Thread,
  Post,
  Notification,
  MisusePattern,
  Countermeasure,
  Event,
  EventSession,
  EventPresentation,
  Collection,
  CollectionItem,
];
