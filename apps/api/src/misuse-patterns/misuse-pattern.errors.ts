import { AppError, ErrorCode, forbidden, notFound } from '../common/errors';

export const MisusePatternErrors = {
  notFound: () => notFound('The misuse pattern'),
  practiceNotFound: () => notFound('The practice'),
  countermeasureNotFound: () => notFound('The countermeasure'),
  notEditor: () => forbidden('Only editors and admins of the pattern’s organization can do this.'),
  notEditorOf: () =>
    forbidden('Only editors and admins of that organization can add misuse patterns for it.'),
  notPracticeEditor: () =>
    forbidden(
      'Only editors and admins of the practice’s organization can link it to misuse patterns.',
    ),
  cannotRemoveCountermeasure: () =>
    forbidden(
      'Only editors and admins of the practice’s organization, and moderators, can remove this countermeasure.',
    ),
  wrongState: (from: string, action: string) =>
    new AppError(ErrorCode.CONFLICT, `A ${from.toLowerCase()} misuse pattern cannot be ${action}.`),
  alreadyLinked: () =>
    new AppError(
      ErrorCode.CONFLICT,
      'This practice is already linked to this pattern: change the existing countermeasure instead.',
    ),
};
