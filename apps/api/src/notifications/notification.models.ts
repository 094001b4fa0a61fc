import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/relay/connection';
import { toGlobalId } from '../common/relay/global-id';
import { NodeInterface } from '../common/relay/node';
import type { Notification } from './notification.entity';

@ObjectType('Notification', {
  implements: () => [NodeInterface],
  description: 'Something that happened for the viewer.',
})
export class NotificationModel {
  @Field(() => ID, { description: 'Opaque global id.' }) id: string;
  entity: Notification;
  @Field({
    description:
      'REPLY, MENTION, NEW_POST (in something you watch or follow), NEW_THREAD (about a misuse pattern you follow), MODERATION, ENDORSEMENT, INVITATION or PATTERN_COUNTERED.',
  })
  kind: string;
  @Field({ description: 'Already seen.' }) read: boolean;
  @Field(() => GraphQLISODateTime, { description: 'When.' }) createdAt: Date;
}

export const NotificationConnection = ConnectionType(
  NotificationModel,
  'Notification',
  'A page of notifications, newest first.',
);

export const presentNotification = (n: Notification): NotificationModel => ({
  id: toGlobalId('Notification', n.id),
  entity: n,
  kind: n.kind,
  read: n.readAt !== null,
  createdAt: n.createdAt,
});
