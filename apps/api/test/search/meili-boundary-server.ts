import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

type Task = {
  uid: number;
  indexUid: string | null;
  type: string;
  status: 'succeeded' | 'failed';
  error: null | { message: string; code: string; type: string; link: string };
};

/**
 * Stands where Meilisearch stands, at its HTTP boundary, so the real `meilisearch` client can
 * be tested in CI (no Meilisearch server can be installed here). It records every request,
 * answers the way the Meilisearch API reference describes (202 + task for writes, task
 * polling, 404 index_not_found), keeps documents per index so searches and swaps can be
 * checked, and can go down (connections refused) and come back on the same port.
 */
export class MeiliBoundaryServer {
  readonly requests: RecordedRequest[] = [];
  readonly indexes = new Map<
    string,
    {
      primaryKey: string | null;
      documents: Map<string, Record<string, unknown>>;
      settings: Record<string, unknown>;
    }
  >();
  private readonly tasks: Task[] = [];
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;
  /** The next write task fails with this Meilisearch error code. */
  failNextTaskWith: string | null = null;
  /** What POST /indexes/:uid/search answers (hits are filled from stored documents when unset). */
  searchResponse: ((body: Record<string, unknown>, uid: string) => Record<string, unknown>) | null =
    null;

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server!.address() as AddressInfo).port;
    return this;
  }

  /** Goes away: the port refuses connections until start() again. */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
    this.server = undefined;
  }

  requestsTo(method: string, pattern: RegExp) {
    return this.requests.filter((r) => r.method === method && pattern.test(r.path));
  }

  private task(indexUid: string | null, type: string): Task {
    const failure = this.failNextTaskWith;
    this.failNextTaskWith = null;
    const task: Task = {
      uid: this.tasks.length,
      indexUid,
      type,
      status: failure ? 'failed' : 'succeeded',
      error: failure
        ? {
            message: `Simulated failure: ${failure}`,
            code: failure,
            type: 'invalid_request',
            link: `https://docs.meilisearch.com/errors#${failure}`,
          }
        : null,
    };
    this.tasks.push(task);
    return task;
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://meili');
    const body = raw ? JSON.parse(raw) : undefined;
    this.requests.push({
      method: req.method!,
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
    });

    const json = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    const enqueued = (task: Task) =>
      json(202, {
        taskUid: task.uid,
        indexUid: task.indexUid,
        status: 'enqueued',
        type: task.type,
        enqueuedAt: new Date().toISOString(),
      });
    const notFound = (uid: string) =>
      json(404, {
        message: `Index \`${uid}\` not found.`,
        code: 'index_not_found',
        type: 'invalid_request',
        link: 'https://docs.meilisearch.com/errors#index_not_found',
      });
    const path = url.pathname.split('/').filter(Boolean);

    if (req.method === 'GET' && url.pathname === '/health')
      return json(200, { status: 'available' });
    if (req.method === 'GET' && path[0] === 'tasks' && path.length === 2) {
      const task = this.tasks[Number(path[1])];
      return task
        ? json(200, {
            ...task,
            details: {},
            duration: 'PT0.001S',
            enqueuedAt: new Date().toISOString(),
            startedAt: new Date().toISOString(),
            finishedAt: new Date().toISOString(),
            canceledBy: null,
            batchUid: task.uid,
          })
        : json(404, {
            code: 'task_not_found',
            message: 'Task not found.',
            type: 'invalid_request',
            link: '',
          });
    }
    if (req.method === 'POST' && url.pathname === '/indexes') {
      const task = this.task(body.uid, 'indexCreation');
      if (task.status === 'succeeded')
        this.indexes.set(body.uid, {
          primaryKey: body.primaryKey ?? null,
          documents: new Map(),
          settings: {},
        });
      return enqueued(task);
    }
    if (req.method === 'POST' && url.pathname === '/swap-indexes') {
      const task = this.task(null, 'indexSwap');
      if (task.status === 'succeeded') {
        for (const {
          indexes: [a, b],
        } of body as { indexes: [string, string] }[]) {
          const ia = this.indexes.get(a);
          const ib = this.indexes.get(b);
          if (ia && ib) {
            this.indexes.set(a, ib);
            this.indexes.set(b, ia);
          }
        }
      }
      return enqueued(task);
    }
    if (path[0] === 'indexes' && path[1]) {
      const uid = decodeURIComponent(path[1]);
      const index = this.indexes.get(uid);
      const rest = path.slice(2).join('/');
      if (req.method === 'DELETE' && rest === '') {
        const task = this.task(uid, 'indexDeletion');
        if (task.status === 'succeeded') this.indexes.delete(uid);
        return index ? enqueued(task) : notFound(uid);
      }
      if (!index) return notFound(uid);
      if (req.method === 'GET' && rest === '')
        return json(200, {
          uid,
          primaryKey: index.primaryKey,
          createdAt: new Date().toISOString(),
          updatedAt: new Date().toISOString(),
        });
      if (req.method === 'GET' && rest === 'stats')
        return json(200, {
          numberOfDocuments: index.documents.size,
          isIndexing: false,
          fieldDistribution: {},
        });
      if (req.method === 'PATCH' && rest === 'settings') {
        const task = this.task(uid, 'settingsUpdate');
        if (task.status === 'succeeded') index.settings = { ...index.settings, ...body };
        return enqueued(task);
      }
      if (req.method === 'POST' && rest === 'documents') {
        const task = this.task(uid, 'documentAdditionOrUpdate');
        if (task.status === 'succeeded')
          for (const doc of body as Record<string, unknown>[])
            index.documents.set(String(doc.id), doc);
        return enqueued(task);
      }
      if (req.method === 'POST' && rest === 'documents/delete-batch') {
        const task = this.task(uid, 'documentDeletion');
        if (task.status === 'succeeded')
          for (const id of body as string[]) index.documents.delete(String(id));
        return enqueued(task);
      }
      if (req.method === 'POST' && rest === 'search') {
        const answer = this.searchResponse?.(body, uid) ?? {
          hits: [...index.documents.values()].slice(0, body.limit ?? 20).map((d) => ({
            ...d,
            _formatted: { title: d.title, summary: d.summary, body: d.body },
          })),
          query: body.q ?? '',
          processingTimeMs: 1,
          limit: body.limit ?? 20,
          offset: body.offset ?? 0,
          estimatedTotalHits: index.documents.size,
          facetDistribution: {},
        };
        return json(200, answer);
      }
    }
    json(404, {
      message: `Not handled by the boundary server: ${req.method} ${url.pathname}`,
      code: 'not_found',
      type: 'invalid_request',
      link: '',
    });
  }
}
