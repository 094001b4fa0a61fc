import { NodeInterface } from '../common/relay/node';
import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { ConnectionType } from '../common/relay/connection';
import { toGlobalId } from '../common/relay/global-id';
import type { DiscussionCategory, Post, Thread } from './discussion.entity';

export enum ThreadKindEnum {
  DISCUSSION = 'DISCUSSION',
  QUESTION = 'QUESTION',
}
registerEnumType(ThreadKindEnum, {
  name: 'ThreadKind',
  description: 'What a thread is for.',
  valuesMap: {
    DISCUSSION: { description: 'A conversation.' },
    QUESTION: { description: 'A question that can have an accepted answer.' },
  },
});

export enum ReactionEnum {
  USEFUL = 'USEFUL',
  INSIGHTFUL = 'INSIGHTFUL',
  THANKS = 'THANKS',
}
registerEnumType(ReactionEnum, {
  name: 'Reaction',
  description: 'A reaction to a post.',
  valuesMap: {
    USEFUL: { description: 'Useful.' },
    INSIGHTFUL: { description: 'Insightful.' },
    THANKS: { description: 'Thanks.' },
  },
});

@ObjectType('DiscussionCategory', {
  implements: () => [NodeInterface],
  description: 'A topic forum.',
})
export class CategoryModel {
  @Field(() => ID, { description: 'Opaque global id.' }) id: string;
  entity: DiscussionCategory;
  @Field({ description: 'Short name.' }) slug: string;
  @Field({ description: 'Name.' }) name: string;
  @Field({ description: 'What belongs here.' }) description: string;
  @Field({ description: 'Only members of verified organizations read and post here.' })
  membersOnly: boolean;
}

@ObjectType('Thread', {
  implements: () => [NodeInterface],
  description:
    'A conversation in a category (possibly about a misuse pattern), or the discussion of a practice or a misuse pattern.',
})
export class ThreadModel {
  @Field(() => ID, { description: 'Opaque global id.' }) id: string;
  entity: Thread;
  @Field({ description: 'Title (the discussion of a practice or pattern carries its title).' })
  title: string;
  @Field(() => ThreadKindEnum, { description: 'Discussion or question.' }) kind: string;
  @Field(() => [String], { description: 'Tags.' }) tags: string[];
  @Field({ description: 'Shown first in its category.' }) pinned: boolean;
  @Field({ description: 'Takes no new replies.' }) locked: boolean;
  @Field(() => GraphQLISODateTime, { description: 'When it started.' }) createdAt: Date;
  @Field(() => GraphQLISODateTime, { description: 'Last post.' }) lastActivityAt: Date;
}

@ObjectType('ReactionCount', { description: 'How many people reacted one way to a post.' })
export class ReactionCountModel {
  @Field(() => ReactionEnum, { description: 'The reaction.' }) reaction: string;
  @Field(() => Int, { description: 'How many.' }) count: number;
  @Field({ description: 'The viewer is one of them.' }) viewerReacted: boolean;
}

@ObjectType('Post', { implements: () => [NodeInterface], description: 'A message in a thread.' })
export class PostModel {
  @Field(() => ID, { description: 'Opaque global id.' }) id: string;
  entity: Post;
  @Field(() => String, {
    nullable: true,
    description: 'Markdown; null when removed by its author.',
  })
  body: string | null;
  @Field({ description: 'Removed by its author.' }) removed: boolean;
  @Field({ description: 'Hidden by moderation (only its author and moderators see it).' })
  hidden: boolean;
  @Field({ description: 'Changed after posting.' }) edited: boolean;
  @Field(() => GraphQLISODateTime, { description: 'When.' }) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last change.' })
  editedAt: Date | null;
}

export const ThreadConnection = ConnectionType(
  ThreadModel,
  'Thread',
  'A page of threads, pinned then latest activity first.',
);
export const PostConnection = ConnectionType(PostModel, 'Post', 'A page of posts, oldest first.');

@InputType({
  description:
    'A new thread in a category (title, kind, tags), possibly about a misuse pattern (categoryId and misusePatternId: a call for partners), or a post on the discussion of a practice or of a misuse pattern (practiceId or misusePatternId alone).',
})
export class StartThreadInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The category (or give practiceId, or misusePatternId alone).',
  })
  categoryId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The practice (alone).' }) practiceId?:
    string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'The misuse pattern: alone, its discussion; with categoryId, the thread is about it.',
  })
  misusePatternId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Title (3–200 characters; not for the discussion of a practice or pattern).',
  })
  title?: string | null;
  @Field({ description: 'The first post, in markdown (mentions as @[Name](user:<id>)).' })
  body: string;
  @Field(() => ThreadKindEnum, { nullable: true, description: 'Discussion (default) or question.' })
  kind?: string | null;
  @Field(() => [String], { nullable: true, description: 'Up to 5 tags.' }) tags?: string[] | null;
}

export const presentCategory = (c: DiscussionCategory): CategoryModel => ({
  id: toGlobalId('DiscussionCategory', c.id),
  entity: c,
  slug: c.slug,
  name: c.name,
  description: c.description,
  membersOnly: c.membersOnly,
});

export const presentThread = (t: Thread): ThreadModel => ({
  id: toGlobalId('Thread', t.id),
  entity: t,
  title: t.title,
  kind: t.kind,
  tags: t.tags,
  pinned: t.pinned,
  locked: t.locked,
  createdAt: t.createdAt,
  lastActivityAt: t.lastActivityAt,
});

export const presentPost = (p: Post): PostModel => ({
  id: toGlobalId('Post', p.id),
  entity: p,
  body: p.deletedAt ? null : p.body,
  removed: p.deletedAt !== null,
  hidden: p.hiddenAt !== null,
  edited: p.editedAt !== null,
  createdAt: p.createdAt,
  editedAt: p.editedAt,
});
