/**
 * @alliance/domain — the shared vocabulary of Alliance Commons: taxonomies with stable codes and
 * English labels, countries and languages, and the zod validation schemas used by both the API
 * and the web app. Runs in Node and in the browser (no file or network access).
 */
export * from './taxonomy.js';
export * from './practice-taxonomies.js';
export * from './misuse-taxonomies.js';
export * from './regions.js';
export * from './taxonomies.js';
export * from './country-names.js';
export * from './osce.js';
export * from './countries.js';
export * from './languages.js';
export { isCommonPassword } from './password-strength.js';
export * from './schemas/index.js';
export * from './audit-actions.js';
export * from './error-codes.js';
