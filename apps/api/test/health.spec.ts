import { startTestPlatform, type TestPlatform } from './utils/test-platform';

describe('health endpoints', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  it('answers liveness', async () => {
    const res = await fetch(`${t.url}/health/live`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'up' });
  });

  it('is ready when the database answers and migrations are applied', async () => {
    const res = await fetch(`${t.url}/health/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'up',
      components: {
        database: { status: 'up' },
        migrations: { status: 'up' },
        search: { status: 'up', engine: 'postgres' },
        jobs: expect.objectContaining({ status: 'up', failed: 0 }),
      },
    });
  });

  it('is not ready while a migration is pending', async () => {
    const [last] = await t.db.query('SELECT * FROM migrations ORDER BY id DESC LIMIT 1');
    await t.db.query('DELETE FROM migrations WHERE id = $1', [last.id]);
    try {
      const res = await fetch(`${t.url}/health/ready`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({
        status: 'down',
        components: { database: { status: 'up' }, migrations: { status: 'down' } },
      });
    } finally {
      await t.db.query('INSERT INTO migrations (timestamp, name) VALUES ($1, $2)', [
        last.timestamp,
        last.name,
      ]);
    }
  });

  it('gives every response a request id, keeping a sane one from the caller', async () => {
    const own = await fetch(`${t.url}/health/live`, {
      headers: { 'x-request-id': 'support-ticket-42' },
    });
    expect(own.headers.get('x-request-id')).toBe('support-ticket-42');
    const fresh = await fetch(`${t.url}/health/live`, {
      headers: { 'x-request-id': 'bad id\twith tab' },
    });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
