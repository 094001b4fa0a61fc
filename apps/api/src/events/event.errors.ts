import { AppError, ErrorCode, forbidden, notFound } from '../common/errors';

export const EventErrors = {
  eventNotFound: () => notFound('The event'),
  sessionNotFound: () => notFound('The session'),
  presentationNotFound: () => notFound('The presentation'),
  collectionNotFound: () => notFound('The collection'),
  itemNotFound: () => notFound('The practice or pattern'),
  notCurator: () => forbidden('Only moderators can curate events and collections.'),
  notPresenter: () =>
    forbidden('Only editors of the item’s organization and moderators can mark it as presented.'),
  notPublished: () =>
    new AppError(
      ErrorCode.CONFLICT,
      'Only a published practice or pattern can be marked as presented.',
    ),
  slugTaken: (slug: string, what: 'event' | 'collection') =>
    new AppError(
      ErrorCode.CONFLICT,
      `The short name "${slug}" is already used by another ${what}.`,
      {
        fieldErrors: [
          { field: 'slug', message: 'This short name is already used. Choose another.' },
        ],
      },
    ),
  unknownTheme: (theme: string) =>
    new AppError(ErrorCode.BAD_USER_INPUT, `The event has no theme "${theme}".`, {
      fieldErrors: [{ field: 'theme', message: 'Choose one of the event’s themes.' }],
    }),
};
