import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  EndorsePracticeDocument,
  PracticeRevisionsDocument,
  PublishPracticeDocument,
  UnpublishPracticeDocument,
} from '@alliance/graphql';
import {
  membership,
  orgRef,
  practiceDetails,
  practicePageMock,
  viewerMembershipsMock,
} from '../../../test/practiceMocks';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';

const slug = 'multichannel-hotline';
const nordic = {
  id: 'T3JnOjM',
  slug: 'nordic-payments-fcu',
  name: 'Nordic Payments FCU',
  verified: true,
};

function revisionsMock(revisions: unknown[]) {
  return {
    request: { query: PracticeRevisionsDocument, variables: { slug } },
    result: { data: { practice: { __typename: 'Practice', id: 'UHJhY3RpY2U6MQ', revisions } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const snapshot = {
  title: 'Multichannel anti-trafficking hotline',
  summary: 'A hotline reachable by phone and chat.',
  body: '## Problem',
  focusAreas: ['PROTECTION'],
  technologies: ['HOTLINE_CHATBOT_AND_MESSAGING'],
  countries: ['MD'],
  isGlobal: false,
  status: 'PILOT',
  yearStarted: 2019,
  links: [],
  visibility: 'PUBLIC',
};
const revision = (number: number, snap: Record<string, unknown>, changedFields: string[]) => ({
  __typename: 'PracticeRevision',
  id: `UmV2OjE${number}`,
  number,
  createdAt: `2026-0${number}-10T10:00:00.000Z`,
  changedFields,
  snapshot: snap,
  author: { __typename: 'User', id: 'VXNlcjo0', displayName: 'Elena Rusu' },
});

describe('Practice page', () => {
  it('shows a visitor the practice with its sanitised description and structured facts', async () => {
    const practice = practiceDetails({
      contact: null,
      body: '## Approach\n\nWe answer **everywhere**. <img src=x onerror="alert(1)"> [bad](javascript:alert(1)) [good](https://example.org)',
      partners: [
        { id: 'T3JnOjU', slug: 'rmpo', name: 'Regional Migration Office', verified: true },
      ],
      endorsements: [
        {
          kind: 'USES',
          comment: 'We route our calls to it.',
          createdAt: '2026-04-01T10:00:00.000Z',
          organization: orgRef(nordic),
        },
        {
          kind: 'REPLICATED',
          comment: '',
          createdAt: '2026-05-01T10:00:00.000Z',
          organization: orgRef({ id: 'T3JnOjY', slug: 'calri', name: 'CALRI', verified: false }),
        },
      ],
    });
    renderRoute(`/practices/${slug}`, [practicePageMock(slug, practice)]);

    expect(
      await screen.findByRole('heading', { level: 1, name: practice.title }),
    ).toBeInTheDocument();
    expect(document.title).toBe(`${practice.title} · Alliance Commons`);
    expect(screen.getByTestId('practice-summary')).toHaveTextContent(practice.summary);
    expect(screen.getByTestId('visibility-badge')).toHaveTextContent('Public');
    expect(screen.getByTestId('view-count')).toHaveTextContent('120 views');

    const main = screen.getByRole('tabpanel');
    expect(within(main).getByRole('heading', { level: 2, name: 'Approach' })).toBeInTheDocument();
    expect(main.querySelector('img, [onerror]')).toBeNull();
    expect(within(main).queryByRole('link', { name: 'bad' })).not.toBeInTheDocument();
    expect(within(main).getByRole('link', { name: /^good/ })).toHaveAttribute(
      'rel',
      'nofollow noopener noreferrer',
    );

    const facts = screen.getByRole('complementary', { name: 'At a glance' });
    expect(within(facts).getByRole('link', { name: 'SafeRoutes Network' })).toHaveAttribute(
      'href',
      '/organizations/saferoutes-network',
    );
    expect(within(facts).getByTestId('fact-organization')).toHaveTextContent('Verified');
    expect(
      within(facts).getByRole('link', { name: 'Regional Migration Office' }),
    ).toBeInTheDocument();
    expect(facts).toHaveTextContent('Moldova, Romania');
    expect(facts).toHaveTextContent('Eastern Europe');
    expect(facts).toHaveTextContent('Romanian, Russian');
    expect(facts).toHaveTextContent('Since 2019');
    expect(facts).toHaveTextContent('Monitoring data');
    expect(facts).toHaveTextContent('Consulted');
    expect(facts).toHaveTextContent('Hotline / chatbot / messaging');
    expect(within(facts).getByRole('link', { name: /Website/ })).toHaveAttribute(
      'target',
      '_blank',
    );
    expect(within(facts).getByTestId('fact-contact')).toHaveTextContent(
      'Sign in to see the contact',
    );
    expect(within(facts).getByRole('link', { name: 'Sign in to see the contact' })).toHaveAttribute(
      'href',
      `/sign-in?next=%2Fpractices%2F${slug}`,
    );

    const endorsements = screen.getByRole('region', { name: /^Endorsements/ });
    expect(within(endorsements).getByTestId('endorsement-count')).toHaveTextContent('2');
    expect(within(endorsements).getByTestId('used-by')).toHaveTextContent('Nordic Payments FCU');
    expect(within(endorsements).getByTestId('used-by')).toHaveTextContent(
      'We route our calls to it.',
    );
    expect(within(endorsements).getByTestId('replicated-by')).toHaveTextContent('CALRI');
    expect(
      within(endorsements).getByRole('link', { name: 'Sign in to endorse this practice' }),
    ).toBeInTheDocument();

    // Nothing to manage for a visitor.
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Bookmark/ })).not.toBeInTheDocument();
    expect(screen.queryByTestId('state-banner')).not.toBeInTheDocument();
  });

  it('says “not found” for a practice the viewer may not see', async () => {
    renderRoute('/practices/members-only', [practicePageMock('members-only', null)]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
  });

  it('shows its owners why a moderator unpublished it, and lets them publish it again', async () => {
    const practice = practiceDetails({
      state: 'DRAFT',
      publishedAt: '2026-03-01T10:00:00.000Z',
      moderationNote: 'The contact is a private phone number.',
      viewerCanEdit: true,
    });
    renderRoute(`/practices/${slug}`, [
      viewerMock(viewerData()),
      viewerMembershipsMock([membership('EDITOR')]),
      practicePageMock(slug, practice),
      {
        request: { query: PublishPracticeDocument, variables: { id: practice.id } },
        result: {
          data: { publishPractice: { ...practice, state: 'PUBLISHED', moderationNote: null } },
        },
      },
    ]);
    const banner = await screen.findByTestId('state-banner');
    expect(banner).toHaveAttribute('data-state', 'UNPUBLISHED');
    expect(banner).toHaveTextContent('Unpublished by a moderator.');
    expect(within(banner).getByTestId('moderation-note')).toHaveTextContent(
      'The contact is a private phone number.',
    );
    expect(screen.getByTestId('state-badge')).toHaveTextContent('Draft');
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      `/practices/${slug}/edit`,
    );
    // Published once: it can no longer be deleted.
    expect(screen.queryByRole('button', { name: 'Delete draft' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    expect(
      await screen.findByText('Published: the practice is now in the library.'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('state-banner')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Archive' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back to draft' })).toBeInTheDocument();
  });

  it('offers to delete a draft that was never published', async () => {
    const practice = practiceDetails({ state: 'DRAFT', publishedAt: null, viewerCanEdit: true });
    renderRoute(`/practices/${slug}`, [
      viewerMock(viewerData()),
      viewerMembershipsMock([membership('EDITOR')]),
      practicePageMock(slug, practice),
    ]);
    expect(await screen.findByTestId('state-banner')).toHaveTextContent('Draft.');
    expect(screen.getByRole('button', { name: 'Delete draft' })).toBeInTheDocument();
  });

  it('lets a member of another organization endorse it on behalf of one of theirs', async () => {
    const practice = practiceDetails();
    const endorsed = {
      __typename: 'Practice',
      id: practice.id,
      endorsementCount: 1,
      endorsements: [
        {
          __typename: 'Endorsement',
          kind: 'REPLICATED',
          comment: 'Adapted for Sweden.',
          createdAt: '2026-11-29T10:00:00.000Z',
          organization: orgRef(nordic),
        },
      ],
    };
    renderRoute(`/practices/${slug}`, [
      viewerMock(viewerData({ email: 'member@example.org', displayName: 'Lars Nilsson' })),
      // A member of the owner too: that organization is not offered.
      viewerMembershipsMock([membership('MEMBER', nordic), membership('MEMBER')]),
      practicePageMock(slug, { ...practice, endorsementCount: 0 }),
      {
        request: {
          query: EndorsePracticeDocument,
          variables: {
            id: practice.id,
            organizationId: nordic.id,
            kind: 'REPLICATED',
            comment: 'Adapted for Sweden.',
          },
        },
        result: { data: { endorsePractice: endorsed } },
      },
    ]);
    const form = await screen.findByRole('form', { name: 'Endorse this practice' });
    const organization = within(form).getByRole('combobox', { name: 'On behalf of' });
    expect(
      within(organization)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Nordic Payments FCU']);
    expect(screen.getByTestId('endorsement-count')).toHaveTextContent('0');
    await userEvent.click(within(form).getByRole('radio', { name: 'replicated this practice' }));
    await userEvent.type(
      within(form).getByRole('textbox', { name: /Comment/ }),
      'Adapted for Sweden.',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Endorse' }));

    expect(
      await screen.findByText('Nordic Payments FCU now endorses this practice.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('endorsement-count')).toHaveTextContent('1');
    expect(screen.getByTestId('replicated-by')).toHaveTextContent('Adapted for Sweden.');
    expect(
      screen.getByRole('button', { name: 'Withdraw the endorsement of Nordic Payments FCU' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Endorse this practice' })).not.toBeInTheDocument();
  });

  it('lets a moderator unpublish it with a reason', async () => {
    const practice = practiceDetails();
    renderRoute(`/practices/${slug}`, [
      viewerMock(viewerData({ platformRole: 'MODERATOR' })),
      viewerMembershipsMock([]),
      practicePageMock(slug, practice),
      {
        request: {
          query: UnpublishPracticeDocument,
          variables: { id: practice.id, reason: 'Contains a private phone number.' },
        },
        result: {
          data: {
            unpublishPractice: {
              ...practice,
              state: 'DRAFT',
              moderationNote: 'Contains a private phone number.',
            },
          },
        },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Unpublish' }));
    const reason = screen.getByRole('textbox', { name: 'Reason for unpublishing' });
    await userEvent.type(reason, 'No');
    await userEvent.click(screen.getByRole('button', { name: 'Unpublish the practice' }));
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining('Give the owners a reason (at least 5 characters).'),
    );
    await userEvent.clear(reason);
    await userEvent.type(reason, 'Contains a private phone number.');
    await userEvent.click(screen.getByRole('button', { name: 'Unpublish the practice' }));
    expect(
      await screen.findByText(
        'The practice was taken out of the library. Its organization sees your reason.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('moderation-note')).toHaveTextContent(
      'Contains a private phone number.',
    );
  });

  it('lists the revisions and shows the difference between any two of them', async () => {
    const practice = practiceDetails();
    const r1 = revision(1, snapshot, ['state']);
    const r2 = revision(
      2,
      { ...snapshot, summary: 'A hotline reachable by phone, chat and messengers.' },
      ['summary'],
    );
    const r3 = revision(
      3,
      {
        ...snapshot,
        summary: 'A hotline reachable by phone, chat and messengers.',
        technologies: ['HOTLINE_CHATBOT_AND_MESSAGING', 'MOBILE_APP'],
        countries: ['RO'],
        status: 'ACTIVE',
        isGlobal: true,
      },
      ['technologies', 'countries', 'status', 'isGlobal'],
    );
    const { router } = renderRoute(`/practices/${slug}`, [
      practicePageMock(slug, practice),
      revisionsMock([r3, r2, r1]),
    ]);
    await userEvent.click(await screen.findByRole('tab', { name: 'History' }));
    expect(router.state.location.search).toBe('?tab=history');

    const rows = within(await screen.findByTestId('revisions')).getAllByTestId('revision');
    expect(rows.map((row) => row.getAttribute('data-number'))).toEqual(['3', '2', '1']);
    expect(rows[2]).toHaveTextContent('First publication');
    expect(rows[1]).toHaveTextContent('Elena Rusu');
    expect(rows[1]).toHaveTextContent('Summary');
    expect(rows[0]).toHaveTextContent('Technologies, Countries, Status, Worldwide');

    // By default: the latest change (2 → 3), lists as added and removed values.
    let diff = screen.getByTestId('revision-diff');
    const technologies = diff.querySelector('[data-field="technologies"]')!;
    expect(
      within(technologies as HTMLElement)
        .getByText('Mobile app')
        .closest('ins'),
    ).not.toBeNull();
    const countries = diff.querySelector('[data-field="countries"]') as HTMLElement;
    expect(within(countries).getByText('Romania').closest('ins')).not.toBeNull();
    expect(within(countries).getByText('Moldova').closest('del')).not.toBeNull();
    const status = diff.querySelector('[data-field="status"]') as HTMLElement;
    expect(status.querySelector('del')).toHaveTextContent('Pilot');
    expect(status.querySelector('ins')).toHaveTextContent('Active');
    expect(diff.querySelector('[data-field="summary"]')).toBeNull();

    // Revision 1 → 2: the summary, word by word.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'From' }), r1.id);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'To' }), r2.id);
    diff = screen.getByTestId('revision-diff');
    const summary = diff.querySelector('[data-field="summary"]') as HTMLElement;
    expect(within(summary).getByText('Summary')).toBeInTheDocument();
    const words = summary.querySelector('.diff__text') as HTMLElement;
    expect(words.querySelectorAll('del').length).toBeGreaterThan(0);
    expect([...words.querySelectorAll('ins')].map((d) => d.textContent).join(' ')).toContain(
      'messengers',
    );
    // Without the removed words (and the screen-reader markers) it reads as the new summary.
    const after = [...words.childNodes]
      .filter((node) => node.nodeName !== 'DEL')
      .map((node) => node.textContent)
      .join('')
      .replace(/\[added: |\]/g, '');
    expect(after).toBe('A hotline reachable by phone, chat and messengers.');
    expect(diff.querySelectorAll('[data-field]')).toHaveLength(1);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'To' }), r1.id);
    expect(
      screen.getByText('Choose two different revisions to see what changed.'),
    ).toBeInTheDocument();
  });

  it('explains an empty history', async () => {
    renderRoute(`/practices/${slug}?tab=history`, [
      practicePageMock(slug, practiceDetails({ state: 'DRAFT', publishedAt: null })),
      revisionsMock([]),
    ]);
    expect(await screen.findByText(/No revisions yet/)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true'),
    );
  });
});
