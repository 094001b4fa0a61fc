import { EnableExtensions1764380000000 } from './1764380000000-enable-extensions';
import { CreateOrganizations1764380100000 } from './1764380100000-create-organizations';
import { AccountsAndMemberships1764390000000 } from './1764390000000-accounts-and-memberships';
import { Practices1764400000000 } from './1764400000000-practices';
import { Discussions1764410000000 } from './1764410000000-discussions';
import { Moderation1764420000000 } from './1764420000000-moderation';
import { WatchesAndEmailPreferences1764430000000 } from './1764430000000-watches-and-email-preferences';
import { Search1764440000000 } from './1764440000000-search';
import { SearchRanking1764440100000 } from './1764440100000-search-ranking';
import { PostCategory1764440200000 } from './1764440200000-post-category';
import { PostCategoryVector1764440300000 } from './1764440300000-post-category-vector';
import { Webhooks1764450000000 } from './1764450000000-webhooks';
import { MisusePatterns1764460000000 } from './1764460000000-misuse-patterns';
import { MisusePatternSearch1764460100000 } from './1764460100000-misuse-pattern-search';
import { PracticeSearchFilters1764470000000 } from './1764470000000-practice-search-filters';

/** Every migration in order. Never edit one that has landed; add a new one. */
export const MIGRATIONS = [
  EnableExtensions1764380000000,
  CreateOrganizations1764380100000,
  AccountsAndMemberships1764390000000,
  Practices1764400000000,
  Discussions1764410000000,
  Moderation1764420000000,
  WatchesAndEmailPreferences1764430000000,
  Search1764440000000,
  SearchRanking1764440100000,
  PostCategory1764440200000,
  PostCategoryVector1764440300000,
  Webhooks1764450000000,
  MisusePatterns1764460000000,
  MisusePatternSearch1764460100000,
  PracticeSearchFilters1764470000000,
];
