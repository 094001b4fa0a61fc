import {
  EVIDENCE_LEVEL_CODES,
  FORM_OF_EXPLOITATION_CODES,
  ILO_FORCED_LABOUR_INDICATOR_CODES,
  PRACTICE_STATUS_CODES,
  PURPOSE_CODES,
  REGION_CODES,
  SECTOR_CODES,
  SURVIVOR_INVOLVEMENT_CODES,
  TARGET_USER_CODES,
  TECHNOLOGY_CODES,
} from '@alliance/domain';
import { RateLimitService } from '../src/common/rate-limit/rate-limit.service';
import { toGlobalId } from '../src/common/relay/global-id';
import { OpenDataService } from '../src/open-data/open-data.service';
import {
  createCountermeasureRow,
  createOrganization,
  createPatternRow,
  createPracticeRow,
  createUser,
} from './utils/fixtures';
import { startTestPlatform, type TestPlatform } from './utils/test-platform';

/** Every column of the CSV, in order: the JSON fields flattened (docs/open-data.md). */
const CSV_HEADER = [
  'id',
  'slug',
  'url',
  'title',
  'summary',
  'body',
  'focusAreas',
  'purposes',
  'formsOfExploitation',
  'technologies',
  'targetUsers',
  'sectors',
  'countries',
  'regions',
  'global',
  'languages',
  'status',
  'yearStarted',
  'yearEnded',
  'evidenceLevel',
  'survivorInvolvement',
  'sdg87',
  'iloIndicators',
  'links',
  'organizationName',
  'organizationSlug',
  'organizationCountry',
  'organizationStakeholderType',
  'partnerOrganizationNames',
  'partnerOrganizationSlugs',
  'publishedAt',
  'updatedAt',
  'endorsementCount',
];

/** A small RFC 4180 reader, independent of the writer under test. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
        if (i < text.length && !/[,\r]/.test(text[i]))
          throw new Error(`text after a closing quote at ${i}`);
      } else {
        field += c;
        i++;
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`a bare line break outside quotes at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || record.length) throw new Error('the last record does not end with CRLF');
  return records;
}

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(raw: string): string {
  return raw.replace(/&([^;]*);?|</g, (match, entity: string | undefined) => {
    if (match === '<' || entity === undefined || !match.endsWith(';'))
      throw new Error(`bad markup in text: ${raw}`);
    if (entity in XML_ENTITIES) return XML_ENTITIES[entity];
    const code = /^#x([0-9a-f]+)$/i.exec(entity)
      ? parseInt(entity.slice(2), 16)
      : /^#\d+$/.test(entity)
        ? Number(entity.slice(1))
        : NaN;
    if (Number.isNaN(code)) throw new Error(`unknown entity &${entity};`);
    return String.fromCodePoint(code);
  });
}

/**
 * A strict little XML reader (no XML parser is installed for the API): one root, balanced
 * tags, quoted unique attributes, only the predefined and numeric entities, no stray < or &.
 */
function parseXml(xml: string): XmlNode {
  // The sitemap library writes the root element straight after the declaration, without a line break.
  const declaration = /^<\?xml version="1\.0" encoding="(utf|UTF)-8"\?>\n?/.exec(xml);
  if (!declaration) throw new Error('missing XML declaration');
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  for (const [token] of xml.slice(declaration[0].length).matchAll(/<[^>]*>|[^<]+/g)) {
    if (token.startsWith('</')) {
      const name = /^<\/([A-Za-z_][\w:.-]*)\s*>$/.exec(token)?.[1];
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`${token} does not close <${open?.name}>`);
    } else if (token.startsWith('<')) {
      const tag = /^<([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"<]*")*)\s*(\/?)>$/.exec(token);
      if (!tag) throw new Error(`malformed tag ${token}`);
      const node: XmlNode = { name: tag[1], attrs: {}, children: [], text: '' };
      for (const [, name, value] of tag[2].matchAll(/([A-Za-z_][\w:.-]*)="([^"]*)"/g)) {
        if (name in node.attrs) throw new Error(`duplicate attribute ${name} in ${token}`);
        node.attrs[name] = decodeXml(value);
      }
      if (stack.length) stack[stack.length - 1].children.push(node);
      else if (root) throw new Error('more than one root element');
      else root = node;
      if (!tag[3]) stack.push(node);
    } else if (stack.length) {
      stack[stack.length - 1].text += decodeXml(token);
    } else if (token.trim()) {
      throw new Error(`text outside the root element: ${token}`);
    }
  }
  if (!root || stack.length) throw new Error('unclosed elements');
  return root;
}

/** The JSON body of an error answer. */
type ErrorBody = { error: { code: string; message: string } };

const child = (node: XmlNode, name: string) => node.children.find((c) => c.name === name);
const childrenNamed = (node: XmlNode, name: string) => node.children.filter((c) => c.name === name);

describe('open data: exports, feed and sitemap', () => {
  let t: TestPlatform;
  let get: (path: string, headers?: Record<string, string>) => Promise<Response>;
  const ago = (days: number) => new Date(Date.now() - days * 86_400_000);
  const tricky = {
    title: 'Cash, "cards" and chats\nacross borders',
    summary: '=HYPERLINK("http://evil.example","click") to see the summary.',
  };
  const secrets = {
    members: 'MEMBERS-ONLY-PRACTICE',
    restricted: 'RESTRICTED-PRACTICE',
    draft: 'DRAFT-PRACTICE',
    archived: 'ARCHIVED-PRACTICE',
    contact: 'secret-contact@example.org',
  };
  let owner: Awaited<ReturnType<typeof createOrganization>>;
  let partner: Awaited<ReturnType<typeof createOrganization>>;
  let hiddenOnly: Awaited<ReturnType<typeof createOrganization>>;
  let verifiedWithout: Awaited<ReturnType<typeof createOrganization>>;
  let main: Awaited<ReturnType<typeof createPracticeRow>>;
  let other: Awaited<ReturnType<typeof createPracticeRow>>;
  let membersOnly: Awaited<ReturnType<typeof createPracticeRow>>;

  beforeAll(async () => {
    t = await startTestPlatform({ PUBLIC_URL: 'https://commons.example.org' });
    get = (path, headers = {}) => fetch(`${t.url}${path}`, { headers });
    owner = await createOrganization(t.db, {
      name: 'Research & <Action> Lab',
      country: 'AT',
      stakeholderType: 'ACADEMIA',
      verifiedAt: new Date(),
    });
    partner = await createOrganization(t.db, {
      name: 'Partner; "Network"',
      country: 'DE',
      stakeholderType: 'CIVIL_SOCIETY',
    });
    const endorser = await createOrganization(t.db, { country: 'FR' });
    hiddenOnly = await createOrganization(t.db, { country: 'IT' });
    verifiedWithout = await createOrganization(t.db, { country: 'ES', verifiedAt: new Date() });

    main = await createPracticeRow(t.db, owner.id, {
      ...tricky,
      body: '- first step\n- second, with "quotes"\n\n## Results\nIt works.',
      focusAreas: ['PREVENTION', 'PROTECTION'],
      purposes: [PURPOSE_CODES[0], PURPOSE_CODES[1]],
      formsOfExploitation: [FORM_OF_EXPLOITATION_CODES[1]],
      technologies: [TECHNOLOGY_CODES[0], TECHNOLOGY_CODES[2]],
      targetUsers: [TARGET_USER_CODES[0]],
      sectors: [SECTOR_CODES[0]],
      countries: ['AT', 'DE'],
      regions: [REGION_CODES[0]],
      isGlobal: true,
      languages: ['en', 'de'],
      status: PRACTICE_STATUS_CODES[2],
      yearStarted: 2019,
      yearEnded: 2024,
      evidenceLevel: EVIDENCE_LEVEL_CODES[1],
      survivorInvolvement: SURVIVOR_INVOLVEMENT_CODES[1],
      sdg87: true,
      iloIndicators: [ILO_FORCED_LABOUR_INDICATOR_CODES[0], ILO_FORCED_LABOUR_INDICATOR_CODES[3]],
      links: [
        { label: 'Website', url: 'https://example.org/a;b' },
        { label: 'Report', url: 'https://example.org/report.pdf' },
      ],
      contact: secrets.contact,
      publishedAt: ago(1),
    });
    other = await createPracticeRow(t.db, owner.id, {
      title: 'Tools & <tricks> for "safe" sites',
      summary: 'Plain summary of the other practice, long enough.',
      focusAreas: ['PROSECUTION'],
      countries: ['FR'],
      publishedAt: ago(2),
    });
    membersOnly = await createPracticeRow(t.db, hiddenOnly.id, {
      title: secrets.members,
      visibility: 'MEMBERS',
      focusAreas: ['PROSECUTION'],
      countries: ['FR'],
    });
    await createPracticeRow(t.db, hiddenOnly.id, {
      title: secrets.restricted,
      visibility: 'RESTRICTED',
      visibleTo: ['CIVIL_SOCIETY', 'ACADEMIA'],
      focusAreas: ['PROSECUTION'],
    });
    await createPracticeRow(t.db, hiddenOnly.id, {
      title: secrets.draft,
      state: 'DRAFT',
      publishedAt: null,
      focusAreas: ['PROSECUTION'],
    });
    await createPracticeRow(t.db, hiddenOnly.id, {
      title: secrets.archived,
      state: 'ARCHIVED',
      publishedAt: ago(30),
      focusAreas: ['PROSECUTION'],
    });
    await t.db.query(
      'INSERT INTO practice_partner (practice_id, organization_id) VALUES ($1, $2)',
      [main.id, partner.id],
    );
    await t.db.query(
      `INSERT INTO practice_endorsement (practice_id, organization_id, kind) VALUES ($1, $2, 'USES')`,
      [main.id, endorser.id],
    );
    // The other practice was last edited long ago (updatedSince).
    await t.db.query(`UPDATE practice SET updated_at = now() - interval '10 days' WHERE id = $1`, [
      other.id,
    ]);
  });
  afterAll(() => t.close());

  /** The body as text, BOM kept (Response.text() drops it). */
  const rawText = async (res: Response) =>
    new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
  const csvOf = async (res: Response) => {
    const text = await rawText(res);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...records] = parseCsv(text.slice(1));
    return records.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i]])));
  };
  const jsonOf = async (res: Response) =>
    (await res.json()) as { practices: any[]; [key: string]: unknown };
  /** An Atom feed, checked to be one, as text and parsed. */
  const atomOf = async (path: string) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const text = await res.text();
    return { text, root: parseXml(text) };
  };
  /** A response read to its end, for its caching headers. */
  const drained = async (path: string) => {
    const res = await get(path);
    await res.arrayBuffer();
    return res;
  };

  describe('GET /export/practices.csv', () => {
    it('is a UTF-8 CSV download with a BOM, a header row and one CRLF record per public published practice', async () => {
      const res = await get('/export/practices.csv');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="alliance-commons-practices.csv"',
      );
      expect(res.headers.get('cache-control')).toBe('public, max-age=300');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const records = parseCsv(bytes.toString('utf8').slice(1));
      expect(records[0]).toEqual(CSV_HEADER);
      expect(records.slice(1).map((r) => r[1])).toEqual([other.slug, main.slug]); // oldest publication first
      expect(records.every((r) => r.length === CSV_HEADER.length)).toBe(true);
    });

    it('gives every field, round-trips commas, quotes and line breaks, and neutralises formulas', async () => {
      const rows = await csvOf(await get('/export/practices.csv'));
      const row = rows.find((r) => r.slug === main.slug)!;
      expect(row).toEqual({
        id: toGlobalId('Practice', main.id),
        slug: main.slug,
        url: `https://commons.example.org/practices/${main.slug}`,
        title: tricky.title,
        summary: `'${tricky.summary}`,
        body: `'- first step\n- second, with "quotes"\n\n## Results\nIt works.`,
        focusAreas: 'PREVENTION;PROTECTION',
        purposes: `${PURPOSE_CODES[0]};${PURPOSE_CODES[1]}`,
        formsOfExploitation: FORM_OF_EXPLOITATION_CODES[1],
        technologies: `${TECHNOLOGY_CODES[0]};${TECHNOLOGY_CODES[2]}`,
        targetUsers: TARGET_USER_CODES[0],
        sectors: SECTOR_CODES[0],
        countries: 'AT;DE',
        regions: REGION_CODES[0],
        global: 'true',
        languages: 'en;de',
        status: PRACTICE_STATUS_CODES[2],
        yearStarted: '2019',
        yearEnded: '2024',
        evidenceLevel: EVIDENCE_LEVEL_CODES[1],
        survivorInvolvement: SURVIVOR_INVOLVEMENT_CODES[1],
        sdg87: 'true',
        iloIndicators: `${ILO_FORCED_LABOUR_INDICATOR_CODES[0]};${ILO_FORCED_LABOUR_INDICATOR_CODES[3]}`,
        links: 'https://example.org/a%3Bb;https://example.org/report.pdf',
        organizationName: 'Research & <Action> Lab',
        organizationSlug: owner.slug,
        organizationCountry: 'AT',
        organizationStakeholderType: 'ACADEMIA',
        partnerOrganizationNames: 'Partner; "Network"',
        partnerOrganizationSlugs: partner.slug,
        publishedAt: main.publishedAt!.toISOString(),
        updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        endorsementCount: '1',
      });
      const plain = rows.find((r) => r.slug === other.slug)!;
      expect(plain).toMatchObject({
        yearStarted: '',
        yearEnded: '',
        purposes: '',
        links: '',
        partnerOrganizationNames: '',
        global: 'false',
        sdg87: 'false',
        endorsementCount: '0',
      });
    });

    it('never contains members-only, restricted, draft or archived practices, nor contact details, whoever asks', async () => {
      const moderator = await createUser(t.db, { platformRole: 'MODERATOR' });
      for (const headers of [{}, moderator.session]) {
        const text = await rawText(await get('/export/practices.csv', headers));
        for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
        expect(parseCsv(text.slice(1))).toHaveLength(3);
      }
    });
  });

  describe('GET /export/practices.json', () => {
    it('wraps the practices with schema version, generation time, source and license', async () => {
      const res = await get('/export/practices.json');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('public, max-age=300');
      const body = await jsonOf(res);
      expect(body).toMatchObject({
        schemaVersion: 1,
        generatedAt: expect.stringMatching(/Z$/),
        source: 'https://commons.example.org',
        license: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
        filters: {},
      });
      expect(Object.keys(body)).toEqual([
        'schemaVersion',
        'generatedAt',
        'source',
        'license',
        'filters',
        'practices',
      ]);
      expect(body.practices.map((p) => p.slug)).toEqual([other.slug, main.slug]);
    });

    it('gives every field of a practice, unneutralised, and nothing private', async () => {
      const { practices } = await jsonOf(await get('/export/practices.json'));
      const p = practices.find((x) => x.slug === main.slug);
      expect(p).toEqual({
        id: toGlobalId('Practice', main.id),
        slug: main.slug,
        url: `https://commons.example.org/practices/${main.slug}`,
        title: tricky.title,
        summary: tricky.summary,
        body: main.body,
        focusAreas: ['PREVENTION', 'PROTECTION'],
        purposes: [PURPOSE_CODES[0], PURPOSE_CODES[1]],
        formsOfExploitation: [FORM_OF_EXPLOITATION_CODES[1]],
        technologies: [TECHNOLOGY_CODES[0], TECHNOLOGY_CODES[2]],
        targetUsers: [TARGET_USER_CODES[0]],
        sectors: [SECTOR_CODES[0]],
        countries: ['AT', 'DE'],
        regions: [REGION_CODES[0]],
        global: true,
        languages: ['en', 'de'],
        status: PRACTICE_STATUS_CODES[2],
        yearStarted: 2019,
        yearEnded: 2024,
        evidenceLevel: EVIDENCE_LEVEL_CODES[1],
        survivorInvolvement: SURVIVOR_INVOLVEMENT_CODES[1],
        sdg87: true,
        iloIndicators: [ILO_FORCED_LABOUR_INDICATOR_CODES[0], ILO_FORCED_LABOUR_INDICATOR_CODES[3]],
        links: [
          { label: 'Website', url: 'https://example.org/a;b' },
          { label: 'Report', url: 'https://example.org/report.pdf' },
        ],
        organization: {
          name: 'Research & <Action> Lab',
          slug: owner.slug,
          country: 'AT',
          stakeholderType: 'ACADEMIA',
          url: `https://commons.example.org/organizations/${owner.slug}`,
        },
        partnerOrganizations: [
          {
            name: 'Partner; "Network"',
            slug: partner.slug,
            country: 'DE',
            stakeholderType: 'CIVIL_SOCIETY',
            url: `https://commons.example.org/organizations/${partner.slug}`,
          },
        ],
        publishedAt: main.publishedAt!.toISOString(),
        updatedAt: expect.any(String),
        endorsementCount: 1,
      });
      expect(JSON.stringify(practices)).not.toContain(secrets.contact);
    });

    it('never contains members-only, restricted, draft or archived practices, even for a signed-in admin', async () => {
      const admin = await createUser(t.db, { platformRole: 'ADMIN' });
      const text = await (await get('/export/practices.json', admin.session)).text();
      for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
      expect(JSON.parse(text).practices).toHaveLength(2);
    });

    it('filters by focus area, country and updatedSince, and echoes the filters', async () => {
      const slugs = async (query: string) =>
        (await jsonOf(await get(`/export/practices.json${query}`))).practices.map((p) => p.slug);
      expect(await slugs('?focusArea=PROSECUTION')).toEqual([other.slug]);
      expect(await slugs('?focusArea=protection')).toEqual([main.slug]);
      expect(await slugs('?focusArea=PROTECTION,PROSECUTION')).toEqual([other.slug, main.slug]);
      expect(await slugs('?country=fr')).toEqual([other.slug]);
      expect(await slugs('?country=DE&country=FR')).toEqual([other.slug, main.slug]);
      expect(await slugs('?country=PL')).toEqual([]);
      expect(await slugs('?focusArea=PREVENTION&country=FR')).toEqual([]);
      expect(await slugs(`?updatedSince=${ago(5).toISOString().slice(0, 10)}`)).toEqual([
        main.slug,
      ]);
      expect(await slugs(`?updatedSince=${encodeURIComponent(ago(20).toISOString())}`)).toEqual([
        other.slug,
        main.slug,
      ]);
      const body = await jsonOf(
        await get(
          '/export/practices.json?country=at,de&focusArea=prevention&updatedSince=2020-01-01',
        ),
      );
      expect(body.filters).toEqual({
        focusArea: ['PREVENTION'],
        country: ['AT', 'DE'],
        updatedSince: '2020-01-01T00:00:00.000Z',
      });
      const csv = await csvOf(await get('/export/practices.csv?focusArea=PROSECUTION'));
      expect(csv.map((r) => r.slug)).toEqual([other.slug]);
    });

    it('answers HEAD with the headers only', async () => {
      const res = await fetch(`${t.url}/export/practices.csv`, { method: 'HEAD' });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(await res.text()).toBe('');
    });
  });

  describe('bad query parameters', () => {
    it.each([
      ['/export/practices.csv?focusArea=NOPE', 'focusArea: "NOPE" is not a known focus area'],
      [
        '/export/practices.json?country=XX',
        'country: "XX" is not a known ISO 3166-1 alpha-2 country code',
      ],
      [
        '/export/practices.json?updatedSince=last-week',
        'updatedSince: Use an ISO 8601 date or date-time',
      ],
      [
        '/export/practices.json?updatedSince=2025-01-01&updatedSince=2025-02-01',
        'updatedSince: Give updatedSince once',
      ],
      ['/export/practices.csv?focusarea=PREVENTION', 'Unknown query parameter "focusarea"'],
      [
        '/feeds/practices.atom?focusArea=PREVENTION,BOGUS',
        'focusArea: "BOGUS" is not a known focus area',
      ],
      ['/feeds/practices.atom?country=Austria', 'country: "AUSTRIA" is not a known'],
      ['/feeds/practices.atom?updatedSince=2025-01-01', 'Unknown query parameter "updatedSince"'],
    ])('%s → 400 with a JSON error', async (path, message) => {
      const res = await get(path);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('content-disposition')).toBeNull();
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code).toBe('BAD_USER_INPUT');
      expect(body.error.message).toContain(message);
      expect(JSON.stringify(body)).not.toMatch(/stack|\.ts:\d|at \w+ \(/);
    });
  });

  describe('GET /feeds/practices.atom', () => {
    const feed = (query = '') => atomOf(`/feeds/practices.atom${query}`);

    it('is a well-formed Atom 1.0 feed of public practices, newest first, with everything escaped', async () => {
      const { text, root } = await feed();
      expect(root.name).toBe('feed');
      expect(root.attrs.xmlns).toBe('http://www.w3.org/2005/Atom');
      expect(child(root, 'id')!.text).toBe('https://commons.example.org/feeds/practices.atom');
      expect(child(root, 'title')!.text).toBe('Alliance Commons: promising practices');
      expect(child(root, 'updated')!.text).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      const self = childrenNamed(root, 'link').find((l) => l.attrs.rel === 'self')!;
      expect(self.attrs).toMatchObject({
        type: 'application/atom+xml',
        href: 'https://commons.example.org/feeds/practices.atom',
      });
      const entries = childrenNamed(root, 'entry');
      expect(entries.map((e) => child(e, 'title')!.text)).toEqual([
        tricky.title,
        'Tools & <tricks> for "safe" sites',
      ]);
      const [first, second] = entries;
      expect(child(first, 'id')!.text).toBe(
        `tag:commons.example.org,${main.publishedAt!.toISOString().slice(0, 10)}:practice:${toGlobalId('Practice', main.id)}`,
      );
      expect(child(first, 'link')!.attrs).toEqual({
        rel: 'alternate',
        type: 'text/html',
        href: `https://commons.example.org/practices/${main.slug}`,
      });
      expect(child(first, 'published')!.text).toBe(main.publishedAt!.toISOString());
      expect(child(first, 'updated')!.text).toMatch(/Z$/);
      expect(child(first, 'summary')!.text).toBe(tricky.summary);
      expect(child(child(first, 'author')!, 'name')!.text).toBe('Research & <Action> Lab');
      expect(childrenNamed(first, 'category').map((c) => c.attrs)).toEqual([
        { term: 'PREVENTION', label: 'Prevention' },
        { term: 'PROTECTION', label: 'Protection' },
      ]);
      expect(childrenNamed(second, 'category').map((c) => c.attrs.term)).toEqual(['PROSECUTION']);
      expect(text).toContain('Tools &amp; &lt;tricks&gt; for &quot;safe&quot; sites');
      for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
    });

    it('filters by focus area and country, saying so in its id, self link and title', async () => {
      const byFocus = (await feed('?focusArea=prosecution')).root;
      expect(childrenNamed(byFocus, 'entry').map((e) => child(e, 'title')!.text)).toEqual([
        'Tools & <tricks> for "safe" sites',
      ]);
      expect(child(byFocus, 'id')!.text).toBe(
        'https://commons.example.org/feeds/practices.atom?focusArea=PROSECUTION',
      );
      expect(child(byFocus, 'title')!.text).toBe(
        'Alliance Commons: promising practices (Prosecution)',
      );
      const byCountry = (await feed('?country=de')).root;
      expect(childrenNamed(byCountry, 'entry').map((e) => child(e, 'title')!.text)).toEqual([
        tricky.title,
      ]);
      expect(childrenNamed(byCountry, 'link').find((l) => l.attrs.rel === 'self')!.attrs.href).toBe(
        'https://commons.example.org/feeds/practices.atom?country=DE',
      );
      const none = (await feed('?focusArea=PARTNERSHIP&country=AT')).root;
      expect(childrenNamed(none, 'entry')).toHaveLength(0);
      expect(child(none, 'updated')!.text).toMatch(/Z$/);
    });

    it('holds at most the 50 most recently published', async () => {
      await t.db.query(
        `INSERT INTO practice (slug, title, summary, organization_id, state, visibility, focus_areas, countries, status, evidence_level, survivor_involvement, published_at)
         SELECT 'feed-bulk-' || n, 'Feed bulk ' || n, 'A bulk practice for the feed limit.', $1, 'PUBLISHED', 'PUBLIC', '{PARTNERSHIP}', '{LU}', 'ACTIVE', 'NONE', 'NONE', now() - n * interval '1 minute'
           FROM generate_series(1, 55) n`,
        [owner.id],
      );
      try {
        const entries = childrenNamed((await feed('?country=LU')).root, 'entry');
        expect(entries).toHaveLength(50);
        expect(child(entries[0], 'title')!.text).toBe('Feed bulk 1');
        expect(child(entries[49], 'title')!.text).toBe('Feed bulk 50');
      } finally {
        await t.db.query(`DELETE FROM practice WHERE slug LIKE 'feed-bulk-%'`);
      }
    });
  });

  describe('GET /sitemap.xml', () => {
    it('lists the public pages of the web app and nothing members-only', async () => {
      const res = await get('/sitemap.xml');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
      const text = await res.text();
      const root = parseXml(text);
      expect(root.name).toBe('urlset');
      expect(root.attrs.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
      const urls = new Map(
        childrenNamed(root, 'url').map((u) => [child(u, 'loc')!.text, child(u, 'lastmod')?.text]),
      );
      const base = 'https://commons.example.org';
      for (const page of ['/', '/about', '/practices', '/organizations', '/discussions'])
        expect(urls.has(`${base}${page}`)).toBe(true);
      expect(urls.get(`${base}/practices/${main.slug}`)).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
      expect(urls.has(`${base}/practices/${other.slug}`)).toBe(true);
      expect(urls.has(`${base}/practices/${membersOnly.slug}`)).toBe(false);
      expect([...urls.keys()].filter((u) => u.startsWith(`${base}/practices/`))).toHaveLength(2);
      // Organizations: verified ones and owners of public practices; not an unverified one with nothing public.
      expect(urls.has(`${base}/organizations/${owner.slug}`)).toBe(true);
      expect(urls.has(`${base}/organizations/${verifiedWithout.slug}`)).toBe(true);
      expect(urls.has(`${base}/organizations/${hiddenOnly.slug}`)).toBe(false);
      // Public discussion categories; the members-only one is left out.
      expect(urls.has(`${base}/discussions/c/research-data`)).toBe(true);
      expect(urls.has(`${base}/discussions/c/law-enforcement-exchange`)).toBe(false);
      for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
    });
  });

  describe('caching', () => {
    it('answers 304 to a matching If-None-Match or If-Modified-Since, and changes the ETag when the data changes', async () => {
      const first = await drained('/export/practices.csv');
      const etag = first.headers.get('etag')!;
      const lastModified = first.headers.get('last-modified')!;
      expect(etag).toMatch(/^W\/"[\w-]+"$/);
      expect(new Date(lastModified).getTime()).not.toBeNaN();

      const cached = await get('/export/practices.csv', { 'if-none-match': etag });
      expect(cached.status).toBe(304);
      expect(await cached.text()).toBe('');
      expect(cached.headers.get('etag')).toBe(etag);
      expect(cached.headers.get('cache-control')).toBe('public, max-age=300');
      expect(
        (await get('/export/practices.csv', { 'if-modified-since': lastModified })).status,
      ).toBe(304);

      // Other formats and filters are other representations.
      const json = await drained('/export/practices.json');
      expect(json.headers.get('etag')).not.toBe(etag);
      expect(
        (await get('/export/practices.json', { 'if-none-match': json.headers.get('etag')! }))
          .status,
      ).toBe(304);
      expect(
        (await get('/export/practices.csv?country=AT', { 'if-none-match': etag })).status,
      ).toBe(200);

      const feedEtag = (await get('/feeds/practices.atom')).headers.get('etag')!;
      expect((await get('/feeds/practices.atom', { 'if-none-match': feedEtag })).status).toBe(304);
      const sitemapEtag = (await get('/sitemap.xml')).headers.get('etag')!;
      expect((await get('/sitemap.xml', { 'if-none-match': sitemapEtag })).status).toBe(304);

      // An endorsement changes no practice's updated_at, yet the export shows its count.
      const late = await createOrganization(t.db);
      await t.db.query(
        `INSERT INTO practice_endorsement (practice_id, organization_id, kind) VALUES ($1, $2, 'REPLICATED')`,
        [other.id, late.id],
      );
      const changed = await get('/export/practices.csv', { 'if-none-match': etag });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
      expect((await csvOf(changed)).find((r) => r.slug === other.slug)!.endorsementCount).toBe('1');
      // So does unpublishing a practice.
      const before = (await get('/sitemap.xml')).headers.get('etag')!;
      await t.db.query(
        `UPDATE practice SET visibility = 'MEMBERS', updated_at = now() WHERE id = $1`,
        [other.id],
      );
      try {
        const after = await get('/sitemap.xml', { 'if-none-match': before });
        expect(after.status).toBe(200);
        expect(await after.text()).not.toContain(other.slug);
      } finally {
        await t.db.query(`UPDATE practice SET visibility = 'PUBLIC' WHERE id = $1`, [other.id]);
      }
    });
  });

  describe('large exports', () => {
    it('pages through the library in keyset batches without gaps or repeats, even on equal publication times', async () => {
      const same = new Date('2024-06-01T12:00:00.123456Z');
      await t.db.query(
        `INSERT INTO practice (slug, title, summary, organization_id, state, visibility, focus_areas, countries, status, evidence_level, survivor_involvement, published_at)
         SELECT 'batch-' || n, 'Batch ' || n, 'A bulk practice for batching.', $1, 'PUBLISHED', 'PUBLIC', '{PARTNERSHIP}', '{MT}', 'ACTIVE', 'NONE', 'NONE', $2
           FROM generate_series(1, 7) n`,
        [owner.id, same],
      );
      try {
        const batches: string[][] = [];
        for await (const batch of t.platform.app
          .get(OpenDataService)
          .practiceBatches({ countries: ['MT'] }, 3))
          batches.push(batch.map((r) => r.slug));
        expect(batches.map((b) => b.length)).toEqual([3, 3, 1]);
        expect(new Set(batches.flat()).size).toBe(7);
      } finally {
        await t.db.query(`DELETE FROM practice WHERE slug LIKE 'batch-%'`);
      }
    });

    it('streams more rows than one batch holds, in both formats', async () => {
      await t.db.query(
        `INSERT INTO practice (slug, title, summary, body, organization_id, state, visibility, focus_areas, countries, status, evidence_level, survivor_involvement, published_at)
         SELECT 'bulk-' || n, 'Bulk ' || n, 'A bulk practice, number ' || n || '.', repeat('Body text. ', 50), $1, 'PUBLISHED', 'PUBLIC', '{PARTNERSHIP}', '{CY}', 'ACTIVE', 'NONE', 'NONE', now() - n * interval '1 second'
           FROM generate_series(1, 1201) n`,
        [owner.id],
      );
      try {
        const json = await jsonOf(await get('/export/practices.json?country=CY'));
        expect(json.practices).toHaveLength(1201);
        expect(new Set(json.practices.map((p) => p.slug)).size).toBe(1201);
        expect(json.practices[0].slug).toBe('bulk-1201');
        const csv = await csvOf(await get('/export/practices.csv'));
        expect(csv).toHaveLength(1203);
      } finally {
        await t.db.query(`DELETE FROM practice WHERE slug LIKE 'bulk-%'`);
      }
    });
  });

  describe('misuse patterns', () => {
    const PATTERN_HEADER = [
      'id',
      'slug',
      'url',
      'title',
      'summary',
      'description',
      'stages',
      'technologies',
      'formsOfExploitation',
      'indicators',
      'regions',
      'trend',
      'sources',
      'organizationName',
      'organizationSlug',
      'organizationCountry',
      'organizationStakeholderType',
      'publishedAt',
      'updatedAt',
      'countermeasureCount',
      'practiceSlugs',
    ];
    const hidden = {
      members: 'MEMBERS-ONLY-PATTERN',
      restricted: 'RESTRICTED-PATTERN',
      draft: 'DRAFT-PATTERN',
      archived: 'ARCHIVED-PATTERN',
      note: 'NOTE-ON-A-HIDDEN-PRACTICE',
    };
    let patternOwner: Awaited<ReturnType<typeof createOrganization>>;
    let patternOnly: Awaited<ReturnType<typeof createOrganization>>;
    let deepfakes: Awaited<ReturnType<typeof createPatternRow>>;
    let mules: Awaited<ReturnType<typeof createPatternRow>>;
    let membersPattern: Awaited<ReturnType<typeof createPatternRow>>;
    let linked: Awaited<ReturnType<typeof createPracticeRow>>;

    beforeAll(async () => {
      patternOwner = await createOrganization(t.db, {
        name: 'Payments "Watch"',
        country: 'SE',
        stakeholderType: 'PRIVATE_SECTOR',
      });
      // Unverified, with nothing but an open pattern: still worth a sitemap entry.
      patternOnly = await createOrganization(t.db, { country: 'PT' });
      linked = await createPracticeRow(t.db, patternOwner.id, {
        title: 'Linked open practice',
        publishedAt: ago(40),
      });
      const hiddenPractice = await createPracticeRow(t.db, patternOwner.id, {
        title: 'Hidden linked practice',
        visibility: 'MEMBERS',
        publishedAt: ago(40),
      });
      mules = await createPatternRow(t.db, patternOwner.id, {
        title: '=Mule accounts, "rented"',
        summary: 'Accounts of exploited people, used to move money; with a comma.',
        description: '## How it works\nLine one.\n\n- a "quoted" point',
        stages: ['FINANCIAL_FLOWS', 'CONTROL_AND_EXPLOITATION'],
        technologies: ['ONLINE_PAYMENTS_AND_FINTECH'],
        formsOfExploitation: ['FORCED_LABOUR', 'FORCED_CRIMINALITY'],
        indicators: ['Several accounts; one device', 'Wages withdrawn on payday'],
        regions: ['NORTHERN_EUROPE'],
        trend: 'ESTABLISHED',
        sources: [{ label: 'Report', url: 'https://example.org/r;1' }],
        publishedAt: ago(4),
      });
      deepfakes = await createPatternRow(t.db, patternOnly.id, {
        title: 'Deepfake recruiters',
        stages: ['RECRUITMENT'],
        technologies: ['GENERATIVE_AI_AND_DEEPFAKES'],
        trend: 'EMERGING',
        publishedAt: ago(3),
      });
      membersPattern = await createPatternRow(t.db, patternOwner.id, {
        title: hidden.members,
        visibility: 'MEMBERS',
        stages: ['FINANCIAL_FLOWS'],
        technologies: ['ONLINE_PAYMENTS_AND_FINTECH'],
      });
      await createPatternRow(t.db, patternOwner.id, {
        title: hidden.restricted,
        visibility: 'RESTRICTED',
        visibleTo: ['GOVERNMENT'],
        stages: ['FINANCIAL_FLOWS'],
      });
      await createPatternRow(t.db, patternOwner.id, {
        title: hidden.draft,
        state: 'DRAFT',
        publishedAt: null,
      });
      await createPatternRow(t.db, patternOwner.id, {
        title: hidden.archived,
        state: 'ARCHIVED',
        publishedAt: ago(50),
      });
      await createCountermeasureRow(t.db, linked.id, mules.id, {
        approach: 'DETECTS',
        note: 'Flags shared devices.',
      });
      await createCountermeasureRow(t.db, hiddenPractice.id, mules.id, {
        approach: 'DISRUPTS',
        note: hidden.note,
      });
      await createCountermeasureRow(t.db, linked.id, membersPattern.id, { approach: 'DETECTS' });
      await t.db.query(
        `INSERT INTO event (slug, name, starts_on, ends_on) VALUES ('open-data-conference', 'Open data conference', '2019-04-08', '2019-04-09')`,
      );
      await t.db.query(
        `INSERT INTO collection (slug, title) VALUES ('open-data-collection', 'Open data collection')`,
      );
    });

    it('exports public published patterns as CSV with every field, oldest first, counting only open countermeasures', async () => {
      const res = await get('/export/misuse-patterns.csv');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="alliance-commons-misuse-patterns.csv"',
      );
      const text = await rawText(res);
      expect(parseCsv(text.slice(1))[0]).toEqual(PATTERN_HEADER);
      const rows = await csvOf(new Response(text));
      expect(rows.map((r) => r.slug)).toEqual([mules.slug, deepfakes.slug]);
      expect(rows[0]).toEqual({
        id: toGlobalId('MisusePattern', mules.id),
        slug: mules.slug,
        url: `https://commons.example.org/misuse-patterns/${mules.slug}`,
        title: `'=Mule accounts, "rented"`,
        summary: 'Accounts of exploited people, used to move money; with a comma.',
        description: '## How it works\nLine one.\n\n- a "quoted" point',
        stages: 'FINANCIAL_FLOWS;CONTROL_AND_EXPLOITATION',
        technologies: 'ONLINE_PAYMENTS_AND_FINTECH',
        formsOfExploitation: 'FORCED_LABOUR;FORCED_CRIMINALITY',
        indicators: 'Several accounts; one device\nWages withdrawn on payday',
        regions: 'NORTHERN_EUROPE',
        trend: 'ESTABLISHED',
        sources: 'https://example.org/r%3B1',
        organizationName: 'Payments "Watch"',
        organizationSlug: patternOwner.slug,
        organizationCountry: 'SE',
        organizationStakeholderType: 'PRIVATE_SECTOR',
        publishedAt: mules.publishedAt!.toISOString(),
        updatedAt: expect.stringMatching(/Z$/),
        countermeasureCount: '1',
        practiceSlugs: linked.slug,
      });
      expect(rows[1]).toMatchObject({
        countermeasureCount: '0',
        practiceSlugs: '',
        technologies: 'GENERATIVE_AI_AND_DEEPFAKES',
      });
      for (const secret of Object.values(hidden)) expect(text).not.toContain(secret);
    });

    it('exports the same as JSON, with countermeasures to open practices only, whoever asks', async () => {
      const moderator = await createUser(t.db, { platformRole: 'MODERATOR' });
      const res = await get('/export/misuse-patterns.json', moderator.session);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const text = await res.text();
      for (const secret of Object.values(hidden)) expect(text).not.toContain(secret);
      const body = JSON.parse(text);
      expect(Object.keys(body)).toEqual([
        'schemaVersion',
        'generatedAt',
        'source',
        'license',
        'filters',
        'misusePatterns',
      ]);
      expect(body).toMatchObject({ schemaVersion: 1, license: { id: 'CC-BY-4.0' }, filters: {} });
      expect(body.misusePatterns.map((m: { slug: string }) => m.slug)).toEqual([
        mules.slug,
        deepfakes.slug,
      ]);
      expect(body.misusePatterns[0]).toEqual({
        id: toGlobalId('MisusePattern', mules.id),
        slug: mules.slug,
        url: `https://commons.example.org/misuse-patterns/${mules.slug}`,
        title: '=Mule accounts, "rented"',
        summary: mules.summary,
        description: mules.description,
        stages: ['FINANCIAL_FLOWS', 'CONTROL_AND_EXPLOITATION'],
        technologies: ['ONLINE_PAYMENTS_AND_FINTECH'],
        formsOfExploitation: ['FORCED_LABOUR', 'FORCED_CRIMINALITY'],
        indicators: ['Several accounts; one device', 'Wages withdrawn on payday'],
        regions: ['NORTHERN_EUROPE'],
        trend: 'ESTABLISHED',
        sources: [{ label: 'Report', url: 'https://example.org/r;1' }],
        organization: {
          name: 'Payments "Watch"',
          slug: patternOwner.slug,
          country: 'SE',
          stakeholderType: 'PRIVATE_SECTOR',
          url: `https://commons.example.org/organizations/${patternOwner.slug}`,
        },
        publishedAt: mules.publishedAt!.toISOString(),
        updatedAt: expect.any(String),
        countermeasureCount: 1,
        countermeasures: [
          {
            practiceSlug: linked.slug,
            practiceUrl: `https://commons.example.org/practices/${linked.slug}`,
            approach: 'DETECTS',
            note: 'Flags shared devices.',
          },
        ],
      });
    });

    it('filters by stage and technology, refusing unknown codes', async () => {
      type Body = { filters: unknown; misusePatterns: { slug: string }[] };
      const body = async (query: string) =>
        (await (await get(`/export/misuse-patterns.json${query}`)).json()) as Body;
      const slugs = async (query: string) => (await body(query)).misusePatterns.map((m) => m.slug);
      expect(await slugs('?stage=recruitment')).toEqual([deepfakes.slug]);
      expect(
        await slugs('?technology=ONLINE_PAYMENTS_AND_FINTECH,GENERATIVE_AI_AND_DEEPFAKES'),
      ).toEqual([mules.slug, deepfakes.slug]);
      expect(await slugs('?stage=MOVEMENT')).toEqual([]);
      expect((await body('?stage=financial_flows')).filters).toEqual({
        stage: ['FINANCIAL_FLOWS'],
      });
      const bad = await get('/export/misuse-patterns.csv?technology=TELEPATHY');
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as ErrorBody).error).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining('"TELEPATHY" is not a known misused technology'),
      });
      expect((await get('/feeds/misuse-patterns.atom?focusArea=PREVENTION')).status).toBe(400);
    });

    it('publishes an Atom feed of public patterns, newest first, with stages and technologies as categories', async () => {
      const { text, root } = await atomOf(
        '/feeds/misuse-patterns.atom?technology=generative_ai_and_deepfakes,online_payments_and_fintech',
      );
      expect(child(root, 'id')!.text).toBe(
        'https://commons.example.org/feeds/misuse-patterns.atom?technology=GENERATIVE_AI_AND_DEEPFAKES,ONLINE_PAYMENTS_AND_FINTECH',
      );
      expect(child(root, 'title')!.text).toBe(
        'Alliance Commons: misuse patterns (Generative AI and deepfakes, Online payments and fintech)',
      );
      const entries = childrenNamed(root, 'entry');
      expect(entries.map((e) => child(e, 'title')!.text)).toEqual([
        'Deepfake recruiters',
        '=Mule accounts, "rented"',
      ]);
      expect(child(entries[1], 'id')!.text).toBe(
        `tag:commons.example.org,${mules.publishedAt!.toISOString().slice(0, 10)}:misuse-pattern:${toGlobalId('MisusePattern', mules.id)}`,
      );
      expect(child(entries[1], 'link')!.attrs.href).toBe(
        `https://commons.example.org/misuse-patterns/${mules.slug}`,
      );
      expect(childrenNamed(entries[1], 'category').map((c) => c.attrs)).toEqual([
        { term: 'FINANCIAL_FLOWS', label: 'Financial flows and laundering' },
        { term: 'CONTROL_AND_EXPLOITATION', label: 'Control and exploitation' },
        { term: 'ONLINE_PAYMENTS_AND_FINTECH', label: 'Online payments and fintech' },
      ]);
      for (const secret of Object.values(hidden)) expect(text).not.toContain(secret);
      const all = childrenNamed(
        parseXml(await (await get('/feeds/misuse-patterns.atom')).text()),
        'entry',
      );
      expect(all).toHaveLength(2);
    });

    it('lists public patterns, events and collections in the sitemap, and their owners', async () => {
      const text = await (await get('/sitemap.xml')).text();
      const urls = new Set(childrenNamed(parseXml(text), 'url').map((u) => child(u, 'loc')!.text));
      const base = 'https://commons.example.org';
      for (const path of [
        '/misuse-patterns',
        '/events',
        '/collections',
        `/misuse-patterns/${mules.slug}`,
        `/misuse-patterns/${deepfakes.slug}`,
        '/events/open-data-conference',
        '/collections/open-data-collection',
      ]) {
        expect([path, urls.has(`${base}${path}`)]).toEqual([path, true]);
      }
      expect([...urls].filter((u) => u.startsWith(`${base}/misuse-patterns/`))).toHaveLength(2);
      expect(urls.has(`${base}/misuse-patterns/${membersPattern.slug}`)).toBe(false);
      expect(urls.has(`${base}/organizations/${patternOnly.slug}`)).toBe(true);
      for (const secret of Object.values(hidden)) expect(text).not.toContain(secret);
    });

    it('changes the ETag when a pattern or countermeasure changes', async () => {
      const first = await drained('/export/misuse-patterns.csv');
      const etag = first.headers.get('etag')!;
      expect((await get('/export/misuse-patterns.csv', { 'if-none-match': etag })).status).toBe(
        304,
      );
      // The practice export is another representation.
      expect((await get('/export/practices.csv', { 'if-none-match': etag })).status).toBe(200);
      await createCountermeasureRow(t.db, linked.id, deepfakes.id, { approach: 'PREVENTS' });
      const changed = await get('/export/misuse-patterns.csv', { 'if-none-match': etag });
      expect(changed.status).toBe(200);
      expect(
        (await csvOf(changed)).find((r) => r.slug === deepfakes.slug)!.countermeasureCount,
      ).toBe('1');
      const feedEtag = (await get('/feeds/misuse-patterns.atom')).headers.get('etag')!;
      await t.db.query(
        `UPDATE misuse_pattern SET visibility = 'MEMBERS', updated_at = now() WHERE id = $1`,
        [deepfakes.id],
      );
      const after = await get('/feeds/misuse-patterns.atom', { 'if-none-match': feedEtag });
      expect(after.status).toBe(200);
      expect(await after.text()).not.toContain('Deepfake recruiters');
    });
  });

  it('counts open-data requests against the per-IP limit and answers 429 as JSON', async () => {
    const ip = '203.0.113.77';
    await t.platform.app.get(RateLimitService).consume('api:ip', ip, 300);
    const res = await get('/export/practices.json', { 'x-forwarded-for': ip });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('RATE_LIMITED');
    expect((await get('/sitemap.xml', { 'x-forwarded-for': ip })).status).toBe(429);
    expect((await get('/sitemap.xml', { 'x-forwarded-for': '203.0.113.78' })).status).toBe(200);
  });
});
