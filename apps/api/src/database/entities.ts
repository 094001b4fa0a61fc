import { Organization } from '../organizations/organization.entity';

/** Every TypeORM entity, listed explicitly (no globs: the build and tests see the same set). */
export const ENTITIES = [Organization];
