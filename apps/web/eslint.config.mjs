// The shared config (recommended JS + typescript-eslint) plus the React hooks rules.
import shared from '@alliance/config/eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default [...shared, reactHooks.configs.flat['recommended-latest']];
