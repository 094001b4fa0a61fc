import type { EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '../common/errors';
import { fromGlobalId } from '../common/relay/global-id';
import { MisusePattern } from '../misuse-patterns/misuse-pattern.entity';
import { Practice } from '../practices/practice.entity';
import { whereVisible, whereVisiblePattern, type ViewerScope } from '../visibility';

/** A practice or a pattern, by database key: what events and collections point at. */
export type LibraryItemRef = { kind: 'practice'; id: string } | { kind: 'pattern'; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The practice or pattern behind a Practice or MisusePattern global id, or BAD_USER_INPUT. */
export function parseLibraryItemId(globalId: string, field = 'itemId'): LibraryItemRef {
  const parsed = fromGlobalId(globalId);
  if (parsed && UUID.test(parsed.id)) {
    if (parsed.type === 'Practice') return { kind: 'practice', id: parsed.id.toLowerCase() };
    if (parsed.type === 'MisusePattern') return { kind: 'pattern', id: parsed.id.toLowerCase() };
  }
  throw new AppError(
    ErrorCode.BAD_USER_INPUT,
    `${field} is not a valid Practice or MisusePattern id.`,
    {
      fieldErrors: [{ field, message: 'Not a valid practice or misuse pattern id.' }],
    },
  );
}

/** The columns of event_presentation / collection_item for an item. */
export const itemColumns = (ref: LibraryItemRef) =>
  ref.kind === 'practice'
    ? { practiceId: ref.id, patternId: null }
    : { practiceId: null, patternId: ref.id };

/** The practices and patterns with these ids that `scope` may see: one query per kind asked for. */
export async function findVisibleLibraryItems(
  em: EntityManager,
  scope: ViewerScope,
  { practiceIds, patternIds }: { practiceIds: string[]; patternIds: string[] },
): Promise<{ practices: Practice[]; patterns: MisusePattern[] }> {
  const [practices, patterns] = await Promise.all([
    practiceIds.length
      ? whereVisible(em.getRepository(Practice).createQueryBuilder('p'), scope)
          .andWhere('p.id IN (:...practiceIds)', { practiceIds })
          .getMany()
      : [],
    patternIds.length
      ? whereVisiblePattern(em.getRepository(MisusePattern).createQueryBuilder('m'), scope)
          .andWhere('m.id IN (:...patternIds)', { patternIds })
          .getMany()
      : [],
  ]);
  return { practices, patterns };
}

/** The items among `refs` that `scope` may see, as { key → organizationId, state }. */
export async function visibleLibraryItems(
  em: EntityManager,
  refs: LibraryItemRef[],
  scope: ViewerScope,
): Promise<Map<string, { organizationId: string; state: string }>> {
  const { practices, patterns } = await findVisibleLibraryItems(em, scope, {
    practiceIds: refs.filter((r) => r.kind === 'practice').map((r) => r.id),
    patternIds: refs.filter((r) => r.kind === 'pattern').map((r) => r.id),
  });
  return new Map([
    ...practices.map(
      (p) => [`practice:${p.id}`, { organizationId: p.organizationId, state: p.state }] as const,
    ),
    ...patterns.map(
      (m) => [`pattern:${m.id}`, { organizationId: m.organizationId, state: m.state }] as const,
    ),
  ]);
}

export const refKey = (ref: LibraryItemRef) => `${ref.kind}:${ref.id}`;
