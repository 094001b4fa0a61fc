// Runs before every test file: jest-dom matchers and the real i18n catalogue.
import '@testing-library/jest-dom';
import '../app/i18n';
import { configure } from '@testing-library/react';

// findBy*/waitFor wait up to 5 s instead of 1 s: CI's two cores are sometimes busy enough that a
// render after a mocked response takes longer than a second. A passing test is not slowed.
configure({ asyncUtilTimeout: 5000 });
