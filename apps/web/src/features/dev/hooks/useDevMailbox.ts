import { useCallback, useEffect, useState } from 'react';

/** Where the API keeps mail when no SMTP server is configured (404 in production). */
export const DEV_MAILBOX_PATH = '/dev/mailbox';

export interface DevMail {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  sentAt: string;
}

export type DevMailboxState =
  | { status: 'loading' }
  | { status: 'ready'; mails: DevMail[] }
  | { status: 'unavailable' }
  | { status: 'error' };

async function fetchMailbox(): Promise<DevMailboxState> {
  try {
    const res = await fetch(DEV_MAILBOX_PATH, { headers: { accept: 'application/json' } });
    if (res.status === 404) return { status: 'unavailable' };
    if (!res.ok) return { status: 'error' };
    const body = (await res.json()) as { mails?: DevMail[] };
    return { status: 'ready', mails: Array.isArray(body.mails) ? body.mails : [] };
  } catch {
    return { status: 'error' };
  }
}

/** The dev mailbox's mails, newest first, with a reload. */
export function useDevMailbox(): { state: DevMailboxState; reload: () => void } {
  const [state, setState] = useState<DevMailboxState>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    void fetchMailbox().then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [version]);
  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setVersion((v) => v + 1);
  }, []);
  return { state, reload };
}

let availability: Promise<boolean> | undefined;

/** Whether the dev mailbox exists here (asked once per page load); false until known. */
export function useDevMailboxAvailable(): boolean {
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    let current = true;
    availability ??= fetch(DEV_MAILBOX_PATH, { headers: { accept: 'application/json' } })
      .then((res) => res.ok)
      .catch(() => false);
    void availability.then((ok) => {
      if (current) setAvailable(ok);
    });
    return () => {
      current = false;
    };
  }, []);
  return available;
}
