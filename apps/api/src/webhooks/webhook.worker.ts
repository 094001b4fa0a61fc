import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StakeholderType } from '@alliance/domain';
import { DataSource } from 'typeorm';
import { type AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';
import { JobQueue } from '../jobs/job-queue';
import { toGlobalId } from '../common/relay/global-id';
import type { WebhookEventName } from './webhook-events';
import {
  deliveryBody,
  loadSubjects,
  visibleEventIds,
  type WebhookEventRow,
  type WebhookOrganization,
} from './webhook-payloads';
import { openSecret, SecretUnavailableError } from './webhook-secrets';
import { type DeliveryOutcome, sendDelivery } from './webhook-sender';
import {
  DISABLE_AFTER_FAILED_DELIVERIES,
  InjectWebhookSettings,
  RETENTION_DAYS,
  retryDelayMs,
  type WebhookSettings,
} from './webhook-settings';

/** One dispatcher at a time across every API instance. */
export const WEBHOOK_DISPATCH_LOCK_KEY = 0x3eb400c;
export const WEBHOOK_DRAIN_JOB = 'webhooks.drain';
export const WEBHOOK_PRUNE_JOB = 'webhooks.prune';
const EVENT_BATCH = 200;
const DELIVERY_BATCH = 20;
/** A claimed delivery is invisible to other workers this much longer than the request timeout. */
const LEASE_EXTRA_MS = 30_000;
/** When signing is impossible (key missing), look again this much later; not a failed attempt. */
const SECRET_UNAVAILABLE_DELAY_MS = 5 * 60_000;

interface ClaimedDelivery {
  id: string;
  attempts: number;
  request_body: string;
  event_id: string;
  type: WebhookEventName;
  webhook_id: string;
  url: string;
  secret: string;
  organization_id: string;
  stakeholder_type: StakeholderType;
  verified: boolean;
}

/**
 * Delivers webhooks from the API process, as a repeating job (jobs/: one round at a time across
 * every instance, WEBHOOK_POLL_MS after the last one ended). Each round:
 * 1. fans new outbox events out into deliveries, under an advisory lock, in id order: one
 *    per active webhook that wants the event and whose organization may see its subject now;
 * 2. claims due deliveries (SKIP LOCKED, with a lease, so instances share the work), checks
 *    visibility again, signs and POSTs them, and records the outcome: success, or a retry
 *    with exponential backoff, or FAILED after the last attempt; a webhook whose deliveries
 *    fail DISABLE_AFTER_FAILED_DELIVERIES times in a row is disabled;
 * and, as an hourly job, forgets events and deliveries older than RETENTION_DAYS.
 * Delivery is at least once: receivers de-duplicate by X-Alliance-Delivery.
 */
@Injectable()
export class WebhookWorker implements OnModuleDestroy {
  private readonly logger = new Logger('Webhooks');
  private stopped = false;
  private tablesReady = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectWebhookSettings() private readonly settings: WebhookSettings,
    @InjectConfig() private readonly config: AppConfig,
    jobs: JobQueue,
  ) {
    // WEBHOOK_POLL_MS=0: this process does not deliver (the queue still exists for others).
    jobs.define({
      name: WEBHOOK_DRAIN_JOB,
      queue: { retryLimit: 0, expireInSeconds: 600 },
      work: settings.pollMs > 0,
      repeat: { everyMs: Math.max(settings.pollMs, 1) },
      handle: () => this.runOnce(),
    });
    // Hourly, once across instances, whether or not this process delivers.
    jobs.define({
      name: WEBHOOK_PRUNE_JOB,
      queue: { policy: 'singleton', retryLimit: 3, retryDelay: 60, expireInSeconds: 600 },
      cron: { expression: '23 * * * *', missed: 'once' },
      handle: () => this.pruneOld(),
    });
    if (settings.pollMs > 0 && settings.production && !settings.secretKey) {
      this.logger.warn(
        'WEBHOOK_SECRET_KEY is not set: webhook signing secrets are stored unencrypted (see docs/webhooks.md).',
      );
    }
  }

  /** One round (tests call it directly). Never throws: problems are logged. */
  async runOnce(): Promise<void> {
    try {
      if (!(await this.ready())) return;
      for (let i = 0; i < 10 && !this.stopped; i++) {
        if ((await this.dispatchOnce()) < EVENT_BATCH) break;
      }
      for (let i = 0; i < 10 && !this.stopped; i++) {
        if ((await this.deliverOnce()) === 0) break;
      }
    } catch (error) {
      this.logger.error(error);
    }
  }

  private async ready(): Promise<boolean> {
    if (!this.tablesReady) {
      const [{ ok }] = await this.db.query(
        `SELECT to_regclass('webhook_delivery') IS NOT NULL AS ok`,
      );
      this.tablesReady = ok;
    }
    return this.tablesReady;
  }

  /** Fans out one batch of events; returns how many events it took. */
  async dispatchOnce(): Promise<number> {
    return this.db.transaction(async (em) => {
      const [{ locked }] = await em.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [
        WEBHOOK_DISPATCH_LOCK_KEY,
      ]);
      if (!locked) return 0;
      const events: WebhookEventRow[] = await em.query(
        `SELECT id, type, practice_id, thread_id, post_id, webhook_id, payload, occurred_at
           FROM webhook_event WHERE dispatched_at IS NULL ORDER BY id LIMIT $1`,
        [EVENT_BATCH],
      );
      if (events.length === 0) return 0;
      const hooks: {
        id: string;
        organization_id: string;
        events: string[];
        stakeholder_type: StakeholderType;
        verified: boolean;
      }[] = await em.query(
        `SELECT w.id, w.organization_id, w.events, o.stakeholder_type, o.verified_at IS NOT NULL AS verified
           FROM webhook w JOIN organization o ON o.id = w.organization_id
          WHERE w.active AND w.events && CAST($1 AS text[])`,
        [[...new Set(events.map((e) => e.type))]],
      );
      const deliveries: { id: string; webhookId: string; eventId: string; body: string }[] = [];
      if (hooks.length) {
        const subjects = await loadSubjects(em, events);
        const byOrganization = groupBy(hooks, (h) => h.organization_id);
        for (const [organizationId, orgHooks] of byOrganization) {
          const wanted = events.filter((e) => orgHooks.some((h) => h.events.includes(e.type)));
          const org = {
            id: organizationId,
            stakeholderType: orgHooks[0].stakeholder_type,
            verified: orgHooks[0].verified,
          };
          const visible = await visibleEventIds(
            em,
            org,
            wanted.map((e) => String(e.id)),
          );
          for (const event of wanted) {
            if (!visible.has(String(event.id))) continue;
            for (const hook of orgHooks.filter((h) => h.events.includes(event.type))) {
              const id = randomUUID();
              const body = deliveryBody(
                toGlobalId('WebhookDelivery', id),
                event,
                subjects,
                this.config.publicUrl,
              );
              if (body !== null)
                deliveries.push({ id, webhookId: hook.id, eventId: String(event.id), body });
            }
          }
        }
      }
      if (deliveries.length) {
        await em.query(
          `INSERT INTO webhook_delivery (id, webhook_id, event_id, request_body)
           SELECT * FROM unnest(CAST($1 AS uuid[]), CAST($2 AS uuid[]), CAST($3 AS bigint[]), CAST($4 AS text[]))
           ON CONFLICT (webhook_id, event_id) DO NOTHING`,
          [
            deliveries.map((d) => d.id),
            deliveries.map((d) => d.webhookId),
            deliveries.map((d) => d.eventId),
            deliveries.map((d) => d.body),
          ],
        );
      }
      await em.query(
        `UPDATE webhook_event SET dispatched_at = now() WHERE id = ANY(CAST($1 AS bigint[]))`,
        [events.map((e) => e.id)],
      );
      return events.length;
    });
  }

  /** Claims, sends and records one batch of due deliveries; returns how many it claimed. */
  async deliverOnce(): Promise<number> {
    const [claimed]: [ClaimedDelivery[], number] = await this.db.query(
      `WITH due AS (
         SELECT d.id FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id
          WHERE d.status = 'PENDING' AND d.next_attempt_at <= now() AND w.active
          ORDER BY d.next_attempt_at, d.id
          LIMIT $1
          FOR UPDATE OF d SKIP LOCKED)
       UPDATE webhook_delivery d SET next_attempt_at = now() + $2 * interval '1 millisecond'
         FROM due, webhook w, webhook_event e, organization o
        WHERE d.id = due.id AND w.id = d.webhook_id AND e.id = d.event_id AND o.id = w.organization_id
       RETURNING d.id, d.attempts, d.request_body, d.event_id, e.type, w.id AS webhook_id, w.url, w.secret,
                 w.organization_id, o.stakeholder_type, o.verified_at IS NOT NULL AS verified`,
      [DELIVERY_BATCH, this.settings.timeoutMs + LEASE_EXTRA_MS],
    );
    if (claimed.length === 0) return 0;

    // What was visible when the event happened may not be any more: never send it then.
    const sendable: ClaimedDelivery[] = [];
    for (const [organizationId, rows] of groupBy(claimed, (d) => d.organization_id)) {
      const org: WebhookOrganization = {
        id: organizationId,
        stakeholderType: rows[0].stakeholder_type,
        verified: rows[0].verified,
      };
      const visible = await visibleEventIds(
        this.db.manager,
        org,
        rows.map((r) => String(r.event_id)),
      );
      for (const row of rows) {
        if (visible.has(String(row.event_id))) sendable.push(row);
        else
          await this.abandon(
            row.id,
            'Not sent: the subject is no longer visible to this organization.',
          );
      }
    }

    await Promise.all(
      sendable.map(async (row) => {
        let secret: string;
        try {
          secret = openSecret(row.secret, row.webhook_id, this.settings.secretKey);
        } catch (error) {
          if (!(error instanceof SecretUnavailableError)) throw error;
          this.logger.error(`Webhook ${row.webhook_id}: ${error.message} Deliveries wait.`);
          await this.db.query(
            `UPDATE webhook_delivery SET next_attempt_at = now() + $2 * interval '1 millisecond' WHERE id = $1`,
            [row.id, SECRET_UNAVAILABLE_DELAY_MS],
          );
          return;
        }
        const outcome = await sendDelivery(
          {
            url: row.url,
            secret,
            event: row.type,
            deliveryId: toGlobalId('WebhookDelivery', row.id),
            body: row.request_body,
          },
          { timeoutMs: this.settings.timeoutMs, production: this.settings.production },
        );
        await this.record(row, outcome);
      }),
    );
    return claimed.length;
  }

  /** Marks a delivery given up without an attempt (does not count against the webhook). */
  private async abandon(id: string, reason: string) {
    await this.db.query(
      `UPDATE webhook_delivery SET status = 'FAILED', error = $2, next_attempt_at = now() WHERE id = $1 AND status = 'PENDING'`,
      [id, reason],
    );
  }

  private async record(row: ClaimedDelivery, outcome: DeliveryOutcome) {
    const attempts = row.attempts + 1;
    await this.db.transaction(async (em) => {
      if (outcome.ok) {
        const updated = await em.query(
          `UPDATE webhook_delivery
              SET status = 'SUCCEEDED', attempts = $2, response_status = $3, response_time_ms = $4, error = NULL,
                  last_attempt_at = now(), delivered_at = now(), next_attempt_at = now()
            WHERE id = $1 AND status = 'PENDING' AND attempts = $5`,
          [row.id, attempts, outcome.status, outcome.timeMs, row.attempts],
        );
        if (affected(updated))
          await em.query(
            `UPDATE webhook SET consecutive_failures = 0 WHERE id = $1 AND consecutive_failures <> 0`,
            [row.webhook_id],
          );
        return;
      }
      const final = attempts >= this.settings.maxAttempts;
      const updated = await em.query(
        `UPDATE webhook_delivery
            SET status = $2, attempts = $3, response_status = $4, response_time_ms = $5, error = left($6, 1000),
                last_attempt_at = now(), next_attempt_at = now() + $7 * interval '1 millisecond'
          WHERE id = $1 AND status = 'PENDING' AND attempts = $8`,
        [
          row.id,
          final ? 'FAILED' : 'PENDING',
          attempts,
          outcome.status,
          outcome.timeMs,
          outcome.error,
          final ? 0 : retryDelayMs(this.settings, attempts),
          row.attempts,
        ],
      );
      if (!final || !affected(updated)) return;
      const [[hook]] = await em.query(
        `UPDATE webhook SET consecutive_failures = consecutive_failures + 1 WHERE id = $1 RETURNING consecutive_failures, active`,
        [row.webhook_id],
      );
      if (!hook || !hook.active || hook.consecutive_failures < DISABLE_AFTER_FAILED_DELIVERIES)
        return;
      const reason =
        `Disabled after ${hook.consecutive_failures} failed deliveries in a row (last: ${outcome.error ?? 'failed'})`.slice(
          0,
          500,
        );
      await em.query(
        `UPDATE webhook SET active = false, disabled_reason = $2, updated_at = now() WHERE id = $1`,
        [row.webhook_id, reason],
      );
      await em.query(
        `UPDATE webhook_delivery SET status = 'FAILED', error = 'Not sent: the webhook was disabled.', next_attempt_at = now()
          WHERE webhook_id = $1 AND status = 'PENDING' AND id <> $2`,
        [row.webhook_id, row.id],
      );
      this.logger.warn(`Webhook ${row.webhook_id} (${new URL(row.url).host}) disabled: ${reason}`);
    });
  }

  /** Events (and, by cascade, their deliveries) older than RETENTION_DAYS, unless still pending. */
  async pruneOld() {
    await this.db.query(
      `DELETE FROM webhook_event e
        WHERE e.occurred_at < now() - $1 * interval '1 day' AND e.dispatched_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = e.id AND d.status = 'PENDING')`,
      [RETENTION_DAYS],
    );
  }

  /** A round in progress stops after its current batch (the job queue waits for it). */
  onModuleDestroy() {
    this.stopped = true;
  }
}

/** Rows changed by an UPDATE through DataSource.query (pg returns [rows, count]). */
function affected(result: unknown): boolean {
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] > 0 : false;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
