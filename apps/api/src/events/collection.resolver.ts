import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { UserActor } from '../common/actor';
import { Access } from '../common/auth/access.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { ConnectionArgs, mapConnection } from '../common/relay/connection';
import type { RequestContext } from '../common/request-context';
import { UserModel } from '../identity/identity.models';
import { presentUser } from '../identity/identity.presenters';
import { CollectionService } from './collection.service';
import { libraryItemKey } from './event.loaders';
import {
  CollectionConnection,
  CollectionInput,
  CollectionItemConnection,
  CollectionItemInput,
  CollectionItemModel,
  CollectionModel,
  LibraryItemUnion,
} from './event.models';
import { eventPolicy } from './event.policy';
import { presentCollection, presentCollectionItem } from './event.presenters';

@Resolver(() => CollectionModel)
export class CollectionResolver {
  constructor(private readonly collectionService: CollectionService) {}

  // ---- queries ---------------------------------------------------------------------------

  @Query(() => CollectionConnection, {
    description: 'Curated collections, most recently changed first.',
  })
  @Access.public()
  async collections(@Args() args: ConnectionArgs) {
    return mapConnection(await this.collectionService.list(args), presentCollection);
  }

  @Query(() => CollectionModel, {
    nullable: true,
    description: 'One collection by its short name (null when there is none).',
  })
  @Access.public()
  async collection(@Args('slug') slug: string) {
    const collection = await this.collectionService.findBySlug(slug);
    return collection && presentCollection(collection);
  }

  // ---- nested fields ---------------------------------------------------------------------

  @ResolveField(() => UserModel, { nullable: true, description: 'The moderator who started it.' })
  async curator(@Parent() c: CollectionModel, @Context() ctx: RequestContext) {
    if (!c.entity.createdBy) return null;
    const user = await ctx.loaders.user.load(c.entity.createdBy);
    return user && presentUser(user, ctx.actor);
  }

  @ResolveField(() => CollectionItemConnection, {
    description: 'Its practices and patterns you may see, in order.',
  })
  async items(
    @Parent() c: CollectionModel,
    @Args() args: ConnectionArgs,
    @Context() ctx: RequestContext,
  ) {
    return mapConnection(
      await this.collectionService.items(c.entity.id, args, await ctx.scope()),
      presentCollectionItem,
    );
  }

  @ResolveField(() => Int, { description: 'How many of its items you may see.' })
  itemCount(@Parent() c: CollectionModel, @Context() ctx: RequestContext) {
    return ctx.loaders.events.collectionItemCount.load(c.entity.id);
  }

  @ResolveField(() => Boolean, { description: 'You may change it (moderators).' })
  viewerCanEdit(@Context() ctx: RequestContext) {
    return eventPolicy.curate(ctx.actor);
  }

  // ---- mutations -------------------------------------------------------------------------

  @Mutation(() => CollectionModel, { description: 'Starts a collection (moderators).' })
  @Access.moderator('write')
  async createCollection(@Args('input') input: CollectionInput, @CurrentActor() actor: UserActor) {
    return presentCollection(await this.collectionService.create(actor, input));
  }

  @Mutation(() => CollectionModel, {
    description: 'Changes a collection’s title, short name or introduction (moderators).',
  })
  @Access.moderator('write')
  async updateCollection(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CollectionInput,
    @CurrentActor() actor: UserActor,
  ) {
    return presentCollection(await this.collectionService.update(actor, id, input));
  }

  @Mutation(() => Boolean, { description: 'Deletes a collection (moderators).' })
  @Access.moderator('write')
  deleteCollection(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: UserActor) {
    return this.collectionService.delete(actor, id);
  }

  @Mutation(() => CollectionModel, {
    description:
      'Replaces the whole ordered list of a collection’s items, at most 200 (moderators).',
  })
  @Access.moderator('write')
  async setCollectionItems(
    @Args('id', { type: () => ID }) id: string,
    @Args('items', { type: () => [CollectionItemInput] }) items: CollectionItemInput[],
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return presentCollection(
      await this.collectionService.setItems(actor, id, items, await ctx.scope()),
    );
  }
}

@Resolver(() => CollectionItemModel)
export class CollectionItemResolver {
  @ResolveField(() => LibraryItemUnion, { description: 'The practice or pattern.' })
  item(@Parent() i: CollectionItemModel, @Context() ctx: RequestContext) {
    return ctx.loaders.events.libraryItem.load(libraryItemKey(i.entity));
  }
}
