/** The rooms of src/, shared by .dependency-cruiser.cjs (enforced in CI) and .dependency-cruiser-todo.cjs (what is left). */
/** Every folder of src/ that is not a floor of its own is a feature (new features are covered without listing them). */
const NOT_FEATURES = ['common', 'visibility', 'context', 'config', 'database'];
const feature = `^src/(?!(?:${NOT_FEATURES.join('|')})/)([^/]+)/`;
/** A feature's public surface: its index.ts, and its Nest module (for other modules' `imports`). */
const publicSurface = '^src/[^/]+/(index|[^/]+[.]module)[.]ts$';
/**
 * Rooms whose imports of other features all go through index.ts already: the public-surface rule
 * is an error there. Add a room here once its imports are converted; the rest are listed by
 * `pnpm boundaries:todo` (.dependency-cruiser-todo.cjs).
 */
const CONVERTED = ['admin', 'notifications', 'realtime'];

module.exports = { feature, publicSurface, CONVERTED };
