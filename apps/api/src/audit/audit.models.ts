import { NodeInterface } from '../common/relay/node';
import { ArgsType, Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from './json.scalar';
import { ConnectionArgs, ConnectionType } from '../common/relay/connection';

@ObjectType('AuditEvent', {
  implements: () => [NodeInterface],
  description: 'A security-relevant event (platform admins only).',
})
export class AuditEventModel {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  @Field({ description: 'What happened, e.g. user.sign_in_failed.' })
  action: string;

  actorId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Kind of thing it happened to, e.g. User, Organization.',
  })
  subjectType: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the thing it happened to.' })
  subjectId: string | null;

  @Field(() => String, { nullable: true, description: 'IP address of the request.' })
  ip: string | null;

  @Field(() => GraphQLJSON, { description: 'Details (e.g. old and new role).' })
  details: Record<string, unknown>;

  @Field(() => GraphQLISODateTime, { description: 'When.' })
  createdAt: Date;
}

export const AuditEventConnection = ConnectionType(
  AuditEventModel,
  'AuditEvent',
  'A page of the audit log, newest first.',
);

@ArgsType()
export class AuditEventsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only this action.' })
  action?: string | null;
}

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Words in the name or email address.' })
  query?: string | null;
}
