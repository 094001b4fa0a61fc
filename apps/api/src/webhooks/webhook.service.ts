import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserActor } from '../common/actor';
import { AppError, ErrorCode, forbidden, notFound } from '../common/errors';
import {
  type Connection,
  type ConnectionArgs,
  pageWindow,
  toConnection,
} from '../common/relay/connection';
import { toGlobalId } from '../common/relay/global-id';
import { parseInput } from '../common/validation';
import { type AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';
import { roleOf } from '../organizations/organization.service';
import { webhookInputSchema } from './webhook-input';
import { deliveryBody, type WebhookEventRow } from './webhook-payloads';
import { newSigningSecret, sealSecret } from './webhook-secrets';
import {
  InjectWebhookSettings,
  MAX_WEBHOOKS_PER_ORGANIZATION,
  type WebhookSettings,
} from './webhook-settings';
import { webhookPolicy } from './webhook.policy';

export interface WebhookRow {
  id: string;
  organization_id: string;
  url: string;
  events: string[];
  description: string;
  active: boolean;
  disabled_reason: string | null;
  consecutive_failures: number;
  created_at: Date;
  updated_at: Date;
}

export interface WebhookDeliveryRow {
  id: string;
  type: string;
  status: 'PENDING' | 'SUCCEEDED' | 'FAILED';
  attempts: number;
  request_body: string;
  response_status: number | null;
  response_time_ms: number | null;
  error: string | null;
  created_at: Date;
  last_attempt_at: Date | null;
  next_attempt_at: Date;
  delivered_at: Date | null;
}

const WEBHOOK_COLUMNS = `id, organization_id, url, events, description, active, disabled_reason, consecutive_failures, created_at, updated_at`;
const DELIVERY_COLUMNS = `d.id, e.type, d.status, d.attempts, d.request_body, d.response_status, d.response_time_ms, d.error,
  d.created_at, d.last_attempt_at, d.next_attempt_at, d.delivered_at`;

/** Audit actions of this module (to be listed in @alliance/domain AUDIT_ACTIONS for the admin filter). */
const AUDIT = {
  created: 'webhook.created',
  updated: 'webhook.updated',
  secretRotated: 'webhook.secret_rotated',
  deleted: 'webhook.deleted',
  enabled: 'webhook.enabled',
  testSent: 'webhook.test_sent',
} as const;

const WebhookErrors = {
  notAdmin: () => forbidden('Only admins of this organization can manage its webhooks.'),
  tooMany: () =>
    new AppError(
      ErrorCode.BAD_USER_INPUT,
      `An organization can have at most ${MAX_WEBHOOKS_PER_ORGANIZATION} webhooks: delete one first.`,
      {
        fieldErrors: [
          {
            field: 'url',
            message: `At most ${MAX_WEBHOOKS_PER_ORGANIZATION} webhooks per organization.`,
          },
        ],
      },
    ),
  inactive: () =>
    new AppError(ErrorCode.CONFLICT, 'This webhook is disabled: enable it before sending a test.'),
};

/** An organization's webhooks, managed by its admins; the worker (WebhookWorker) delivers. */
@Injectable()
export class WebhookService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    @InjectWebhookSettings() private readonly settings: WebhookSettings,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** One webhook (for node(id)); callers check webhookPolicy.manage. */
  async findById(id: string): Promise<WebhookRow | null> {
    const [row] = await this.db.query(`SELECT ${WEBHOOK_COLUMNS} FROM webhook WHERE id = $1`, [id]);
    return row ?? null;
  }

  listForOrganization(organizationId: string): Promise<WebhookRow[]> {
    return this.db.query(
      `SELECT ${WEBHOOK_COLUMNS} FROM webhook WHERE organization_id = $1 ORDER BY created_at, id`,
      [organizationId],
    );
  }

  /** The delivery log of a webhook, newest first. */
  async deliveries(
    webhookId: string,
    args: ConnectionArgs,
  ): Promise<Connection<WebhookDeliveryRow>> {
    const [{ total }] = await this.db.query(
      `SELECT count(*)::int AS total FROM webhook_delivery WHERE webhook_id = $1`,
      [webhookId],
    );
    const { offset, limit } = pageWindow(args, total);
    const rows: WebhookDeliveryRow[] =
      limit === 0
        ? []
        : await this.db.query(
            `SELECT ${DELIVERY_COLUMNS} FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id
              WHERE d.webhook_id = $1 ORDER BY d.created_at DESC, d.event_id DESC, d.id OFFSET $2 LIMIT $3`,
            [webhookId, offset, limit],
          );
    return toConnection(rows, offset, total);
  }

  async create(
    actor: UserActor,
    organizationId: string,
    input: unknown,
  ): Promise<{ secret: string; webhook: WebhookRow }> {
    const values = parseInput(webhookInputSchema(this.settings.production), input);
    return this.db.transaction(async (em) => {
      // Locking the organization serialises creations, so the cap holds under concurrency.
      const [org] = await em.query(`SELECT id FROM organization WHERE id = $1 FOR UPDATE`, [
        organizationId,
      ]);
      if (!org) throw notFound('The organization');
      await this.authorize(em, actor, organizationId);
      const [{ n }] = await em.query(
        `SELECT count(*)::int AS n FROM webhook WHERE organization_id = $1`,
        [organizationId],
      );
      if (n >= MAX_WEBHOOKS_PER_ORGANIZATION) throw WebhookErrors.tooMany();
      const id = randomUUID();
      const secret = newSigningSecret();
      const [webhook]: WebhookRow[] = await em.query(
        `INSERT INTO webhook (id, organization_id, url, events, description, secret, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${WEBHOOK_COLUMNS}`,
        [
          id,
          organizationId,
          values.url,
          values.events,
          values.description,
          sealSecret(secret, id, this.settings.secretKey),
          actor.user.id,
        ],
      );
      await this.record(em, actor, AUDIT.created, webhook);
      return { secret, webhook };
    });
  }

  async update(actor: UserActor, id: string, input: unknown): Promise<WebhookRow> {
    const values = parseInput(webhookInputSchema(this.settings.production), input);
    return this.db.transaction(async (em) => {
      const current = await this.lockForManagement(em, actor, id);
      const [[webhook]]: [WebhookRow[], number] = await em.query(
        `UPDATE webhook SET url = $2, events = $3, description = $4, updated_at = now() WHERE id = $1 RETURNING ${WEBHOOK_COLUMNS}`,
        [id, values.url, values.events, values.description],
      );
      await this.record(em, actor, AUDIT.updated, webhook, { previousHost: hostOf(current.url) });
      return webhook;
    });
  }

  /** A new signing secret, effective for every delivery sent from now on (retries included). */
  async rotateSecret(
    actor: UserActor,
    id: string,
  ): Promise<{ secret: string; webhook: WebhookRow }> {
    return this.db.transaction(async (em) => {
      await this.lockForManagement(em, actor, id);
      const secret = newSigningSecret();
      const [[webhook]]: [WebhookRow[], number] = await em.query(
        `UPDATE webhook SET secret = $2, updated_at = now() WHERE id = $1 RETURNING ${WEBHOOK_COLUMNS}`,
        [id, sealSecret(secret, id, this.settings.secretKey)],
      );
      await this.record(em, actor, AUDIT.secretRotated, webhook);
      return { secret, webhook };
    });
  }

  /** Deletes a webhook with its delivery log. */
  async delete(actor: UserActor, id: string): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const webhook = await this.lockForManagement(em, actor, id);
      await em.query(`DELETE FROM webhook WHERE id = $1`, [id]);
      await this.record(em, actor, AUDIT.deleted, webhook);
      return true;
    });
  }

  /** Turns a disabled webhook back on, with a clean failure count. Events meanwhile are not replayed. */
  async enable(actor: UserActor, id: string): Promise<WebhookRow> {
    return this.db.transaction(async (em) => {
      await this.lockForManagement(em, actor, id);
      const [[webhook]]: [WebhookRow[], number] = await em.query(
        `UPDATE webhook SET active = true, disabled_reason = NULL, consecutive_failures = 0, updated_at = now()
          WHERE id = $1 RETURNING ${WEBHOOK_COLUMNS}`,
        [id],
      );
      await this.record(em, actor, AUDIT.enabled, webhook);
      return webhook;
    });
  }

  /**
   * Queues a `ping` to this webhook and returns its delivery (the worker sends it). While a
   * ping is still pending, that one is returned instead of queuing another.
   */
  async sendTest(actor: UserActor, id: string): Promise<WebhookDeliveryRow> {
    return this.db.transaction(async (em) => {
      const webhook = await this.lockForManagement(em, actor, id);
      if (!webhook.active) throw WebhookErrors.inactive();
      const [pending]: WebhookDeliveryRow[] = await em.query(
        `SELECT ${DELIVERY_COLUMNS} FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id
          WHERE d.webhook_id = $1 AND e.type = 'ping' AND d.status = 'PENDING' LIMIT 1`,
        [id],
      );
      if (pending) return pending;
      const [event]: WebhookEventRow[] = await em.query(
        `INSERT INTO webhook_event (type, webhook_id, dispatched_at) VALUES ('ping', $1, now())
         RETURNING id, type, practice_id, thread_id, post_id, webhook_id, payload, occurred_at`,
        [id],
      );
      const deliveryId = randomUUID();
      const none = { practices: new Map(), threads: new Map(), posts: new Map() };
      const body = deliveryBody(
        toGlobalId('WebhookDelivery', deliveryId),
        event,
        none,
        this.config.publicUrl,
      )!;
      await em.query(
        `INSERT INTO webhook_delivery (id, webhook_id, event_id, request_body) VALUES ($1, $2, $3, $4)`,
        [deliveryId, id, event.id, body],
      );
      await this.record(em, actor, AUDIT.testSent, webhook);
      const [delivery]: WebhookDeliveryRow[] = await em.query(
        `SELECT ${DELIVERY_COLUMNS} FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id WHERE d.id = $1`,
        [deliveryId],
      );
      return delivery;
    });
  }

  /** The webhook, locked for the transaction, once the actor may manage it. */
  private async lockForManagement(
    em: EntityManager,
    actor: UserActor,
    id: string,
  ): Promise<WebhookRow> {
    const [webhook]: WebhookRow[] = await em.query(
      `SELECT ${WEBHOOK_COLUMNS} FROM webhook WHERE id = $1 FOR UPDATE`,
      [id],
    );
    // Webhooks are seen by their organization's admins only: to others, one does not exist.
    if (
      !webhook ||
      !webhookPolicy.manage(actor, await roleOf(em, webhook.organization_id, actor.user.id))
    )
      throw notFound('The webhook');
    return webhook;
  }

  private async authorize(em: EntityManager, actor: UserActor, organizationId: string) {
    if (!webhookPolicy.manage(actor, await roleOf(em, organizationId, actor.user.id)))
      throw WebhookErrors.notAdmin();
  }

  /** Audit entries name the host only: a URL's path or query may hold the receiver's own secret. */
  private record(
    em: EntityManager,
    actor: UserActor,
    action: (typeof AUDIT)[keyof typeof AUDIT],
    webhook: WebhookRow,
    extra: Record<string, unknown> = {},
  ) {
    return this.audit.record(
      {
        action,
        actor,
        subject: { type: 'Webhook', id: webhook.id },
        details: {
          organizationId: toGlobalId('Organization', webhook.organization_id),
          host: hostOf(webhook.url),
          events: webhook.events,
          ...extra,
        },
      },
      em,
    );
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
