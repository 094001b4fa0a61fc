import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

/** Events every API instance hears, whichever instance caused them. Ids only (NOTIFY ≤ 8 kB). */
export type RealtimeEvent =
  | { type: 'postAdded'; threadId: string; postId: string }
  | { type: 'notificationAdded'; userId: string; notificationId: string };

const CHANNEL = 'alliance_events';

/**
 * Publish/subscribe through PostgreSQL LISTEN/NOTIFY: one listening connection per instance,
 * so two API replicas behind a load balancer push the same events to their subscribers.
 */
@Injectable()
export class PgPubSub implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Realtime');
  private client?: Client;
  private readonly listeners = new Set<(event: RealtimeEvent) => void>();
  private closing = false;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async onModuleInit() {
    if (!this.db.isInitialized) return; // schema printing: no database
    await this.connect();
  }

  private async connect() {
    const options = this.db.options as { url?: string };
    const client = new Client({
      connectionString: options.url,
      application_name: 'alliance-commons-realtime',
    });
    client.on('notification', (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      const event = JSON.parse(msg.payload) as RealtimeEvent;
      for (const listener of this.listeners) listener(event);
    });
    client.on('error', (error) => {
      this.logger.warn(`Listening connection lost (${error.message}); reconnecting`);
      if (!this.closing) setTimeout(() => void this.connect().catch(() => undefined), 1000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
  }

  /** Publishes after the writing transaction committed (NOTIFY inside it would also work). */
  async publish(event: RealtimeEvent): Promise<void> {
    await this.db.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(event)]);
  }

  /**
   * An async iterator for a GraphQL subscription of what `select` makes of each event (null to
   * skip it). Events are judged one after the other, in the order they arrived. When `select`
   * throws (the subscriber lost access, their session ended), the iterator stops listening and
   * rejects with that error: graphql-ws then ends the subscription with it (an Error message).
   */
  iterate<T>(
    select: (event: RealtimeEvent) => Promise<T | null> | T | null,
  ): AsyncIterableIterator<T> {
    const queue: T[] = [];
    let wake: (() => void) | undefined;
    let done = false;
    let failure: { error: unknown } | undefined;
    let judging: Promise<void> = Promise.resolve();
    const stop = () => {
      done = true;
      this.listeners.delete(listener);
      wake?.();
    };
    const listener = (event: RealtimeEvent) => {
      judging = judging.then(async () => {
        if (done) return;
        try {
          const value = await select(event);
          if (value === null || done) return;
          queue.push(value);
        } catch (error) {
          failure = { error };
          stop();
        }
        wake?.();
      });
    };
    this.listeners.add(listener);
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      async next(): Promise<IteratorResult<T>> {
        while (!queue.length && !done) await new Promise<void>((r) => (wake = r));
        if (queue.length) return { value: queue.shift()!, done: false };
        if (failure) {
          const { error } = failure;
          failure = undefined;
          throw error;
        }
        return { value: undefined as never, done: true };
      },
      async return(): Promise<IteratorResult<T>> {
        stop();
        return { value: undefined as never, done: true };
      },
    };
  }

  async onModuleDestroy() {
    this.closing = true;
    await this.client?.end().catch(() => undefined);
  }
}
