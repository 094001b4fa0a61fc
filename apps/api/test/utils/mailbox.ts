import type { TestPlatform } from './test-platform';

/** A mail the platform sent, as the dev mailbox shows it. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** The mails the test platform has sent to `to` so far (its dev mailbox, one per test file). */
export async function mailsTo(t: TestPlatform, to: string): Promise<Mail[]> {
  const res = await fetch(`${t.url}/dev/mailbox`);
  return ((await res.json()) as { mails: Mail[] }).mails.filter((m) => m.to === to);
}
