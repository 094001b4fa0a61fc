import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CreateMisusePatternDocument, UpdateMisusePatternDocument } from '@alliance/graphql';
import { apiErrorResult } from '../../../test/graphqlErrors';
import { membership, viewerMembershipsMock } from '../../../test/practiceMocks';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';
import { communityMock, patternDetails, patternPageMock } from './patternMocks';

// Whole journeys through the page on a shared machine: more than the default 5 s when busy.
jest.setTimeout(30_000);

const signedIn = () => [
  viewerMock(viewerData()),
  viewerMembershipsMock([
    membership('EDITOR'),
    membership('MEMBER', { id: 'T3JnOjM', slug: 'nordic', name: 'Nordic' }),
  ]),
];

describe('New misuse pattern', () => {
  it('checks the input with the shared schema, then saves a draft and opens it', async () => {
    const user = userEvent.setup();
    const created = patternDetails({
      slug: 'deepfake-job-interviews',
      title: 'Deepfake job interviews',
      state: 'DRAFT',
      publishedAt: null,
      viewerCanEdit: true,
    });
    const create = jest.fn(() => ({ data: { createMisusePattern: created } }));
    const { router } = renderRoute('/misuse-patterns/new', [
      ...signedIn(),
      {
        request: {
          query: CreateMisusePatternDocument,
          variables: {
            organizationId: 'T3JnOjE',
            input: {
              title: 'Deepfake job interviews',
              summary: 'Recruiters use face-swapped video calls to pose as known employers.',
              description: '',
              stages: ['RECRUITMENT'],
              technologies: ['GENERATIVE_AI_AND_DEEPFAKES'],
              formsOfExploitation: [],
              indicators: [
                'The interviewer never turns the camera on fully',
                'Offer within minutes',
              ],
              regions: [],
              trend: 'EMERGING',
              sources: [{ label: 'Europol note', url: 'https://europol.example.org/note' }],
              visibility: 'RESTRICTED',
              visibleTo: ['GOVERNMENT'],
            },
          },
        },
        result: create,
      },
      patternPageMock(created.slug, created, []),
      communityMock(created.slug, created.id),
    ]);

    await screen.findByRole('heading', { level: 1, name: 'New misuse pattern' });
    // Only the organization the viewer edits for, chosen already.
    const organization = await screen.findByLabelText('Organization');
    expect(organization).toHaveValue('T3JnOjE');
    expect(within(organization).getAllByRole('option')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(
      await screen.findByText('The title must be at least 3 characters long.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Choose at least one stage of the trafficking process.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Choose at least one misused technology.')).toBeInTheDocument();
    expect(
      screen.getByText('Choose whether the pattern is emerging, established or declining.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveFocus();
    expect(create).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Title'), 'Deepfake job interviews');
    await user.type(
      screen.getByLabelText(/^Summary/),
      'Recruiters use face-swapped video calls to pose as known employers.',
    );
    const stages = screen.getByRole('group', { name: 'Stages of the trafficking process' });
    await user.click(within(stages).getByLabelText('Recruitment'));
    const technologies = screen.getByRole('group', { name: 'Technologies misused' });
    await user.click(within(technologies).getByLabelText('Generative AI and deepfakes'));
    await user.click(
      within(screen.getByRole('group', { name: 'Trend' })).getByLabelText('Emerging'),
    );
    // Indicators: a duplicate is pointed at its own row, even with an empty row before it.
    await user.type(
      screen.getByLabelText('Indicator 1'),
      'The interviewer never turns the camera on fully',
    );
    await user.click(screen.getByRole('button', { name: 'Add an indicator' }));
    await user.click(screen.getByRole('button', { name: 'Add an indicator' }));
    expect(screen.getByLabelText('Indicator 3')).toHaveFocus();
    await user.type(
      screen.getByLabelText('Indicator 3'),
      'the interviewer never turns the camera on fully',
    );
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('This indicator is listed twice.')).toBeInTheDocument();
    expect(screen.getByLabelText('Indicator 3')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Indicator 1')).not.toHaveAttribute('aria-invalid');
    await user.clear(screen.getByLabelText('Indicator 3'));
    await user.type(screen.getByLabelText('Indicator 3'), 'Offer within minutes');

    await user.click(screen.getByRole('button', { name: 'Add a source' }));
    await user.type(screen.getByLabelText('Label of source 1'), 'Europol note');
    await user.type(
      screen.getByLabelText('Address of source 1'),
      'https://europol.example.org/note',
    );
    // Restricted: to whom must be said.
    await user.click(screen.getByLabelText(/^Restricted/));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(
      await screen.findByText('Choose which stakeholder types may see it.'),
    ).toBeInTheDocument();
    await user.click(
      within(screen.getByRole('group', { name: /^Types of organization/ })).getByLabelText(
        'Government',
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/misuse-patterns/deepfake-job-interviews'),
    );
    expect(create).toHaveBeenCalledTimes(1);
    expect(await screen.findByTestId('flash')).toHaveTextContent('Saved as a draft.');
  });

  it('tells people who edit for no organization how to get there', async () => {
    renderRoute('/misuse-patterns/new', [
      viewerMock(viewerData()),
      viewerMembershipsMock([membership('MEMBER')]),
    ]);
    expect(await screen.findByTestId('cannot-write')).toHaveTextContent(
      'you need to be an editor or admin',
    );
    expect(screen.queryByTestId('pattern-form')).toBeNull();
  });
});

describe('Edit misuse pattern', () => {
  const slug = 'fake-job-ads-on-social-media';

  it('shows the API’s field errors next to the fields and stays on the form', async () => {
    const user = userEvent.setup();
    const pattern = patternDetails({ viewerCanEdit: true });
    const { router } = renderRoute(`/misuse-patterns/${slug}/edit`, [
      ...signedIn(),
      patternPageMock(slug, pattern, []),
      {
        request: {
          query: UpdateMisusePatternDocument,
          variables: {
            id: pattern.id,
            input: {
              title: pattern.title,
              summary: pattern.summary,
              description: pattern.description,
              stages: pattern.stages,
              technologies: pattern.technologies,
              formsOfExploitation: pattern.formsOfExploitation,
              indicators: pattern.indicators,
              regions: pattern.regions,
              trend: 'DECLINING',
              sources: [{ label: 'OSCE study', url: 'https://osce.example.org/study' }],
              visibility: 'PUBLIC',
              visibleTo: [],
            },
          },
        },
        result: apiErrorResult('BAD_USER_INPUT', 'Check the fields.', {
          fieldErrors: [{ field: 'sources.0.url', message: 'This address cannot be reached.' }],
        }),
      },
    ]);
    await screen.findByRole('heading', { level: 1, name: `Edit “${pattern.title}”` });
    expect(screen.getByLabelText('Title')).toHaveValue(pattern.title);
    expect(screen.getByLabelText('Indicator 2')).toHaveValue(pattern.indicators[1]);
    await user.click(
      within(screen.getByRole('group', { name: 'Trend' })).getByLabelText('Declining'),
    );
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('This address cannot be reached.')).toBeInTheDocument();
    expect(screen.getByLabelText('Address of source 1')).toHaveFocus();
    expect(router.state.location.pathname).toBe(`/misuse-patterns/${slug}/edit`);
  });

  it('refuses viewers who may not edit the pattern', async () => {
    renderRoute(`/misuse-patterns/${slug}/edit`, [
      ...signedIn(),
      patternPageMock(slug, patternDetails({ viewerCanEdit: false }), []),
    ]);
    expect(await screen.findByTestId('not-allowed')).toHaveTextContent(
      'You can’t edit this pattern',
    );
    expect(screen.queryByTestId('pattern-form')).toBeNull();
  });
});
