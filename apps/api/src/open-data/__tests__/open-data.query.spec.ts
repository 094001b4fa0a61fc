import { AppError } from '../../common/errors';
import { filtersQueryString, parseExportQuery, parseFeedQuery } from '../open-data.query';

const errorOf = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected an error');
};

describe('open-data query parameters', () => {
  it('accepts nothing as no filter', () => {
    expect(parseExportQuery({})).toEqual({});
    expect(parseExportQuery(undefined)).toEqual({});
    expect(parseExportQuery({ focusArea: '', country: '' })).toEqual({});
  });

  it('normalises codes: any case, repeated or comma-separated, deduplicated', () => {
    expect(
      parseExportQuery({
        focusArea: ['prevention', 'PROTECTION,prevention'],
        country: ' at , de ',
      }),
    ).toEqual({
      focusAreas: ['PREVENTION', 'PROTECTION'],
      countries: ['AT', 'DE'],
    });
  });

  it('reads updatedSince as an ISO date (midnight UTC) or date-time with an offset', () => {
    expect(parseExportQuery({ updatedSince: '2025-01-31' }).updatedSince?.toISOString()).toBe(
      '2025-01-31T00:00:00.000Z',
    );
    expect(
      parseExportQuery({ updatedSince: '2025-01-31T12:00:00+02:00' }).updatedSince?.toISOString(),
    ).toBe('2025-01-31T10:00:00.000Z');
  });

  it.each([
    [{ focusArea: 'PREVENTIONS' }, 'focusArea', /"PREVENTIONS" is not a known focus area/],
    [{ country: 'XX' }, 'country', /"XX" is not a known ISO 3166-1 alpha-2 country code/],
    [{ country: 'AT,Austria' }, 'country', /"AUSTRIA" is not a known/],
    [{ updatedSince: 'yesterday' }, 'updatedSince', /ISO 8601/],
    [{ updatedSince: '2025-02-30' }, 'updatedSince', /ISO 8601/],
    [{ updatedSince: ['2025-01-01', '2025-02-01'] }, 'updatedSince', /once/],
    [{ focusarea: 'PREVENTION' }, '', /Unknown query parameter "focusarea"/],
  ])('refuses %j as BAD_USER_INPUT naming %j', (query, field, message) => {
    const error = errorOf(() => parseExportQuery(query));
    expect(error).toBeInstanceOf(AppError);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
    expect((error.extensions.fieldErrors as { field: string }[])[0].field).toBe(field);
  });

  it('takes no updatedSince on the feed', () => {
    expect(errorOf(() => parseFeedQuery({ updatedSince: '2025-01-01' })).message).toMatch(
      /Unknown query parameter "updatedSince"/,
    );
    expect(parseFeedQuery({ focusArea: 'partnership' })).toEqual({ focusAreas: ['PARTNERSHIP'] });
  });

  it('writes filters back as a canonical query string', () => {
    expect(filtersQueryString({})).toBe('');
    expect(
      filtersQueryString({ focusAreas: ['PROTECTION', 'PREVENTION'], countries: ['DE'] }),
    ).toBe('?focusArea=PREVENTION,PROTECTION&country=DE');
  });
});
