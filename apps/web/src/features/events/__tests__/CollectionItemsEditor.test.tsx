import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LibraryItemSearchDocument, SetCollectionItemsDocument } from '@alliance/graphql';
import { apiErrorResult } from '../../../test/graphqlErrors';
import {
  collectionDetails,
  collectionEntry,
  collectionPageMock,
  patternItem,
  practiceItem,
} from '../../../test/eventMocks';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';
import { itemErrorIndex, moveItem } from '../collectionItems';

const slug = 'tools-for-the-financial-sector';
const hotline = practiceItem();
const fakeJobs = patternItem();
const scoring = practiceItem({
  id: 'UHJhY3RpY2U6Mg',
  slug: 'transaction-scoring',
  title: 'Transaction scoring for banks',
});
const laundering = patternItem({
  id: 'TWlzdXNlUGF0dGVybjoy',
  slug: 'crypto-laundering',
  title: 'Laundering proceeds through crypto mixers',
});

const moderator = () => viewerMock(viewerData({ platformRole: 'MODERATOR' }));

function searchMock(query: string) {
  return {
    request: { query: LibraryItemSearchDocument, variables: { query } },
    result: {
      data: {
        practices: { __typename: 'PracticeConnection', nodes: [scoring, hotline] },
        misusePatterns: { __typename: 'MisusePatternConnection', nodes: [laundering] },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const rowTitles = () =>
  within(screen.getByTestId('collection-items-editor'))
    .getAllByTestId('draft-item')
    .map((row) => within(row).getAllByRole('link')[0].textContent);

describe('moving collection items', () => {
  it('swaps an entry with its neighbour and leaves the list alone at either end', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('finds the entry a field error is about, in the schema’s and the API’s paths', () => {
    expect(itemErrorIndex('2.note')).toBe(2);
    expect(itemErrorIndex('items.1.itemId')).toBe(1);
    expect(itemErrorIndex('items')).toBeNull();
    expect(itemErrorIndex('')).toBeNull();
  });
});

describe('Collection items editor', () => {
  it('lets a moderator add items by search, reorder, annotate and remove them, and saves the whole ordered list', async () => {
    const user = userEvent.setup();
    const saved = collectionDetails(
      [
        collectionEntry(0, laundering, 'Where the money goes.'),
        collectionEntry(1, hotline),
        collectionEntry(2, scoring),
      ],
      { viewerCanEdit: true },
    );
    let sent: unknown = null;
    renderRoute(`/collections/${slug}/edit`, [
      moderator(),
      collectionPageMock(
        slug,
        collectionDetails([collectionEntry(0, hotline), collectionEntry(1, fakeJobs, 'Old note')], {
          viewerCanEdit: true,
        }),
      ),
      searchMock('bank'),
      {
        request: {
          query: SetCollectionItemsDocument,
          variables: {
            id: saved.id,
            items: [
              { itemId: laundering.id, note: 'Where the money goes.' },
              { itemId: hotline.id, note: '' },
              { itemId: scoring.id, note: '' },
            ],
          },
        },
        result: () => {
          sent = 'the expected list';
          return { data: { setCollectionItems: saved } };
        },
      },
    ]);

    await screen.findByRole('heading', { level: 1, name: 'Edit collection' });
    expect(rowTitles()).toEqual([hotline.title, fakeJobs.title]);
    expect(screen.getByRole('button', { name: 'Save the list' })).toBeDisabled();
    expect(screen.getByRole('button', { name: `Move ${hotline.title} up` })).toBeDisabled();

    // Find and add two items; one already added cannot be added twice.
    await user.type(screen.getByLabelText('Find a practice or pattern'), 'bank');
    const results = await screen.findByTestId('item-search-results');
    await user.click(within(results).getByRole('button', { name: `Add ${scoring.title}` }));
    await user.click(within(results).getByRole('button', { name: `Add ${laundering.title}` }));
    expect(
      within(results).getByRole('button', {
        name: `${hotline.title} is already in the collection`,
      }),
    ).toBeDisabled();
    expect(rowTitles()).toEqual([hotline.title, fakeJobs.title, scoring.title, laundering.title]);

    // Remove the pattern, move the laundering pattern to the top; focus follows it.
    await user.click(screen.getByRole('button', { name: `Remove ${fakeJobs.title}` }));
    // Focus moves on to the next entry's "Remove", not back to the top of the page.
    expect(screen.getByRole('button', { name: `Remove ${scoring.title}` })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: `Move ${laundering.title} up` }));
    const up = screen.getByRole('button', { name: `Move ${laundering.title} up` });
    expect(up).toHaveFocus();
    await user.click(up);
    expect(rowTitles()).toEqual([laundering.title, hotline.title, scoring.title]);
    expect(screen.getByTestId('items-status')).toHaveTextContent(
      `${laundering.title} moved to position 1 of 3.`,
    );
    // At the top, "Move up" is disabled: focus went to its "Move down".
    expect(screen.getByRole('button', { name: `Move ${laundering.title} down` })).toHaveFocus();

    await user.type(screen.getByLabelText(/^Note on Laundering proceeds/), 'Where the money goes.');
    await user.click(screen.getByRole('button', { name: 'Save the list' }));

    await waitFor(() =>
      expect(screen.getByTestId('items-saved')).toHaveTextContent(
        'The list of 3 items has been saved.',
      ),
    );
    expect(sent).toBe('the expected list');
    expect(screen.getByRole('link', { name: 'View the collection' })).toHaveAttribute(
      'href',
      `/collections/${slug}`,
    );
    expect(screen.getByRole('button', { name: 'Save the list' })).toBeDisabled();
  });

  it('checks notes with the shared schema before saving, and shows the API’s field errors on their row', async () => {
    const user = userEvent.setup();
    renderRoute(`/collections/${slug}/edit`, [
      moderator(),
      collectionPageMock(
        slug,
        collectionDetails([collectionEntry(0, hotline), collectionEntry(1, fakeJobs)], {
          viewerCanEdit: true,
        }),
      ),
      {
        request: {
          query: SetCollectionItemsDocument,
          variables: {
            id: 'Q29sbGVjdGlvbjox',
            items: [
              { itemId: fakeJobs.id, note: '' },
              { itemId: hotline.id, note: '' },
            ],
          },
        },
        result: apiErrorResult('BAD_USER_INPUT', 'Check the items.', {
          fieldErrors: [{ field: 'items.0.itemId', message: 'This pattern cannot be found.' }],
        }),
      },
    ]);

    const note = await screen.findByLabelText(/^Note on Fake job advertisements/);
    await user.click(note);
    await user.paste('x'.repeat(1001));
    await user.click(screen.getByRole('button', { name: 'Save the list' }));
    expect(
      await screen.findByText('The note must be at most 1,000 characters long.'),
    ).toBeInTheDocument();
    expect(note).toHaveFocus();

    await user.clear(note);
    await user.click(screen.getByRole('button', { name: `Move ${fakeJobs.title} up` }));
    await user.click(screen.getByRole('button', { name: 'Save the list' }));
    const row = (await screen.findByText('This pattern cannot be found.')).closest('li')!;
    expect(row).toHaveAttribute('data-item-id', fakeJobs.id);
    expect(screen.getByTestId('items-saved')).toHaveTextContent('');
  });

  it('shows a visitor the collection’s items in the curator’s order, with their notes', async () => {
    renderRoute(`/collections/${slug}`, [
      collectionPageMock(
        slug,
        collectionDetails([
          collectionEntry(0, laundering, 'Where the money goes.'),
          collectionEntry(1, hotline),
          collectionEntry(2, scoring, 'Used by **three** banks.'),
        ]),
      ),
    ]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tools for the financial sector' }),
    ).toBeInTheDocument();
    expect(screen.getByText('money').tagName).toBe('STRONG');
    const items = within(screen.getByTestId('collection-items')).getAllByTestId('collection-item');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      laundering.title,
      hotline.title,
      scoring.title,
    ]);
    expect(within(items[0]).getByRole('link')).toHaveAttribute(
      'href',
      '/misuse-patterns/crypto-laundering',
    );
    expect(within(items[0]).getByTestId('collection-note')).toHaveTextContent(
      'Where the money goes.',
    );
    expect(within(items[1]).queryByTestId('collection-note')).not.toBeInTheDocument();
    // Notes are plain text, not markdown.
    expect(within(items[2]).getByTestId('collection-note')).toHaveTextContent(
      'Used by **three** banks.',
    );
    expect(screen.getByText('Curated by Jonas Berg', { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit collection' })).not.toBeInTheDocument();
  });
});
