import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';
import { accessDeclarations } from './utils/access-declarations';

/**
 * Every operation declares who may call it. The snapshot makes any change of access visible
 * in review: update it deliberately (`jest -u`) and say why in the commit.
 */
describe('declared access of every operation', () => {
  let declarations: ReturnType<typeof accessDeclarations>;
  beforeAll(async () => {
    const app = await createApp(
      { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), serveWeb: false },
      null,
    );
    declarations = accessDeclarations(app);
    await app.close();
  });

  it('leaves no operation undeclared', () => {
    expect(declarations.filter((d) => !d.requirement).map((d) => d.operation)).toEqual([]);
    expect(declarations.length).toBeGreaterThan(20);
  });

  it('matches the reviewed snapshot', () => {
    expect(
      Object.fromEntries(declarations.map((d) => [d.operation, d.requirement])),
    ).toMatchSnapshot();
  });
});
