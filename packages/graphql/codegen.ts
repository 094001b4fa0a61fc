import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the committed schema file (never a running server) and the web app's operations,
// one per .graphql file, and writes typed documents that the web app and partner scripts import.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['../../apps/web/src/**/*.graphql', 'operations/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
