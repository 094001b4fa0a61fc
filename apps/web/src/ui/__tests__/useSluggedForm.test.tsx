import type { FormEvent } from 'react';
import { act, renderHook } from '@testing-library/react';
import { collectionInputSchema, type CollectionInput } from '@alliance/domain';
import type { ApiError } from '../errors';
import { useSluggedForm } from '../useSluggedForm';

const EMPTY = { title: '', slug: '', introduction: '' };
const typed = (value: string) => ({ target: { value } });
const submitEvent = () => ({ preventDefault: jest.fn() }) as unknown as FormEvent;

function render(suggestSlug: boolean, onSubmit = jest.fn(async () => null as ApiError | null)) {
  return renderHook(() =>
    useSluggedForm<typeof EMPTY, CollectionInput>({
      initial: EMPTY,
      slugFrom: 'title',
      suggestSlug,
      schema: collectionInputSchema,
      onSubmit,
    }),
  );
}

describe('useSluggedForm', () => {
  it('suggests the short name from the title until the user edits the short name', () => {
    const { result } = render(true);
    act(() => result.current.set('title')(typed('Tools for the financial sector')));
    expect(result.current.values.slug).toBe('tools-for-the-financial-sector');

    act(() => result.current.set('slug')(typed('finance-tools')));
    act(() => result.current.set('title')(typed('Tools for banks')));
    expect(result.current.values).toEqual({
      ...EMPTY,
      title: 'Tools for banks',
      slug: 'finance-tools',
    });
  });

  it('leaves the short name alone when not asked to suggest it (an existing record)', () => {
    const { result } = render(false);
    act(() => result.current.set('title')(typed('Tools for banks')));
    expect(result.current.values.slug).toBe('');
  });

  it('checks the values with the schema before sending, and shows the API’s error after', async () => {
    const failure: ApiError = {
      code: 'CONFLICT',
      message: 'Taken.',
      fieldErrors: [],
      retryAfterSeconds: null,
    };
    const onSubmit = jest.fn(async () => failure as ApiError | null);
    const { result } = render(true, onSubmit);

    await act(() => result.current.submit(submitEvent()));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(result.current.fields.title).toBeTruthy();

    act(() => result.current.set('title')(typed('Tools for banks')));
    await act(() => result.current.submit(submitEvent()));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Tools for banks', slug: 'tools-for-banks' }),
    );
    expect(result.current.error).toBe(failure);
  });
});
