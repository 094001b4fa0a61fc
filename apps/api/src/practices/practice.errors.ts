import { AppError, ErrorCode, forbidden, notFound } from '../common/errors';

export const PracticeErrors = {
  notFound: () => notFound('The practice'),
  notEditor: () =>
    forbidden('Only editors of the practice’s organization and its contributors can do this.'),
  notEditorOf: () =>
    forbidden('Only editors and admins of that organization can add practices for it.'),
  wrongState: (from: string, action: string) =>
    new AppError(ErrorCode.CONFLICT, `A ${from.toLowerCase()} practice cannot be ${action}.`),
  cannotEndorseOwn: () =>
    forbidden('Endorse on behalf of one of your organizations other than the owner.'),
  notPublished: () =>
    new AppError(ErrorCode.CONFLICT, 'Only a published practice can be endorsed.'),
};
