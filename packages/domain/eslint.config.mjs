export { default } from '@alliance/config/eslint';
