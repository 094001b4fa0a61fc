import { z } from 'zod';
import type { PracticeState } from './practice.entity';

/**
 * The life cycle practices and misuse patterns share: the columns a move to state `to` by
 * `userId` sets. Publishing keeps the date of the first publication and clears a moderator's
 * note (the owners have acted on it).
 */
export function transitionColumns(
  item: { publishedAt: Date | null },
  to: PracticeState,
  userId: string,
) {
  const columns = { state: to, updatedBy: userId };
  return to === 'PUBLISHED'
    ? { ...columns, publishedAt: item.publishedAt ?? new Date(), moderationNote: null }
    : columns;
}

/** A moderator's reason for unpublishing, which the owners see. */
export const unpublishReasonSchema = z.object({
  reason: z.string().trim().min(5, 'Give the owners a reason (at least 5 characters).').max(1000),
});

/** The columns of a moderator taking a published item back to draft, with the reason. */
export const unpublishedColumns = (reason: string, moderatorId: string) => ({
  state: 'DRAFT' as const,
  moderationNote: reason,
  moderatedBy: moderatorId,
  moderatedAt: new Date(),
});
