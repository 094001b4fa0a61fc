import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Errors meant for the user (AppError, GraphQL's own) go back to Apollo as they are, without
 * Nest logging them as server errors; formatGraphQLError shapes them. Anything else still goes
 * through Nest's handler and is logged.
 */
@Catch(GraphQLError)
export class GraphQLErrorPassThroughFilter implements GqlExceptionFilter {
  catch(exception: GraphQLError) {
    return exception;
  }
}
