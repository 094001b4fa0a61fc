import { ConfigError, loadConfig } from '../config';

const load = (env: Record<string, string>) => loadConfig(env, '/srv/alliance');

describe('loadConfig', () => {
  it('has defaults that start the platform locally', () => {
    const config = load({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      dataDir: '/srv/alliance/.data',
      nodeEnv: 'development',
      logLevel: 'info',
      seedDemo: true,
      serveWeb: true,
      publicUrl: 'http://localhost:3000',
    });
  });

  it('honours PORT, DATA_DIR and PUBLIC_URL', () => {
    const config = load({
      PORT: '4123',
      DATA_DIR: '/tmp/x',
      PUBLIC_URL: 'https://commons.example.org/',
    });
    expect(config.port).toBe(4123);
    expect(config.dataDir).toBe('/tmp/x');
    expect(config.publicUrl).toBe('https://commons.example.org');
  });

  it('resolves a relative DATA_DIR against the folder the command started in', () => {
    expect(load({ DATA_DIR: 'state' }).dataDir).toBe('/srv/alliance/state');
  });

  it('treats empty values as unset', () => {
    expect(load({ PORT: '', DATABASE_URL: ' ' }).port).toBe(3000);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT', /PORT must be a whole number between 1 and 65535 \(got "abc"\)/],
    [{ PORT: '70000' }, 'PORT', /PORT must be a whole number/],
    [
      { DATABASE_URL: 'not a url' },
      'DATABASE_URL',
      /DATABASE_URL must be a URL starting with postgres:/,
    ],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL', /DATABASE_URL must be a URL/],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', /LOG_LEVEL must be one of/],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV', /NODE_ENV must be one of/],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO', /SEED_DEMO must be true or false/],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL', /SMTP_URL must be a URL starting with smtp:/],
  ])('rejects %j naming %s in one line', (env, variable, message) => {
    let error: unknown;
    try {
      load(env as Record<string, string>);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toMatch(message);
    expect((error as ConfigError).message).not.toContain('\n');
  });

  it('never echoes a secret-bearing URL back', () => {
    expect(() => load({ DATABASE_URL: 'postgres//user:secret@host' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('secret') }),
    );
  });
});
