import type { z } from 'zod';
import { ConfigError } from './config';

/**
 * A feature's own environment variables, parsed by its zod schema: unset or empty ones take
 * their defaults; the first invalid one stops the start with a ConfigError naming it (its value
 * shown unless it is a secret).
 */
export function parseEnvSection<S extends z.ZodObject>(
  schema: S,
  env: NodeJS.ProcessEnv,
  secrets: readonly string[] = [],
): z.infer<S> {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const variable = String(issue.path[0] ?? 'environment');
  const shown =
    secrets.includes(variable) || raw[variable] === undefined ? '' : ` (got "${raw[variable]}")`;
  throw new ConfigError(variable, `Invalid configuration: ${issue.message}${shown}.`);
}
