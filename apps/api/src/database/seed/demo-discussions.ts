import type { EntityManager } from 'typeorm';
import { toGlobalId } from '../../common/relay/global-id';
import { DiscussionCategory, Post, Thread } from '../../discussions/discussion.entity';
import type { User } from '../../identity/user.entity';
import { Practice } from '../../practices/practice.entity';

/** Demo conversations, in our own words. `@name` refers to a demo account by email below. */
interface DemoThread {
  category?: string;
  practice?: string;
  title?: string;
  kind?: 'DISCUSSION' | 'QUESTION';
  tags?: string[];
  posts: { by: string; body: string; reactions?: [string, string][] }[];
}

const THREADS: DemoThread[] = [
  {
    category: 'technology-misuse',
    title: 'Fake modelling agencies recruiting through short-video apps',
    tags: ['recruitment', 'social-media'],
    posts: [
      { by: 'editor@example.org', body: 'We see a rise in "modelling agency" profiles that move conversations to encrypted messengers within two messages. Anyone tracking this pattern?' },
      { by: 'cder@example.org', body: 'Yes — our last sample showed the same hand-over to messengers. @editor@example.org we can share the indicator list we use.', reactions: [['editor@example.org', 'USEFUL'], ['member@example.org', 'INSIGHTFUL']] },
      { by: 'pacific-trust-safety@example.org', body: 'On our side the accounts rotate every few days; we now cluster them by reused profile images.' },
    ],
  },
  {
    category: 'financial-sector',
    title: 'Which transaction typologies actually produced referrals?',
    kind: 'QUESTION',
    tags: ['typologies', 'banks'],
    posts: [
      { by: 'member@example.org', body: 'We run a dozen typologies for labour exploitation. Which ones led to referrals for you, not just alerts?' },
      { by: 'natco-at@example.org', body: 'Rent payments by one person for many workers, combined with cash withdrawals near farms at night, was the strongest in our pilot.', reactions: [['member@example.org', 'THANKS']] },
    ],
  },
  {
    category: 'partnerships',
    title: 'Call for partners: a shared job-offer checker for the Black Sea region',
    tags: ['call-for-partners'],
    posts: [
      { by: 'safe-work-ua@example.org', body: 'We would like to adapt a job-offer checking chatbot to Ukrainian, Romanian and Georgian. Looking for NGOs and one labour inspectorate.' },
      { by: 'black-sea-protection@example.org', body: 'Interested: we can connect you with referral contacts in three coastal states.' },
    ],
  },
  {
    category: 'legal-policy',
    title: 'National action plans that mention platform liability',
    posts: [{ by: 'orgadmin@example.org', body: 'Collecting examples of action plans that set expectations for online platforms. Please add yours.' }],
  },
  {
    category: 'victim-identification',
    title: 'Screening questions for hotlines that do not retraumatise',
    posts: [
      { by: 'med-shelter-alliance@example.org', body: 'Our survivor advisers rewrote our first-contact questions. Happy to compare notes with other hotlines.' },
      { by: 'editor@example.org', body: 'Please do. We dropped questions about travel routes from the first call entirely.' },
    ],
  },
  {
    category: 'law-enforcement-exchange',
    title: 'Preserving messenger evidence: what holds up in court',
    posts: [{ by: 'moi-cyber-ge@example.org', body: 'Members only: sharing our checklist for preserving messenger exports with hashes and chain of custody.' }],
  },
  {
    category: 'online-platforms',
    title: 'Sharing hashes of exploitative job ads between classifieds sites',
    posts: [
      { by: 'pacific-trust-safety@example.org', body: 'Would other platforms join a shared list of hashes of removed job ads? Text only, no personal data.' },
      { by: 'taec@example.org', body: 'The coalition could host it. Legal review first: @orgadmin@example.org, any national rules we should know?' },
    ],
  },
  {
    category: 'research-data',
    title: 'Evaluating chatbots: what outcome measures make sense?',
    kind: 'QUESTION',
    posts: [{ by: 'imw-ca@example.org', body: 'Counting conversations says little. Has anyone measured whether warnings changed decisions about a job offer?' }],
  },
  {
    practice: 'job-offer-checker-chatbot-central-asia',
    posts: [
      { by: 'newcomer@example.org', body: 'How do you keep the list of fraudulent recruiters up to date?' },
      { by: 'calri@example.org', body: 'Weekly, from reports to the hotline and from the labour inspectorate. @newcomer@example.org happy to walk you through it.' },
    ],
  },
];

export async function seedDemoDiscussions(em: EntityManager, userByEmail: Map<string, User>): Promise<void> {
  const categories = new Map((await em.find(DiscussionCategory)).map((c) => [c.slug, c]));
  const day = 86_400_000;
  for (const [i, demo] of THREADS.entries()) {
    const practice = demo.practice ? await em.findOneBy(Practice, { slug: demo.practice }) : null;
    if (demo.practice && !practice) continue;
    const start = Date.now() - (THREADS.length - i) * 2 * day;
    const author = userByEmail.get(demo.posts[0].by);
    const thread = await em.save(
      em.create(Thread, {
        categoryId: demo.category ? categories.get(demo.category)!.id : null,
        practiceId: practice?.id ?? null,
        title: demo.title ?? practice!.title,
        kind: demo.kind ?? 'DISCUSSION',
        tags: demo.tags ?? [],
        authorId: author?.id ?? null,
        createdAt: new Date(start),
        lastActivityAt: new Date(start + demo.posts.length * 3600_000),
      }),
    );
    for (const [n, p] of demo.posts.entries()) {
      // "@email" becomes the composer's mention markup for that account.
      const body = p.body.replace(/@([\w.+-]+@example\.org)/g, (_m, email: string) => {
        const user = userByEmail.get(email);
        return user ? `@[${user.displayName}](user:${toGlobalId('User', user.id)})` : email;
      });
      const post = await em.save(em.create(Post, { threadId: thread.id, authorId: userByEmail.get(p.by)?.id ?? null, body, createdAt: new Date(start + n * 3600_000) }));
      for (const [email, reaction] of p.reactions ?? []) {
        await em.query('INSERT INTO post_reaction (post_id, user_id, reaction) VALUES ($1, $2, $3)', [post.id, userByEmail.get(email)!.id, reaction]);
      }
    }
  }
}
