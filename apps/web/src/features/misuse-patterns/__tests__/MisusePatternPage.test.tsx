import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  FlagDocument,
  FollowMisusePatternDocument,
  PublishMisusePatternDocument,
  StartThreadDocument,
} from '@alliance/graphql';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';
import {
  markReadMock,
  postData,
  postsMock,
  THREAD_ID,
  threadData,
} from '../../discussions/__tests__/discussionMocks';
import {
  communityMock,
  connection,
  countermeasure,
  patternDetails,
  patternPageMock,
} from './patternMocks';

// Whole journeys through the page on a shared machine: more than the default 5 s when busy.
jest.setTimeout(30_000);

const slug = 'fake-job-ads-on-social-media';

describe('Misuse pattern page', () => {
  it('shows a visitor the pattern: sanitised description, indicators, facts and countermeasures', async () => {
    const pattern = patternDetails({
      description:
        '## How it works\n\nAds promise **high wages**. <img src=x onerror="alert(1)"> [bad](javascript:alert(1)) [study](https://example.org)',
    });
    renderRoute(`/misuse-patterns/${slug}`, [
      patternPageMock(slug, pattern, [countermeasure()]),
      communityMock(slug, pattern.id, {
        relatedThreads: connection('Thread', [
          threadData({
            title: 'Call for partners: Fake job ads on social media',
            category: {
              __typename: 'DiscussionCategory',
              id: 'Q2F0Ojc',
              slug: 'partnerships',
              name: 'Partnerships and calls',
            },
          }),
        ]),
      }),
    ]);

    expect(
      await screen.findByRole('heading', { level: 1, name: pattern.title }),
    ).toBeInTheDocument();
    expect(document.title).toBe(`${pattern.title} · Alliance Commons`);
    expect(screen.getByTestId('pattern-summary')).toHaveTextContent(pattern.summary);
    // Markdown rendered, but nothing executable.
    expect(screen.getByRole('heading', { level: 2, name: 'How it works' })).toBeInTheDocument();
    expect(screen.getByText('high wages').tagName).toBe('STRONG');
    expect(document.querySelector('img[onerror]')).toBeNull();
    expect(screen.getByText('bad').closest('a')).toBeNull();
    expect(screen.getByRole('link', { name: 'study (opens in a new tab)' })).toHaveAttribute(
      'rel',
      'nofollow noopener noreferrer',
    );

    const indicators = screen.getByRole('list', { name: 'Indicators and red flags' });
    expect(
      within(indicators)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(pattern.indicators);
    expect(screen.getByTestId('fact-stages')).toHaveTextContent('Recruitment');
    expect(screen.getByTestId('fact-technologies')).toHaveTextContent(
      'Social mediaMessaging and encrypted apps',
    );
    expect(screen.getByTestId('fact-trend')).toHaveTextContent('Established');
    expect(screen.getByTestId('fact-organization')).toHaveTextContent('SafeRoutes Network');
    expect(
      within(screen.getByTestId('fact-sources')).getByRole('link', { name: /OSCE study/ }),
    ).toHaveAttribute('href', 'https://osce.example.org/study');

    const countermeasures = screen.getByRole('region', { name: /^Practices that counter it/ });
    const item = within(countermeasures).getByTestId('countermeasure');
    expect(
      within(item).getByRole('link', { name: 'Multichannel anti-trafficking hotline' }),
    ).toHaveAttribute('href', '/practices/multichannel-hotline');
    expect(within(item).getByTestId('approach')).toHaveTextContent('Detects');
    expect(within(countermeasures).queryByRole('button')).toBeNull();

    const threads = await screen.findByTestId('related-threads');
    expect(
      within(threads).getByRole('link', {
        name: 'Call for partners: Fake job ads on social media',
      }),
    ).toBeInTheDocument();
    // Visitors: no editing, following or flagging, a way to sign in to the discussion.
    expect(screen.queryByRole('region', { name: 'Manage this pattern' })).toBeNull();
    expect(screen.queryByTestId('follow-button')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Flag this pattern' })).toBeNull();
    expect(
      within(screen.getByTestId('pattern-discussion')).getByRole('link', {
        name: 'Sign in to take part in the discussion.',
      }),
    ).toBeInTheDocument();
  });

  it('says “not found” for a pattern the viewer may not see, without any detail', async () => {
    renderRoute(`/misuse-patterns/${slug}`, [
      patternPageMock(slug, null),
      {
        ...communityMock(slug),
        result: { data: { misusePattern: null } },
      },
    ]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('pattern-page')).toBeNull();
  });

  it('prompts a call for partners when nothing counters the pattern', async () => {
    const user = userEvent.setup();
    const pattern = patternDetails();
    renderRoute(`/misuse-patterns/${slug}`, [
      viewerMock(viewerData()),
      patternPageMock(slug, pattern, []),
      communityMock(slug, pattern.id),
    ]);
    const prompt = await screen.findByTestId('no-countermeasures');
    expect(prompt).toHaveTextContent('No countermeasures yet.');
    // The button appears once the viewer has loaded (signed-in users only).
    await user.click(
      await within(prompt).findByRole('button', { name: `Call for partners: ${pattern.title}` }),
    );
    expect(
      await screen.findByRole('form', { name: `Call for partners: ${pattern.title}` }),
    ).toBeInTheDocument();
  });

  it('shows its editors the draft banner and lets them publish it', async () => {
    const user = userEvent.setup();
    const draft = patternDetails({ state: 'DRAFT', publishedAt: null, viewerCanEdit: true });
    renderRoute(`/misuse-patterns/${slug}`, [
      viewerMock(viewerData()),
      patternPageMock(slug, draft, []),
      communityMock(slug, draft.id),
      {
        request: { query: PublishMisusePatternDocument, variables: { id: draft.id } },
        result: {
          data: {
            publishMisusePattern: {
              ...draft,
              state: 'PUBLISHED',
              publishedAt: '2026-06-01T10:00:00.000Z',
            },
          },
        },
      },
    ]);
    expect(await screen.findByTestId('state-banner')).toHaveAttribute('data-state', 'DRAFT');
    expect(screen.getByTestId('state-badge')).toHaveTextContent('Draft');
    // A draft is nobody's call for partners yet.
    expect(within(screen.getByTestId('no-countermeasures')).queryByRole('button')).toBeNull();
    const actions = screen.getByRole('region', { name: 'Manage this pattern' });
    expect(within(actions).getByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      `/misuse-patterns/${slug}/edit`,
    );
    await user.click(within(actions).getByRole('button', { name: 'Publish' }));
    await waitFor(() =>
      expect(within(actions).getByTestId('action-status')).toHaveTextContent(
        'Published: the pattern is now in the library.',
      ),
    );
    await waitFor(() => expect(screen.queryByTestId('state-banner')).toBeNull());
  });

  it('lets a signed-in member follow the pattern and flag it for moderators', async () => {
    const user = userEvent.setup();
    const pattern = patternDetails();
    const flagged = jest.fn(() => ({ data: { flag: true } }));
    renderRoute(`/misuse-patterns/${slug}`, [
      viewerMock(viewerData()),
      patternPageMock(slug, pattern, [countermeasure()]),
      communityMock(slug, pattern.id),
      {
        request: { query: FollowMisusePatternDocument, variables: { id: pattern.id } },
        result: {
          data: {
            followMisusePattern: {
              __typename: 'MisusePattern',
              id: pattern.id,
              viewerIsFollowing: true,
              followerCount: 4,
            },
          },
        },
      },
      {
        request: {
          query: FlagDocument,
          variables: {
            targetId: pattern.id,
            reason: 'IDENTIFIES_VICTIM',
            note: 'A name in the text.',
          },
        },
        result: flagged,
      },
    ]);
    const follow = await screen.findByTestId('follow-button');
    expect(follow).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByTestId('follower-count')).toHaveTextContent('3 followers');
    await user.click(follow);
    await waitFor(() => expect(follow).toHaveAttribute('aria-pressed', 'true'));
    expect(follow).toHaveTextContent('Following');
    expect(screen.getByTestId('follower-count')).toHaveTextContent('4 followers');

    await user.click(screen.getByRole('button', { name: 'Flag this pattern' }));
    const form = screen.getByRole('form', { name: 'Flag this pattern for moderators' });
    expect(within(form).getByLabelText('Reason')).toHaveValue('IDENTIFIES_VICTIM');
    await user.type(within(form).getByLabelText(/^Note/), 'A name in the text.');
    await user.click(within(form).getByRole('button', { name: 'Send flag' }));
    expect(await screen.findByTestId('flag-done')).toHaveTextContent(
      'Thank you: moderators will review this pattern.',
    );
    expect(flagged).toHaveBeenCalledTimes(1);
  });

  it('starts the pattern’s discussion with the first comment, then shows it', async () => {
    const user = userEvent.setup();
    const pattern = patternDetails();
    const body = 'We see these ads in our region too.';
    const post = postData('UG9zdDox', body);
    renderRoute(`/misuse-patterns/${slug}`, [
      viewerMock(viewerData()),
      patternPageMock(slug, pattern, [countermeasure()]),
      { ...communityMock(slug, pattern.id), maxUsageCount: 1 },
      {
        request: {
          query: StartThreadDocument,
          variables: { input: { misusePatternId: pattern.id, body } },
        },
        result: {
          data: { startThread: { ...post, thread: { __typename: 'Thread', id: THREAD_ID } } },
        },
      },
      communityMock(slug, pattern.id, {
        discussion: {
          __typename: 'Thread',
          id: THREAD_ID,
          kind: 'DISCUSSION',
          locked: false,
          author: { __typename: 'User', id: 'VXNlcjox' },
          acceptedAnswer: null,
        },
      }),
      postsMock([post]),
      markReadMock(),
    ]);
    const discussion = await screen.findByTestId('pattern-discussion');
    await user.type(await within(discussion).findByLabelText('Your comment'), body);
    await user.click(within(discussion).getByRole('button', { name: 'Post comment' }));
    expect(await within(discussion).findByTestId('post-list')).toHaveTextContent(body);
    expect(within(discussion).getByRole('link', { name: 'Open as a thread' })).toHaveAttribute(
      'href',
      `/discussions/${THREAD_ID}`,
    );
  });
});
