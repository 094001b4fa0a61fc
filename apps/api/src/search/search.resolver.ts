import { searchInputSchema, type SearchFilter } from '@alliance/domain';
import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../common/auth/access.decorator';
import { pageWindow, toConnection } from '../common/relay/connection';
import { toGlobalId } from '../common/relay/global-id';
import type { RequestContext } from '../common/request-context';
import { parseInput } from '../common/validation';
import { PostModel, ThreadModel, presentPost, presentThread } from '../discussions';
import { OrganizationModel, presentOrganization } from '../organizations';
import { MisusePatternModel, presentMisusePattern } from '../misuse-patterns';
import { PracticeModel, presentPractice } from '../practices';
import { SearchQueries } from './search.queries';
import { FACET_FILTERS, type SearchHit, type SearchResponse } from './search-engine';
import {
  MisusePatternSearchHitModel,
  OrganizationSearchHitModel,
  PostSearchHitModel,
  PracticeSearchHitModel,
  SearchFacetEnum,
  SearchFilterInput,
  SearchResultsModel,
  SearchSortEnum,
  ThreadSearchHitModel,
  type SearchHitModel,
} from './search.models';
import { SearchService } from './search.service';
import { stripMarkers, toHighlightHtml } from './snippets';

/**
 * Selected filter values always appear in their facet (count 0 when nothing matches), so a
 * client can show them checked and let the user remove them, whatever the engine counted.
 */
function withSelectedValues(
  distribution: SearchResponse['facetDistribution'],
  filter: SearchFilter,
): SearchResponse['facetDistribution'] {
  return distribution.map((d) => {
    const field = FACET_FILTERS[d.facet];
    const selected = (field ? (filter[field] as string[] | undefined) : undefined) ?? [];
    const missing = selected.filter((value) => !d.values.some((v) => v.value === value));
    return missing.length
      ? { ...d, values: [...d.values, ...missing.map((value) => ({ value, count: 0 }))] }
      : d;
  });
}

const GLOBAL_TYPES = {
  PRACTICE: 'Practice',
  THREAD: 'Thread',
  POST: 'Post',
  ORGANIZATION: 'Organization',
  MISUSE_PATTERN: 'MisusePattern',
} as const;

const presentHit = (hit: SearchHit): SearchHitModel => ({
  id: toGlobalId(GLOBAL_TYPES[hit.kind], hit.entityId),
  kind: hit.kind,
  entityId: hit.entityId,
  title: stripMarkers(hit.title),
  highlightedTitle: toHighlightHtml(hit.title),
  snippet: toHighlightHtml(hit.snippet),
  score: hit.score,
});

/**
 * The engine judged visibility when it searched (SQL predicates, or Meilisearch access tokens),
 * but an index can lag a change (a post hidden a moment ago, a practice unpublished): every hit
 * is judged again through the same visibility-checked loaders the fields use, and dropped —
 * title and snippet too — when the viewer may no longer see it.
 */
async function stillVisible(hits: SearchHit[], ctx: RequestContext): Promise<SearchHit[]> {
  const { discussions, misusePatterns, organization } = ctx.loaders;
  const visible = await Promise.all(
    hits.map((hit) => {
      switch (hit.kind) {
        case 'PRACTICE':
          return misusePatterns.practice.load(hit.entityId);
        case 'MISUSE_PATTERN':
          return misusePatterns.pattern.load(hit.entityId);
        case 'THREAD':
          return discussions.visibleThread.load(hit.entityId);
        case 'POST':
          return discussions.post.load(hit.entityId);
        case 'ORGANIZATION':
          return organization.load(hit.entityId);
      }
    }),
  );
  return hits.filter((_, i) => visible[i]);
}

@Resolver(() => SearchResultsModel)
export class SearchResolver {
  constructor(
    private readonly search: SearchService,
    private readonly queries: SearchQueries,
  ) {}

  @Query(() => SearchResultsModel, {
    name: 'search',
    description:
      'Full-text search across practices, misuse patterns, discussions and organizations you may see: typo tolerant, with "phrases", -exclusions and OR, filters and facet counts.',
  })
  @Access.public()
  async searchContent(
    @Args('query', {
      description: 'What to look for (empty: everything, newest first when sorted by relevance).',
    })
    query: string,
    @Args('filter', { type: () => SearchFilterInput, nullable: true })
    filter: SearchFilterInput | null,
    @Args('facets', {
      type: () => [SearchFacetEnum],
      nullable: true,
      description: 'Facets to count over the results.',
    })
    facets: string[] | null,
    @Args('first', {
      type: () => Int,
      nullable: true,
      description: 'How many results (1–100, default 20).',
    })
    first: number | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'A cursor: results after this one.',
    })
    after: string | null,
    @Args('sort', {
      type: () => SearchSortEnum,
      nullable: true,
      description: 'Order (default RELEVANCE).',
    })
    sort: string | null,
    @Context() ctx: RequestContext,
  ) {
    const input = parseInput(searchInputSchema, { query, filter, facets, sort });
    const { offset, limit } = pageWindow({ first, after }, Number.MAX_SAFE_INTEGER);
    const result = await this.search.search({ ...input, offset, limit, scope: await ctx.scope() });
    const hits = await stillVisible(result.hits, ctx);
    const connection = toConnection(hits.map(presentHit), offset, result.estimatedTotalHits);
    return {
      ...connection,
      estimatedTotalHits: result.estimatedTotalHits,
      exhaustive: result.exhaustive ?? true,
      facetDistribution: await this.labelled(
        withSelectedValues(result.facetDistribution, input.filter),
      ),
      processingTimeMs: result.processingTimeMs,
      engine: result.engine,
    };
  }

  /** Organizations and categories are shown by name; other codes are translated by clients. */
  private async labelled(
    distribution: Awaited<ReturnType<SearchService['search']>>['facetDistribution'],
  ) {
    const slugsOf = (facet: string) =>
      distribution.find((d) => d.facet === facet)?.values.map((v) => v.value) ?? [];
    const labels = await this.queries.facetLabels(slugsOf('ORGANIZATION'), slugsOf('CATEGORY'));
    return distribution.map((d) => ({
      facet: d.facet,
      values: d.values.map((v) => ({ ...v, label: labels.get(`${d.facet}:${v.value}`) ?? null })),
    }));
  }
}

@Resolver(() => PracticeSearchHitModel)
export class PracticeSearchHitResolver {
  @ResolveField(() => PracticeModel, { description: 'The practice.' })
  async practice(@Parent() hit: SearchHitModel, @Context() ctx: RequestContext) {
    return presentPractice((await ctx.loaders.misusePatterns.practice.load(hit.entityId))!);
  }
}

@Resolver(() => ThreadSearchHitModel)
export class ThreadSearchHitResolver {
  @ResolveField(() => ThreadModel, { description: 'The thread.' })
  async thread(@Parent() hit: SearchHitModel, @Context() ctx: RequestContext) {
    return presentThread((await ctx.loaders.discussions.visibleThread.load(hit.entityId))!);
  }
}

@Resolver(() => PostSearchHitModel)
export class PostSearchHitResolver {
  @ResolveField(() => PostModel, { description: 'The post.' })
  async post(@Parent() hit: SearchHitModel, @Context() ctx: RequestContext) {
    return presentPost((await ctx.loaders.discussions.post.load(hit.entityId))!);
  }

  @ResolveField(() => ThreadModel, { description: 'The thread it belongs to.' })
  async thread(@Parent() hit: SearchHitModel, @Context() ctx: RequestContext) {
    const post = (await ctx.loaders.discussions.post.load(hit.entityId))!;
    return presentThread((await ctx.loaders.discussions.visibleThread.load(post.threadId))!);
  }
}

@Resolver(() => OrganizationSearchHitModel)
export class OrganizationSearchHitResolver {
  @ResolveField(() => OrganizationModel, { description: 'The organization.' })
  async organization(@Parent() hit: SearchHitModel, @Context() ctx: RequestContext) {
    return presentOrganization((await ctx.loaders.organization.load(hit.entityId))!);
  }
}

@Resolver(() => MisusePatternSearchHitModel)
export class MisusePatternSearchHitResolver {
  @ResolveField(() => MisusePatternModel, { description: 'The misuse pattern.' })
  async misusePattern(@Parent() hit: SearchHitModel, @Context() ctx: RequestContext) {
    return presentMisusePattern((await ctx.loaders.misusePatterns.pattern.load(hit.entityId))!);
  }
}
