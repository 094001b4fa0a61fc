import { Field, ID, InterfaceType } from '@nestjs/graphql';

/**
 * Relay's Node: every entity has an opaque global id, and `node(id)` / `nodes(ids)` fetch any
 * of them (as far as the viewer may see it). The global id carries its type (see global-id.ts).
 */
@InterfaceType('Node', {
  description: 'An object with an opaque global id, fetchable with `node(id:)` and `nodes(ids:)`.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;
}
