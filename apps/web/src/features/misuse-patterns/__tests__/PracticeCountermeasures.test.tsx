import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { MemoryRouter } from 'react-router';
import {
  LinkCountermeasureDocument,
  MisusePatternOptionsDocument,
  UnlinkCountermeasureDocument,
  UpdateCountermeasureDocument,
} from '@alliance/graphql';
import { createCache } from '../../../app/apollo';
import { apiErrorResult } from '../../../test/graphqlErrors';
import { PracticeCountermeasures } from '../components/PracticeCountermeasures';
import { connection, countermeasure, practiceCountermeasuresMock } from './patternMocks';

// Whole journeys through the page on a shared machine: more than the default 5 s when busy.
jest.setTimeout(30_000);

const slug = 'multichannel-hotline';
const practice = {
  id: 'UHJhY3RpY2U6MQ',
  slug,
  title: 'Multichannel anti-trafficking hotline',
  viewerCanEdit: true,
};
const fakeAds = { id: 'TWlzdXNlUGF0dGVybjox', title: 'Fake job ads on social media' };
const mules = { id: 'TWlzdXNlUGF0dGVybjoy', title: 'Crypto mule accounts for wages' };

/** The picker's first answer (no words typed yet): published patterns by title. */
const optionsMock = () => ({
  request: { query: MisusePatternOptionsDocument, variables: {} },
  result: {
    data: {
      misusePatterns: connection(
        'MisusePattern',
        [mules, fakeAds].map((p, i) => ({
          __typename: 'MisusePattern',
          ...p,
          slug: `pattern-${i}`,
          stages: ['RECRUITMENT'],
          technologies: ['SOCIAL_MEDIA'],
        })),
      ),
    },
  },
  maxUsageCount: Infinity,
});

function renderSection(mocks: MockedProviderProps['mocks'], props: Partial<typeof practice> = {}) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter>
        <PracticeCountermeasures practice={{ ...practice, ...props }} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

const section = () => screen.getByRole('region', { name: /^Counters misuse patterns/ });

describe('Counters misuse patterns (practice page)', () => {
  it('shows the linked patterns read-only to those who may not edit', async () => {
    renderSection([practiceCountermeasuresMock(slug, [countermeasure({ approach: 'PREVENTS' })])], {
      viewerCanEdit: false,
    });
    const item = await screen.findByTestId('countermeasure');
    expect(within(item).getByRole('link', { name: fakeAds.title })).toHaveAttribute(
      'href',
      '/misuse-patterns/fake-job-ads-on-social-media',
    );
    expect(within(item).getByTestId('approach')).toHaveTextContent('Prevents');
    expect(item).toHaveTextContent('Flags job ads with the same phone number in many groups.');
    expect(screen.getByTestId('countermeasure-count')).toHaveTextContent('1');
    expect(within(section()).queryByRole('button')).toBeNull();
  });

  it('lets an editor link a pattern: checks the input first, then shows the new link', async () => {
    const user = userEvent.setup();
    const linked = countermeasure({
      id: 'Q291bnRlcm1lYXN1cmU6Nw',
      approach: 'DETECTS',
      note: 'Our chat spots these offers.',
      viewerCanEdit: true,
    });
    const link = jest.fn(() => ({ data: { linkCountermeasure: linked } }));
    renderSection([
      practiceCountermeasuresMock(slug, [], { viewerCanEdit: true }),
      optionsMock(),
      {
        request: { query: MisusePatternOptionsDocument, variables: { filter: { query: 'zzz' } } },
        result: { data: { misusePatterns: connection('MisusePattern', []) } },
      },
      {
        request: {
          query: LinkCountermeasureDocument,
          variables: {
            practiceId: practice.id,
            patternId: fakeAds.id,
            input: { approach: 'DETECTS', note: 'Our chat spots these offers.' },
          },
        },
        result: link,
      },
      // After the link, the practice's list is fetched again.
      practiceCountermeasuresMock(slug, [linked], { viewerCanEdit: true }),
    ]);

    expect(
      await screen.findByText('This practice is not linked to any misuse pattern yet.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Link a misuse pattern' }));
    const form = screen.getByRole('form', { name: /^Link “Multichannel/ });
    expect(within(form).getByLabelText('Find a misuse pattern')).toHaveFocus();
    const patterns = within(form).getByRole('group', { name: 'Misuse pattern' });
    await within(patterns).findByRole('radio', { name: fakeAds.title });

    // Nothing chosen: the messages of the form and of the shared schema, nothing sent.
    await user.click(within(form).getByRole('button', { name: 'Link pattern' }));
    expect(
      await within(form).findByText('Choose the misuse pattern the practice counters.'),
    ).toBeInTheDocument();
    expect(
      within(form).getByText('Choose how the practice counters the pattern.'),
    ).toBeInTheDocument();
    expect(within(patterns).getByRole('radio', { name: mules.title })).toHaveFocus();
    expect(link).not.toHaveBeenCalled();

    await user.click(within(patterns).getByRole('radio', { name: fakeAds.title }));
    // Searching on keeps the choice, and says which it is.
    await user.type(within(form).getByLabelText('Find a misuse pattern'), 'zzz');
    expect(
      await within(form).findByText('No published misuse pattern matches.'),
    ).toBeInTheDocument();
    expect(within(form).getByTestId('chosen-pattern')).toHaveTextContent(
      'Chosen: “Fake job ads on social media”.',
    );
    await user.selectOptions(
      within(form).getByLabelText('How the practice counters it'),
      'DETECTS',
    );
    await user.type(within(form).getByLabelText(/^Note/), '  Our chat spots these offers. ');
    await user.click(within(form).getByRole('button', { name: 'Link pattern' }));

    expect(
      await screen.findByText('Linked to “Fake job ads on social media”.'),
    ).toBeInTheDocument();
    expect(link).toHaveBeenCalledTimes(1);
    const item = await screen.findByTestId('countermeasure');
    expect(within(item).getByRole('link', { name: fakeAds.title })).toBeInTheDocument();
    expect(within(item).getByTestId('approach')).toHaveTextContent('Detects');
    expect(screen.getByTestId('countermeasure-count')).toHaveTextContent('1');
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('shows the API’s field errors next to the fields and keeps the form', async () => {
    const user = userEvent.setup();
    renderSection([
      practiceCountermeasuresMock(slug, [], { viewerCanEdit: true }),
      optionsMock(),
      {
        request: {
          query: LinkCountermeasureDocument,
          variables: {
            practiceId: practice.id,
            patternId: mules.id,
            input: { approach: 'DISRUPTS', note: 'x' },
          },
        },
        result: apiErrorResult('BAD_USER_INPUT', 'Check the fields.', {
          fieldErrors: [{ field: 'note', message: 'Say how the practice disrupts it.' }],
        }),
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Link a misuse pattern' }));
    const form = screen.getByRole('form');
    await user.click(await within(form).findByRole('radio', { name: mules.title }));
    await user.selectOptions(
      within(form).getByLabelText('How the practice counters it'),
      'DISRUPTS',
    );
    await user.type(within(form).getByLabelText(/^Note/), 'x');
    await user.click(within(form).getByRole('button', { name: 'Link pattern' }));

    expect(await within(form).findByText('Say how the practice disrupts it.')).toBeInTheDocument();
    expect(within(form).getByLabelText(/^Note/)).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText(/^Note/)).toHaveFocus();
  });

  it('marks patterns the practice already counters and lets an editor change and remove a link', async () => {
    const user = userEvent.setup();
    const item = countermeasure({ viewerCanEdit: true, approach: 'DETECTS', note: 'Old note.' });
    const removed = jest.fn(() => ({ data: { unlinkCountermeasure: true } }));
    renderSection([
      practiceCountermeasuresMock(slug, [item], { viewerCanEdit: true }),
      optionsMock(),
      {
        request: {
          query: UpdateCountermeasureDocument,
          variables: { id: item.id, input: { approach: 'BUILDS_EVIDENCE', note: 'Old note.' } },
        },
        result: {
          data: { updateCountermeasure: { ...item, approach: 'BUILDS_EVIDENCE' } },
        },
      },
      {
        request: { query: UnlinkCountermeasureDocument, variables: { id: item.id } },
        result: removed,
      },
      practiceCountermeasuresMock(slug, [], { viewerCanEdit: true }),
    ]);

    // The picker does not offer it again.
    await user.click(await screen.findByRole('button', { name: 'Link a misuse pattern' }));
    expect(
      await within(screen.getByRole('form')).findByRole('radio', { name: /^Fake job ads/ }),
    ).toBeDisabled();
    await user.click(within(screen.getByRole('form')).getByRole('button', { name: 'Cancel' }));

    await user.click(
      screen.getByRole('button', { name: 'Edit how it counters “Fake job ads on social media”' }),
    );
    await user.selectOptions(
      screen.getByLabelText('How the practice counters it'),
      'BUILDS_EVIDENCE',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByTestId('approach')).toHaveTextContent('Builds evidence'),
    );
    expect(
      screen.getByText('Saved how it counters “Fake job ads on social media”.'),
    ).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Remove the link with “Fake job ads on social media”' }),
    );
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(
      await screen.findByText('This practice is not linked to any misuse pattern yet.'),
    ).toBeInTheDocument();
    expect(removed).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('countermeasure-status')).toHaveTextContent(
      'The link with “Fake job ads on social media” was removed.',
    );
  });
});
