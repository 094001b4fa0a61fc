import type { Browser } from 'playwright-core';
import { baseUrl, gql, launchBrowser, newPage } from '../src/browser';

describe('smoke: a visitor opens the platform', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('is ready', async () => {
    const res = await fetch(`${baseUrl()}/health/ready`);
    expect(res.status).toBe(200);
  });

  it('shows live platform figures from the API on the home page', async () => {
    const { platformStats } = await gql<{
      platformStats: { organizationCount: number; countryCount: number };
    }>('{ platformStats { organizationCount countryCount } }');
    expect(platformStats.organizationCount).toBeGreaterThan(0); // the demo data

    const { page, context, errors } = await newPage(browser);
    await page.goto('/');
    await expect(page.title()).resolves.toContain('Alliance Commons');
    const organizations = page.getByTestId('stat-organizations');
    await organizations.waitFor();
    expect(await organizations.innerText()).toContain(String(platformStats.organizationCount));
    expect(await page.getByTestId('stat-countries').innerText()).toContain(
      String(platformStats.countryCount),
    );
    await expect(page.getByTestId('stakeholder-breakdown').innerText()).resolves.toMatch(
      /Government/,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks demo mode on every page, so nobody enters real data into a demo', async () => {
    const { page, context, errors } = await newPage(browser);
    for (const path of ['/', '/practices', '/sign-in']) {
      await page.goto(path);
      const banner = page.getByTestId('demo-mode-banner');
      await banner.waitFor();
      await expect(banner.innerText()).resolves.toMatch(/Demo mode.*don't enter real data/);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('navigates client-side and shows a 404 page for unknown addresses', async () => {
    const { page, context, errors } = await newPage(browser);
    await page.goto('/');
    await page.getByRole('link', { name: 'About' }).first().click();
    await page.waitForURL('**/about');
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(
      /not found/i,
    );
    await page.getByRole('link', { name: /home/i }).first().click();
    await page.getByTestId('stat-organizations').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
