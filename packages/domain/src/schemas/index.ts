export * from './fields.js';
export * from './slug.js';
export * from './password.js';
export * from './organization.js';
export * from './auth.js';
export * from './errors.js';
export * from './practice.js';
export * from './discussion.js';
