// Typed GraphQL documents and types generated from schema.graphql (see codegen.ts).
export * from './generated/graphql';
