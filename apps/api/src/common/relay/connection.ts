import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError, ErrorCode } from '../errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Return the first n items after `after` (1–100).',
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'A cursor: return items after this one.' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Return the last n items before `before` (1–100).',
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'A cursor: return items before this one.' })
  before?: string | null;
}

@ObjectType({ description: 'Where a page of a connection stands in the whole list.' })
export class PageInfo {
  @Field({ description: 'More items follow this page.' })
  hasNextPage: boolean;

  @Field({ description: 'Items precede this page.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page.' })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the GraphQL types of a Relay connection of `nodeType`. */
export function ConnectionType<T>(nodeType: Type<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a list, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque position of this item, for `after`/`before`.' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: 'The items of this page with their cursors.' })
    edges: EdgeType[];

    @Field(() => [nodeType], { description: 'The items of this page.' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list has.' })
    totalCount: number;
  }
  return ConnectionClass as Type<Connection<T>>;
}

const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

function decodeCursor(cursor: string, arg: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new AppError(ErrorCode.BAD_USER_INPUT, `${arg} is not a valid cursor.`);
  return Number(match[1]);
}

/**
 * Turns first/after/last/before into an offset window over a list of `totalCount` items,
 * validating sizes (1–100, as GitHub does). Cursors are opaque positions in the list's
 * stable order.
 */
export function pageWindow(
  args: ConnectionArgs,
  totalCount: number,
): { offset: number; limit: number } {
  const { first, after, last, before } = args;
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value !== null && value !== undefined && (value < 1 || value > MAX_PAGE_SIZE)) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `${name} must be between 1 and ${MAX_PAGE_SIZE}.`,
      );
    }
  }
  if (first != null && last != null) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Pass either first or last, not both.');
  }
  const start = after ? decodeCursor(after, 'after') + 1 : 0;
  const end = Math.min(before ? decodeCursor(before, 'before') : totalCount, totalCount);
  if (last != null) {
    const offset = Math.max(start, end - last);
    return { offset, limit: Math.max(end - offset, 0) };
  }
  return { offset: start, limit: Math.max(Math.min(first ?? DEFAULT_PAGE_SIZE, end - start), 0) };
}

/** A connection from one page of rows fetched with pageWindow() and the list's total. */
export function toConnection<T>(rows: T[], offset: number, totalCount: number): Connection<T> {
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    nodes: rows,
    totalCount,
    pageInfo: {
      hasPreviousPage: offset > 0,
      hasNextPage: offset + rows.length < totalCount,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The same page with every node presented for GraphQL. */
export function mapConnection<T, U>(page: Connection<T>, present: (node: T) => U): Connection<U> {
  return {
    ...page,
    nodes: page.nodes.map(present),
    edges: page.edges.map((e) => ({ cursor: e.cursor, node: present(e.node) })),
  };
}

/**
 * One page of a query's rows: counts the whole list, then fetches only the window, in the order
 * `ordered` puts the query in (end it on a unique key, so that pages neither overlap nor skip).
 */
export async function pageOfQuery<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  ordered: (qb: SelectQueryBuilder<T>) => SelectQueryBuilder<T>,
): Promise<Connection<T>> {
  const total = await qb.getCount();
  const { offset, limit } = pageWindow(args, total);
  if (limit === 0) return toConnection([], offset, total);
  const rows = await ordered(qb).offset(offset).limit(limit).getMany();
  return toConnection(rows, offset, total);
}

/** A page of an already loaded (and visibility-filtered) list, presented. */
export function pageOfList<T, U>(
  rows: T[],
  args: ConnectionArgs,
  present: (row: T) => U,
): Connection<U> {
  const { offset, limit } = pageWindow(args, rows.length);
  return mapConnection(
    toConnection(rows.slice(offset, offset + limit), offset, rows.length),
    present,
  );
}
