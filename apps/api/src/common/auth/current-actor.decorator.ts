import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from '../actor';
import type { RequestContext } from '../request-context';

/** The caller of a GraphQL operation (anonymous or a user), resolved once per request. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor =>
    GqlExecutionContext.create(context).getContext<RequestContext>().actor,
);
