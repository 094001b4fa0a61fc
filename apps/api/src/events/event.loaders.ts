import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { byId, counted, grouped } from '../common/loader-rows';
import {
  visibilityParams,
  visiblePatternSql,
  visiblePracticeSql,
  type ViewerScope,
} from '../visibility';
import { Event, EventPresentation, EventSession } from './event.entity';
import type { LibraryItemValue } from './event.models';
import { presentLibraryItem } from './event.presenters';
import { findVisibleLibraryItems } from './library-item';

/**
 * The row (alias `alias`, with practice_id / pattern_id columns: event_presentation or
 * collection_item) points at a published or archived practice or pattern the viewer may see.
 * Parameters: visibilityParams(scope).
 */
export function visibleLibraryItemSql(alias: string): string {
  return `(
      EXISTS (SELECT 1 FROM practice lp WHERE lp.id = ${alias}.practice_id AND lp.state IN ('PUBLISHED', 'ARCHIVED') AND ${visiblePracticeSql('lp')})
      OR EXISTS (SELECT 1 FROM misuse_pattern lm WHERE lm.id = ${alias}.pattern_id AND lm.state IN ('PUBLISHED', 'ARCHIVED') AND ${visiblePatternSql('lm')})
    )`;
}

/** Key of a library item for the `libraryItem` loader. */
export const libraryItemKey = (row: { practiceId: string | null; patternId: string | null }) =>
  row.practiceId ? `practice:${row.practiceId}` : `pattern:${row.patternId}`;

/** Per-request loaders for events, sessions, presentations and collection items. */
export function createEventLoaders(db: DataSource, scope: () => Promise<ViewerScope>) {
  const presentationsWhere = (column: 'practice_id' | 'pattern_id') =>
    new DataLoader<string, EventPresentation[]>(async (ids) => {
      // Newest event first, then the session's place in its programme.
      const rows = await db
        .getRepository(EventPresentation)
        .createQueryBuilder('ep')
        .innerJoin(EventSession, 's', 's.id = ep.session_id')
        .innerJoin(Event, 'e', 'e.id = s.event_id')
        .where(`ep.${column} IN (:...ids)`, { ids })
        .orderBy('e.starts_on', 'DESC')
        .addOrderBy('s.position', 'ASC')
        .addOrderBy('ep.created_at', 'ASC')
        .getMany();
      return grouped(ids, rows, (r) => (column === 'practice_id' ? r.practiceId! : r.patternId!));
    });

  return {
    event: new DataLoader<string, Event | null>(async (ids) =>
      byId(ids, await db.getRepository(Event).findBy({ id: In([...ids]) })),
    ),
    session: new DataLoader<string, EventSession | null>(async (ids) =>
      byId(ids, await db.getRepository(EventSession).findBy({ id: In([...ids]) })),
    ),
    /** The sessions of each event, in programme order. */
    sessionsOfEvent: new DataLoader<string, EventSession[]>(async (ids) => {
      const rows = await db.getRepository(EventSession).find({
        where: { eventId: In([...ids]) },
        order: { position: 'ASC', startsAt: 'ASC', title: 'ASC' },
      });
      return grouped(ids, rows, (r) => r.eventId);
    }),
    /** What was presented at each session, as far as the viewer may see it. */
    presentationsOfSession: new DataLoader<string, EventPresentation[]>(async (ids) => {
      const rows = await db
        .getRepository(EventPresentation)
        .createQueryBuilder('ep')
        .where('ep.session_id IN (:...ids)', { ids })
        .andWhere(visibleLibraryItemSql('ep'), visibilityParams(await scope()))
        .orderBy('ep.created_at', 'ASC')
        .addOrderBy('ep.id', 'ASC')
        .getMany();
      return grouped(ids, rows, (r) => r.sessionId);
    }),
    /** How many presentations of each event the viewer may see. */
    presentationCount: new DataLoader<string, number>(async (ids) => {
      const rows = await db
        .createQueryBuilder()
        .select('s.event_id', 'id')
        .addSelect('count(*)::int', 'n')
        .from('event_presentation', 'ep')
        .innerJoin('event_session', 's', 's.id = ep.session_id')
        .where('s.event_id IN (:...ids)', { ids })
        .andWhere(visibleLibraryItemSql('ep'), visibilityParams(await scope()))
        .groupBy('s.event_id')
        .getRawMany();
      return counted(ids, rows);
    }),
    /** Where each practice was presented (the practice itself is already visible). */
    presentationsOfPractice: presentationsWhere('practice_id'),
    /** Where each pattern was presented (the pattern itself is already visible). */
    presentationsOfPattern: presentationsWhere('pattern_id'),
    /** How many items of each collection the viewer may see. */
    collectionItemCount: new DataLoader<string, number>(async (ids) => {
      const rows = await db
        .createQueryBuilder()
        .select('ci.collection_id', 'id')
        .addSelect('count(*)::int', 'n')
        .from('collection_item', 'ci')
        .where('ci.collection_id IN (:...ids)', { ids })
        .andWhere(visibleLibraryItemSql('ci'), visibilityParams(await scope()))
        .groupBy('ci.collection_id')
        .getRawMany();
      return counted(ids, rows);
    }),
    /** A practice or pattern by libraryItemKey(), presented; null when the viewer may not see it. */
    libraryItem: new DataLoader<string, LibraryItemValue | null>(async (keys) => {
      const idsOf = (kind: string) =>
        keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1));
      const { practices, patterns } = await findVisibleLibraryItems(db.manager, await scope(), {
        practiceIds: idsOf('practice'),
        patternIds: idsOf('pattern'),
      });
      const map = new Map<string, LibraryItemValue>([
        ...practices.map((p) => [`practice:${p.id}`, presentLibraryItem({ practice: p })] as const),
        ...patterns.map((m) => [`pattern:${m.id}`, presentLibraryItem({ pattern: m })] as const),
      ]);
      return keys.map((k) => map.get(k) ?? null);
    }),
  };
}
