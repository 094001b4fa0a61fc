import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectionInputSchema, collectionItemsInputSchema } from '@alliance/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import type { UserActor } from '../common/actor';
import { AppError, ErrorCode, type FieldError } from '../common/errors';
import { type Connection, type ConnectionArgs, pageOfQuery } from '../common/relay/connection';
import { parseGlobalId } from '../common/relay/global-id';
import { freeSlug } from '../common/slug';
import { parseInput } from '../common/validation';
import { visibilityParams, type ViewerScope } from '../visibility';
import { Collection, CollectionItem } from './event.entity';
import { EventErrors } from './event.errors';
import { visibleLibraryItemSql } from './event.loaders';
import type { CollectionInput as CollectionGqlInput, CollectionItemInput } from './event.models';
import { eventPolicy } from './event.policy';
import {
  itemColumns,
  type LibraryItemRef,
  parseLibraryItemId,
  refKey,
  visibleLibraryItems,
} from './library-item';

/**
 * Collections: ordered lists of practices and patterns with an introduction, curated by
 * moderators. A viewer sees (and counts) only the items they may see.
 */
@Injectable()
export class CollectionService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // ---- reading ---------------------------------------------------------------------------

  /** Most recently changed first. */
  list(args: ConnectionArgs): Promise<Connection<Collection>> {
    return pageOfQuery(this.db.getRepository(Collection).createQueryBuilder('c'), args, (qb) =>
      qb.orderBy('c.updated_at', 'DESC').addOrderBy('c.id', 'ASC'),
    );
  }

  findBySlug(slug: string): Promise<Collection | null> {
    return this.db.getRepository(Collection).findOneBy({ slug: slug.toLowerCase() });
  }

  findById(id: string): Promise<Collection | null> {
    return this.db.getRepository(Collection).findOneBy({ id });
  }

  /** A page of the items the viewer may see, in the curator's order. */
  items(
    collectionId: string,
    args: ConnectionArgs,
    scope: ViewerScope,
  ): Promise<Connection<CollectionItem>> {
    const qb = this.db
      .getRepository(CollectionItem)
      .createQueryBuilder('ci')
      .where('ci.collection_id = :collectionId', { collectionId })
      .andWhere(visibleLibraryItemSql('ci'), visibilityParams(scope));
    return pageOfQuery(qb, args, (page) => page.orderBy('ci.position', 'ASC'));
  }

  // ---- writing ---------------------------------------------------------------------------

  async create(actor: UserActor, input: CollectionGqlInput): Promise<Collection> {
    if (!eventPolicy.curate(actor)) throw EventErrors.notCurator();
    const values = parseInput(collectionInputSchema, input);
    return this.db.transaction(async (em) => {
      const slug =
        values.slug ??
        (await freeSlug(values.title, 'collection', (candidate) =>
          em.existsBy(Collection, { slug: candidate }),
        ));
      if (values.slug && (await em.existsBy(Collection, { slug })))
        throw EventErrors.slugTaken(slug, 'collection');
      return em.save(
        em.create(Collection, {
          slug,
          title: values.title,
          introduction: values.introduction,
          createdBy: actor.user.id,
          updatedBy: actor.user.id,
        }),
      );
    });
  }

  async update(actor: UserActor, globalId: string, input: CollectionGqlInput): Promise<Collection> {
    const id = parseGlobalId(globalId, 'Collection');
    if (!eventPolicy.curate(actor)) throw EventErrors.notCurator();
    const values = parseInput(collectionInputSchema, input);
    return this.db.transaction(async (em) => {
      const collection = await em.findOne(Collection, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!collection) throw EventErrors.collectionNotFound();
      const slug = values.slug ?? collection.slug;
      if (slug !== collection.slug && (await em.existsBy(Collection, { slug })))
        throw EventErrors.slugTaken(slug, 'collection');
      await em.update(Collection, id, {
        slug,
        title: values.title,
        introduction: values.introduction,
        updatedBy: actor.user.id,
      });
      return em.findOneByOrFail(Collection, { id });
    });
  }

  async delete(actor: UserActor, globalId: string): Promise<boolean> {
    const id = parseGlobalId(globalId, 'Collection');
    if (!eventPolicy.curate(actor)) throw EventErrors.notCurator();
    const { affected } = await this.db.getRepository(Collection).delete({ id });
    if (!affected) throw EventErrors.collectionNotFound();
    return true;
  }

  /**
   * Replaces the whole ordered list. Every item must be a published (or archived) practice or
   * pattern the curator may see; otherwise nothing changes and each bad entry gets a field error.
   */
  async setItems(
    actor: UserActor,
    globalId: string,
    input: CollectionItemInput[],
    scope: ViewerScope,
  ): Promise<Collection> {
    const id = parseGlobalId(globalId, 'Collection');
    if (!eventPolicy.curate(actor)) throw EventErrors.notCurator();
    const { items } = parseInput(itemsSchema, { items: input });
    const refs: LibraryItemRef[] = items.map((item, i) =>
      parseLibraryItemId(item.itemId, `items.${i}.itemId`),
    );
    return this.db.transaction(async (em) => {
      const collection = await em.findOne(Collection, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!collection) throw EventErrors.collectionNotFound();
      const found = await visibleLibraryItems(em, refs, scope);
      const errors: FieldError[] = [];
      refs.forEach((ref, i) => {
        const item = found.get(refKey(ref));
        if (!item)
          errors.push({ field: `items.${i}.itemId`, message: 'No such practice or pattern.' });
        else if (item.state === 'DRAFT')
          errors.push({
            field: `items.${i}.itemId`,
            message: 'Only published practices and patterns can be collected.',
          });
      });
      if (errors.length)
        throw new AppError(ErrorCode.BAD_USER_INPUT, `${errors[0].field}: ${errors[0].message}`, {
          fieldErrors: errors,
        });
      await em.delete(CollectionItem, { collectionId: id });
      if (refs.length) {
        await em.insert(
          CollectionItem,
          refs.map((ref, position) => ({
            collectionId: id,
            position,
            note: items[position].note,
            ...itemColumns(ref),
          })),
        );
      }
      await em.update(Collection, id, { updatedBy: actor.user.id, updatedAt: new Date() });
      return em.findOneByOrFail(Collection, { id });
    });
  }
}

/** The items wrapped in an object, so field errors read `items.3.itemId`. */
const itemsSchema = z.object({ items: collectionItemsInputSchema });
