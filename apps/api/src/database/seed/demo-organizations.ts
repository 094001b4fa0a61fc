import { loadDemoData } from './demo-data';

/** The demo organizations (demo-data/organizations.yaml), for tests that count them. */
export const DEMO_ORGANIZATIONS = loadDemoData().organizations;
