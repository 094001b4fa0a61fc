import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as domain from '@alliance/domain';
import { parse } from 'yaml';
import { z } from 'zod';
import { MEMBERSHIP_ROLES, PLATFORM_ROLES } from '../../common/roles';

/** apps/api/demo-data (see its README): the same path from src/ (tests) and dist/ (the built API). */
export const DEMO_DATA_DIR = resolve(__dirname, '../../../demo-data');

// A file passes the schema an editor's input passes and a strict schema of the seed's own fields
// (a misspelt key fails instead of being dropped). The seed checks what a file names exists.
const { slugSchema: slug, emailSchema: email } = domain;
const list = <T extends z.ZodType>(schema: T) => z.array(schema).default([]);
const text = z.string().trim().default('');
const item = z
  .strictObject({ practice: slug.optional(), pattern: slug.optional(), note: text })
  .refine((i) => !i.practice !== !i.pattern, 'Name either a practice or a pattern.');
const { title, summary, status } = domain.practiceInputSchema.in.shape;
const practice = z.strictObject({
  ...domain.practiceInputSchema.in.shape,
  ...{ slug, organization: slug, partners: list(slug), contributors: list(email) },
  state: z.enum(['DRAFT', 'PUBLISHED', 'ARCHIVED']),
  revisions: list(z.strictObject({ title, summary, status }).partial()),
  endorsedBy: list(
    z.strictObject({ organization: slug, kind: z.enum(['USES', 'REPLICATED']), comment: text }),
  ),
  bookmarkedBy: list(email),
});
const pattern = z.strictObject({
  ...domain.misusePatternInputSchema.in.shape,
  ...{ slug, organization: slug, state: z.enum(['DRAFT', 'PUBLISHED']) },
  countermeasures: list(
    z.strictObject({ practice: slug, ...domain.countermeasureInputSchema.shape }),
  ),
});
const { title: sessionTitle, description, theme } = domain.eventSessionInputSchema.shape;
const session = z.strictObject({ title: sessionTitle, description, theme });
const event = z.strictObject({
  ...domain.eventInputSchema.in.shape,
  slug,
  sessions: list(session.extend({ presented: list(item) })),
});
const collection = z.strictObject({
  ...domain.collectionInputSchema.in.shape,
  slug,
  items: list(item),
});
const account = z.strictObject({
  ...{
    email,
    displayName: domain.displayNameSchema,
    platformRole: z.enum(PLATFORM_ROLES).default('USER'),
  },
  membership: z.strictObject({ organization: slug, role: z.enum(MEMBERSHIP_ROLES) }).optional(),
});
const usersFile = z.strictObject({ password: domain.passwordSchema, accounts: z.array(account) });
const organization = domain.organizationInputSchema.extend({ slug, verified: z.boolean() });
const organizations = z.array(organization.strict());
const { kind, tags, title: threadTitle } = domain.threadInputSchema.shape;
const reactions = z.record(z.string(), z.enum(domain.REACTIONS)).default({});
const post = z.strictObject({ by: email, body: domain.postBodySchema, reactions });
const about = {
  category: slug.optional(),
  practice: slug.optional(),
  title: threadTitle.optional(),
};
const thread = z
  .strictObject({ ...about, kind, tags, posts: z.array(post).min(1) })
  .refine((t) => (t.practice ? !t.category && !t.title : !!(t.category && t.title)), {
    message: 'A thread has a category and a title, or a practice (whose title it takes).',
  });

function check<S extends z.ZodType>(file: string, schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
  throw new Error(`Demo data ${file} is invalid: ${issues.join('; ')}`);
}

function yaml(file: string, text: string): unknown {
  try {
    return parse(text);
  } catch (e) {
    throw new Error(`Demo data ${file} is not valid YAML: ${(e as Error).message}`, { cause: e });
  }
}

/**
 * A folder of <number>-<slug>.md files, in number order: YAML front matter between --- lines,
 * then the Markdown that becomes `bodyKey`. Each is checked by `fields`, then by `input` (the
 * schema the API checks an editor's input with, whose normalised values are kept).
 */
function readFolder<F extends z.ZodType, I extends z.ZodType>(
  ...[dir, folder, bodyKey, fields, input]: [string, string, string, F, I]
) {
  type Read = Omit<z.output<F>, keyof z.output<I>> & z.output<I> & { file: string; slug: string };
  const names = readdirSync(join(dir, folder)).filter((name) => name.endsWith('.md'));
  return names
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10))
    .map((name, i): Read => {
      const file = `${folder}/${name}`;
      const content = readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n');
      const slug = /^\d+-(.+)\.md$/.exec(name)?.[1];
      const front = /^---\n([\s\S]*?)\n---\n\n?/.exec(content);
      const taken = names.slice(0, i).some((n) => n.replace(/^\d+-/, '') === `${slug}.md`);
      if (!slug || !front || taken) {
        throw new Error(
          `Demo data ${file}: expected a unique <number>-<slug>.md with front matter`,
        );
      }
      const data = {
        ...(yaml(file, front[1]) as object),
        [bodyKey]: content.slice(front[0].length),
      };
      const [own, normalised] = [check(file, fields, { ...data, slug }), check(file, input, data)];
      return { ...(own as object), ...(normalised as object), file, slug } as Read;
    });
}

const readYaml = (dir: string, file: string) => yaml(file, readFileSync(join(dir, file), 'utf8'));

/** The demo accounts and their password, alone: the API reads them to tell demo mode. */
export const loadDemoUsers = (dir = DEMO_DATA_DIR) =>
  check('users.yaml', usersFile, readYaml(dir, 'users.yaml'));

/** Reads and validates every demo data file; throws naming the file and the field. */
export function loadDemoData(dir = DEMO_DATA_DIR) {
  const [patternInput, collectionInput] = [
    domain.misusePatternInputSchema,
    domain.collectionInputSchema,
  ];
  return {
    users: loadDemoUsers(dir),
    organizations: check('organizations.yaml', organizations, readYaml(dir, 'organizations.yaml')),
    practices: readFolder(dir, 'practices', 'body', practice, domain.practiceInputSchema),
    patterns: readFolder(dir, 'misuse-patterns', 'description', pattern, patternInput),
    events: readFolder(dir, 'events', 'description', event, domain.eventInputSchema),
    collections: readFolder(dir, 'collections', 'introduction', collection, collectionInput),
    threads: check('discussions.yaml', z.array(thread), readYaml(dir, 'discussions.yaml')),
  };
}

export type DemoData = ReturnType<typeof loadDemoData>;
