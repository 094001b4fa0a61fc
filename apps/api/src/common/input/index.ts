export { sanitiseArguments, sanitiseSchemaInputs } from './sanitise-arguments';
export { isSecretName, MAX_STRING_LENGTH, normaliseString, stringProblem } from './string-rules';
