import { useCallback, useEffect, useRef, useState } from 'react';

/** How often the editor keeps its form in this browser. */
export const AUTOSAVE_INTERVAL_MS = 5000;

const PREFIX = 'alliance-commons:practice-draft:';

/** A form kept in localStorage, with when it was kept. */
export interface StoredDraft<T> {
  savedAt: string;
  values: T;
}

// localStorage can be missing or refuse (private modes, quotas): autosave then does nothing.
export function readDraft<T>(key: string): StoredDraft<T> | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as StoredDraft<T>;
    return draft && typeof draft === 'object' && 'values' in draft ? draft : null;
  } catch {
    return null;
  }
}

export function writeDraft<T>(key: string, draft: StoredDraft<T>): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // Nothing to do: the form itself is unaffected.
  }
}

export function removeDraft(key: string): void {
  try {
    window.localStorage.removeItem(PREFIX + key);
  } catch {
    // As above.
  }
}

export interface Autosave<T> {
  /** A kept form from an earlier visit that differs from what the form starts with. */
  offer: StoredDraft<T> | null;
  /** Takes the offer: returns its values (for the form) and resumes autosaving. */
  restore: () => T | null;
  /** Declines the offer and forgets it. */
  discard: () => void;
  /** After a successful save: forget the kept form and stop keeping it. */
  clear: () => void;
  /** When the form was last kept during this visit. */
  savedAt: string | null;
}

/**
 * Keeps a form in this browser every few seconds while it differs from what it started with,
 * under `key` (a practice id, or "new:<organization>"), and offers on return to restore it.
 * Autosaving pauses while the offer waits for an answer, so the kept form is not overwritten.
 */
export function useAutosave<T>(
  key: string,
  values: T,
  initial: T,
  intervalMs = AUTOSAVE_INTERVAL_MS,
): Autosave<T> {
  const [offer, setOffer] = useState<StoredDraft<T> | null>(() => {
    const draft = readDraft<T>(key);
    return draft && JSON.stringify(draft.values) !== JSON.stringify(initial) ? draft : null;
  });
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const latest = useRef(values);
  const written = useRef(JSON.stringify(initial));
  const stopped = useRef(false);

  useEffect(() => {
    latest.current = values;
  }, [values]);

  useEffect(() => {
    if (offer) return undefined;
    const timer = setInterval(() => {
      if (stopped.current) return;
      const json = JSON.stringify(latest.current);
      if (json === written.current) return;
      const now = new Date().toISOString();
      writeDraft(key, { savedAt: now, values: latest.current });
      written.current = json;
      setSavedAt(now);
    }, intervalMs);
    return () => clearInterval(timer);
  }, [key, offer, intervalMs]);

  const restore = useCallback(() => {
    const restored = offer?.values ?? null;
    setOffer(null);
    return restored;
  }, [offer]);

  const discard = useCallback(() => {
    removeDraft(key);
    setOffer(null);
  }, [key]);

  const clear = useCallback(() => {
    stopped.current = true;
    removeDraft(key);
  }, [key]);

  return { offer, restore, discard, clear, savedAt };
}
