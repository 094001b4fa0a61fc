import { useCallback } from 'react';
import { useDateFormat } from '../../app/i18n/useDateFormat';

/**
 * An event's calendar dates (YYYY-MM-DD) as the interface shows dates: "8 Apr 2019" or
 * "8 Apr 2019 – 9 Apr 2019". A bare date parses as UTC midnight, which is the day before west
 * of Greenwich: read at local noon, it stays the same day in every time zone.
 */
export function useEventDates(): (startsOn: string, endsOn?: string | null) => string {
  const dates = useDateFormat();
  return useCallback(
    (startsOn, endsOn) => {
      const start = dates.date(`${startsOn}T12:00:00`);
      if (!endsOn || endsOn === startsOn) return start;
      return `${start} – ${dates.date(`${endsOn}T12:00:00`)}`;
    },
    [dates],
  );
}

/** An ISO date-time as the value of a datetime-local input ("2019-04-08T10:30", local time). */
export function toDateTimeLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}
