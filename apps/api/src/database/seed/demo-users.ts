import { loadDemoUsers } from './demo-data';

/** The demo accounts (demo-data/users.yaml) and the password they all sign in with (README). */
export const { password: DEMO_PASSWORD, accounts: DEMO_USERS } = loadDemoUsers();
