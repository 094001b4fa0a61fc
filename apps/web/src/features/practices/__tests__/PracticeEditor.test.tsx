import { act, fireEvent, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PRACTICE_BODY_SECTIONS } from '@alliance/domain';
import {
  CreatePracticeDocument,
  SimilarPracticesDocument,
  UpdatePracticeDocument,
} from '@alliance/graphql';
import { apiErrorResult } from '../../../test/graphqlErrors';
import {
  membership,
  practiceDetails,
  practicePageMock,
  viewerMembershipsMock,
} from '../../../test/practiceMocks';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';
import { emptyPracticeValues } from '../editor/practiceForm';
import { AUTOSAVE_INTERVAL_MS, readDraft, useAutosave, writeDraft } from '../hooks/useAutosave';

const editorOf = membership('EDITOR', {
  id: 'T3JnOjI',
  slug: 'saferoutes-network',
  name: 'SafeRoutes Network',
});
const memberOf = membership('MEMBER', {
  id: 'T3JnOjM',
  slug: 'nordic-payments-fcu',
  name: 'Nordic Payments FCU',
});

const signedIn = () => [viewerMock(viewerData()), viewerMembershipsMock([editorOf, memberOf])];

/** Answers every SimilarPractices query with nothing similar. */
const noSimilarPractices = () => ({
  request: { query: SimilarPracticesDocument, variables: () => true },
  result: { data: { similarPractices: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const field = (name: string | RegExp) => screen.getByRole('textbox', { name });

/** Fills what the schema requires besides the focus areas. */
/** Types text in one go (as a paste), which keeps these long forms quick to fill. */
async function enter(element: HTMLElement, text: string) {
  await userEvent.click(element);
  await userEvent.paste(text);
}

async function fillRequired({ focus = true } = {}) {
  await enter(field('Title'), 'Hotline for seasonal workers');
  await enter(field(/^Summary/), 'A phone and chat line for seasonal farm workers.');
  if (focus) {
    await userEvent.click(
      within(screen.getByRole('group', { name: /^Focus areas/ })).getByRole('checkbox', {
        name: 'Protection',
      }),
    );
  }
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'PILOT');
  await userEvent.selectOptions(
    screen.getByRole('combobox', { name: 'Evidence level' }),
    'MONITORING_DATA',
  );
  await userEvent.selectOptions(
    screen.getByRole('combobox', { name: 'Survivor involvement' }),
    'CONSULTED',
  );
}

beforeEach(() => window.localStorage.clear());

describe('Practice editor', () => {
  it('offers only the organizations the viewer edits, and starts the body with the suggested sections', async () => {
    renderRoute('/practices/new?organization=saferoutes-network', signedIn());
    const organization = await screen.findByRole('combobox', { name: 'Organization' });
    expect(organization).toHaveValue('T3JnOjI');
    expect(
      within(organization)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose an organization', 'SafeRoutes Network']);
    expect(document.title).toBe('New practice · Alliance Commons');
    const body = screen.getByRole('textbox', { name: 'Description' });
    expect((body as HTMLTextAreaElement).value).toBe(
      PRACTICE_BODY_SECTIONS.map((s) => `## ${s}\n\n`).join('\n'),
    );
    for (const name of [
      'Content',
      'What it addresses',
      'Where and in which languages',
      'Facts',
      'Links and contact',
      'Visibility',
    ]) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
  });

  it('checks the form with the shared schema: a focus area is required, the summary at most 500 characters', async () => {
    renderRoute('/practices/new?organization=saferoutes-network', [
      ...signedIn(),
      noSimilarPractices(),
    ]);
    await screen.findByRole('combobox', { name: 'Organization' });
    await fillRequired({ focus: false });
    const summary = field(/^Summary/);
    fireEvent.change(summary, { target: { value: 'x'.repeat(512) } });
    expect(screen.getByTestId('summary-counter')).toHaveTextContent(
      '12 characters too many (at most 500)',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Some details need your attention');
    const focusAreas = screen.getByRole('group', { name: /^Focus areas/ });
    expect(focusAreas).toHaveTextContent('Choose at least one focus area (the 4 Ps).');
    expect(within(focusAreas).getByRole('checkbox', { name: 'Prevention' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(summary).toHaveAccessibleDescription(
      expect.stringContaining('The summary must be at most 500 characters long.'),
    );
    // Focus lands on the first problem.
    expect(summary).toHaveFocus();

    // Fixed: the counter counts again, and the errors go once the form is valid.
    fireEvent.change(summary, { target: { value: 'A phone and chat line for farm workers.' } });
    expect(screen.getByTestId('summary-counter')).toHaveTextContent('39 of 500 characters');
  });

  it('shows the API’s field errors next to their fields', async () => {
    renderRoute('/practices/new?organization=saferoutes-network', [
      ...signedIn(),
      noSimilarPractices(),
      {
        request: { query: CreatePracticeDocument, variables: () => true },
        result: apiErrorResult('BAD_USER_INPUT', 'title: A practice with this title exists.', {
          fieldErrors: [{ field: 'title', message: 'A practice with this title exists.' }],
        }),
      },
    ]);
    await screen.findByRole('combobox', { name: 'Organization' });
    await fillRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('A practice with this title exists.')).toBeInTheDocument();
    expect(field('Title')).toHaveAttribute('aria-invalid', 'true');
  });

  it('previews the body with the same markdown component as the practice page', async () => {
    renderRoute('/practices/new', signedIn());
    const body = await screen.findByRole('textbox', { name: 'Description' });
    fireEvent.change(body, {
      target: {
        value: '## Approach\n\nWe **answer** [here](https://example.org) <script>x()</script>',
      },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Preview', pressed: false }));
    const preview = screen.getByTestId('body-preview');
    expect(
      within(preview).getByRole('heading', { level: 2, name: 'Approach' }),
    ).toBeInTheDocument();
    expect(preview.querySelector('strong')).toHaveTextContent('answer');
    expect(within(preview).getByRole('link', { name: /here/ })).toHaveAttribute('target', '_blank');
    expect(preview.querySelector('script')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Write' }));
    expect(screen.queryByTestId('body-preview')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Description' })).toBeVisible();
  });

  it('hints at similar published practices while the title is typed', async () => {
    renderRoute('/practices/new?organization=saferoutes-network', [
      ...signedIn(),
      {
        request: {
          query: SimilarPracticesDocument,
          variables: { title: 'Multichannel hotline', summary: '' },
        },
        result: {
          data: {
            similarPractices: [
              {
                __typename: 'Practice',
                id: 'UHJhY3RpY2U6Nw',
                slug: 'saferoutes-multichannel-hotline',
                title: 'Multichannel anti-trafficking hotline with messenger integration',
                organization: {
                  __typename: 'Organization',
                  id: 'T3JnOjI',
                  name: 'SafeRoutes Network',
                },
              },
            ],
          },
        },
      },
    ]);
    await screen.findByRole('combobox', { name: 'Organization' });
    const hint = screen.getByTestId('similar-practices');
    expect(hint).toBeEmptyDOMElement();
    await enter(field('Title'), 'Multichannel hotline');
    expect(
      await within(hint).findByText('Similar practices already exist — consider joining them'),
    ).toBeInTheDocument();
    const link = within(hint).getByRole('link', { name: /Multichannel anti-trafficking hotline/ });
    expect(link).toHaveAttribute('href', '/practices/saferoutes-multichannel-hotline');
    expect(link).toHaveAttribute('target', '_blank');
    expect(hint).toHaveAttribute('aria-live', 'polite');
  });

  it('offers to restore what this browser kept, and clears it after saving', async () => {
    const kept = {
      ...emptyPracticeValues(),
      title: 'Kept title of an unsaved practice',
      summary: 'Kept summary that was never sent to the server.',
      focusAreas: ['PREVENTION'],
      status: 'IDEA',
      evidenceLevel: 'NONE',
      survivorInvolvement: 'NONE',
    };
    writeDraft('new:saferoutes-network', { savedAt: '2026-11-20T09:30:00.000Z', values: kept });
    const { router } = renderRoute('/practices/new?organization=saferoutes-network', [
      ...signedIn(),
      noSimilarPractices(),
      {
        request: {
          query: CreatePracticeDocument,
          variables: (variables: Record<string, unknown>) =>
            variables.organizationId === 'T3JnOjI' &&
            (variables.input as { title: string; focusAreas: string[] }).title === kept.title &&
            (variables.input as { focusAreas: string[] }).focusAreas[0] === 'PREVENTION',
        },
        result: {
          data: {
            createPractice: practiceDetails({
              slug: 'kept-title',
              title: kept.title,
              state: 'DRAFT',
              viewerCanEdit: true,
            }),
          },
        },
      },
      practicePageMock(
        'kept-title',
        practiceDetails({
          slug: 'kept-title',
          title: kept.title,
          state: 'DRAFT',
          viewerCanEdit: true,
        }),
      ),
    ]);
    const offer = await screen.findByRole('region', { name: 'Unsaved changes' });
    expect(offer).toHaveTextContent('This browser kept changes you had not saved');
    expect(field('Title')).toHaveValue('');

    await userEvent.click(within(offer).getByRole('button', { name: 'Restore them' }));
    expect(field('Title')).toHaveValue(kept.title);
    expect(field(/^Summary/)).toHaveValue(kept.summary);
    expect(
      within(screen.getByRole('group', { name: /^Focus areas/ })).getByRole('checkbox', {
        name: 'Prevention',
      }),
    ).toBeChecked();
    expect(screen.queryByRole('region', { name: 'Unsaved changes' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/practices/kept-title'));
    expect(await screen.findByTestId('flash')).toHaveTextContent('Saved as a draft.');
    expect(readDraft('new:saferoutes-network')).toBeNull();
  });

  it('edits an existing practice from its latest version and saves it', async () => {
    const practice = practiceDetails({ viewerCanEdit: true, links: [] });
    const { router } = renderRoute(`/practices/${practice.slug}/edit`, [
      viewerMock(viewerData()),
      practicePageMock(practice.slug, practice),
      {
        request: {
          query: UpdatePracticeDocument,
          variables: (variables: Record<string, unknown>) =>
            variables.id === practice.id &&
            (variables.input as { summary: string }).summary === 'A shorter summary, edited.',
        },
        result: {
          data: { updatePractice: { ...practice, summary: 'A shorter summary, edited.' } },
        },
      },
    ]);
    const summary = await screen.findByRole('textbox', { name: /^Summary/ });
    expect(document.title).toBe(`Edit “${practice.title}” · Alliance Commons`);
    expect(summary).toHaveValue(practice.summary);
    expect(screen.queryByRole('combobox', { name: 'Organization' })).not.toBeInTheDocument();
    expect(screen.getByText('Practice of SafeRoutes Network')).toBeInTheDocument();
    // Published: no separate "publish", and no duplicate hints for a practice that exists.
    expect(screen.queryByRole('button', { name: 'Save and publish' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('similar-practices')).not.toBeInTheDocument();

    fireEvent.change(summary, { target: { value: 'A shorter summary, edited.' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/practices/${practice.slug}`));
  });

  it('tells a viewer who may not edit the practice so', async () => {
    const practice = practiceDetails({ viewerCanEdit: false });
    renderRoute(`/practices/${practice.slug}/edit`, [
      viewerMock(viewerData()),
      practicePageMock(practice.slug, practice),
    ]);
    expect(await screen.findByTestId('not-allowed')).toHaveTextContent(
      'You can’t edit this practice',
    );
  });

  it('explains that only editors of an organization can add practices', async () => {
    renderRoute('/practices/new', [viewerMock(viewerData()), viewerMembershipsMock([memberOf])]);
    expect(await screen.findByTestId('cannot-write')).toHaveTextContent(
      'you need to be an editor or admin of an organization',
    );
  });
});

describe('useAutosave', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('keeps the form every few seconds once it differs from the start, and not before', () => {
    const initial = { title: '' };
    const { rerender, result } = renderHook(({ values }) => useAutosave('test', values, initial), {
      initialProps: { values: initial },
    });
    act(() => jest.advanceTimersByTime(AUTOSAVE_INTERVAL_MS * 2));
    expect(readDraft('test')).toBeNull();

    rerender({ values: { title: 'Draft title' } });
    act(() => jest.advanceTimersByTime(AUTOSAVE_INTERVAL_MS - 1));
    expect(readDraft('test')).toBeNull();
    act(() => jest.advanceTimersByTime(1));
    expect(readDraft('test')?.values).toEqual({ title: 'Draft title' });
    expect(result.current.savedAt).not.toBeNull();

    act(() => result.current.clear());
    rerender({ values: { title: 'Changed after saving' } });
    act(() => jest.advanceTimersByTime(AUTOSAVE_INTERVAL_MS * 2));
    expect(readDraft('test')).toBeNull();
  });

  it('offers a kept form that differs from the start, and pauses until it is answered', () => {
    writeDraft('test', { savedAt: '2026-11-20T09:30:00.000Z', values: { title: 'Kept' } });
    const initial = { title: '' };
    const { result, rerender } = renderHook(({ values }) => useAutosave('test', values, initial), {
      initialProps: { values: initial },
    });
    expect(result.current.offer?.values).toEqual({ title: 'Kept' });
    rerender({ values: { title: 'Typed without answering' } });
    act(() => jest.advanceTimersByTime(AUTOSAVE_INTERVAL_MS * 2));
    expect(readDraft('test')?.values).toEqual({ title: 'Kept' });

    act(() => result.current.discard());
    expect(result.current.offer).toBeNull();
    expect(readDraft('test')).toBeNull();
  });
});
