import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { User } from '../../identity/user.entity';
import type { Organization } from '../../organizations/organization.entity';
import { Practice, PracticeEndorsement, PracticeRevision } from '../../practices/practice.entity';
import { REVISED_FIELDS } from '../../practices/practice.service';
import { DEMO_PRACTICES } from './demo-practices';
import type { DemoPractice } from './demo-practices.types';

const DAY = 86_400_000;

/**
 * Writes the demo practices with a plausible history: publication dates spread over the past
 * two years, a revision per later edit, endorsements, bookmarks and views.
 */
export async function seedDemoPractices(
  em: EntityManager,
  orgBySlug: Map<string, Organization>,
  userByEmail: Map<string, User>,
  editorOf: Map<string, User>,
): Promise<void> {
  const now = Date.now();
  for (const [i, demo] of DEMO_PRACTICES.entries()) {
    const org = orgBySlug.get(demo.organization);
    if (!org) throw new Error(`demo practice ${demo.slug}: unknown organization ${demo.organization}`);
    const author = editorOf.get(demo.organization) ?? null;
    const published = demo.state !== 'DRAFT';
    const publishedAt = published ? new Date(now - (i * 11 + 20) * DAY) : null;
    const createdAt = new Date(now - (i * 11 + 40) * DAY);

    // The row starts as first published; each later edit is applied as a revision.
    let current = columns(demo);
    const practice = await em.save(
      em.create(Practice, {
        ...current,
        slug: demo.slug,
        organizationId: org.id,
        state: demo.state,
        publishedAt,
        createdBy: author?.id ?? null,
        updatedBy: author?.id ?? null,
        createdAt,
      }),
    );
    if (published) {
      await addRevision(em, practice.id, 1, author, ['state'], current, publishedAt!);
      for (const [n, edit] of demo.revisions.entries()) {
        const changed = Object.keys(edit);
        current = { ...current, ...edit };
        await addRevision(em, practice.id, n + 2, author, changed, current, new Date(publishedAt!.getTime() + (n + 1) * 3 * DAY));
      }
      await em.update(Practice, practice.id, { ...current, updatedAt: new Date(publishedAt!.getTime() + demo.revisions.length * 3 * DAY) });
    }
    for (const slug of demo.partners) {
      await em.query('INSERT INTO practice_partner (practice_id, organization_id) VALUES ($1, $2)', [practice.id, orgBySlug.get(slug)!.id]);
    }
    for (const email of demo.contributors) {
      await em.query('INSERT INTO practice_contributor (practice_id, user_id) VALUES ($1, $2)', [practice.id, userByEmail.get(email)!.id]);
    }
    if (demo.state !== 'PUBLISHED') continue;
    for (const e of demo.endorsedBy) {
      await em.insert(PracticeEndorsement, {
        practiceId: practice.id,
        organizationId: orgBySlug.get(e.organization)!.id,
        kind: e.kind,
        comment: e.comment ?? '',
        userId: editorOf.get(e.organization)?.id ?? null,
      });
    }
    for (const email of demo.bookmarkedBy) {
      await em.query('INSERT INTO practice_bookmark (practice_id, user_id) VALUES ($1, $2)', [practice.id, userByEmail.get(email)!.id]);
    }
    const views = (i * 7) % 40;
    for (let v = 0; v < views; v++) {
      const visitor = createHash('sha256').update(`demo-visitor-${v}`).digest('hex');
      await em.query(`INSERT INTO practice_view (practice_id, visitor, day) VALUES ($1, $2, current_date - $3::int)`, [practice.id, visitor, v % 30]);
    }
  }
}

function columns(d: DemoPractice) {
  return {
    title: d.title,
    summary: d.summary,
    body: d.body,
    focusAreas: d.focusAreas,
    purposes: d.purposes,
    formsOfExploitation: d.formsOfExploitation,
    technologies: d.technologies,
    targetUsers: d.targetUsers,
    sectors: d.sectors,
    countries: d.countries,
    regions: d.regions,
    isGlobal: d.global,
    languages: d.languages,
    status: d.status,
    yearStarted: d.yearStarted,
    yearEnded: d.yearEnded,
    links: d.links,
    contact: d.contact,
    evidenceLevel: d.evidenceLevel,
    survivorInvolvement: d.survivorInvolvement,
    sdg87: d.sdg87,
    iloIndicators: d.iloIndicators,
    visibility: d.visibility,
    visibleTo: d.visibility === 'RESTRICTED' ? d.visibleTo : [],
  } satisfies Partial<Practice>;
}

async function addRevision(
  em: EntityManager,
  practiceId: string,
  number: number,
  author: User | null,
  changedFields: string[],
  values: ReturnType<typeof columns>,
  createdAt: Date,
) {
  const snapshot = Object.fromEntries(REVISED_FIELDS.map((f) => [f, values[f]]));
  await em.insert(PracticeRevision, { practiceId, number, authorId: author?.id ?? null, changedFields, snapshot: snapshot as never, createdAt });
}
