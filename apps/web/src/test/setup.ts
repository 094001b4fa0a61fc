// Runs before every test file: jest-dom matchers and the real i18n catalogue.
import '@testing-library/jest-dom';
import '../app/i18n';
