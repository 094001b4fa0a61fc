// GraphiQL for the API, served by the API at GET /graphql to browsers (see serveWebApp in
// apps/api/src/bootstrap.ts). A separate Vite entry (graphiql.html), so the web app's own bundle
// does not carry Monaco and GraphiQL.
import './workers';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import './graphiql.css';

/** Same origin: the browser sends the signed-in user's session cookie, so requests act as them. */
const GRAPHQL_PATH = '/graphql';

const wsProtocol = window.location.protocol === 'https:' ? 'wss' : 'ws';

const fetcher = createGraphiQLFetcher({
  url: GRAPHQL_PATH,
  subscriptionUrl: `${wsProtocol}://${window.location.host}${GRAPHQL_PATH}`,
});

const DEFAULT_QUERY = `# Alliance Commons GraphQL API.
# Requests run as you: signed in, they see and change what you may.
# Press the run button (or Ctrl/Cmd + Enter) to execute.

{
  platformStats {
    organizationCount
    countryCount
  }
}
`;

function Page() {
  return (
    <div className="graphiql-page">
      <header className="graphiql-page__note" role="note">
        <strong>Alliance Commons API</strong>
        <span>
          Requests run as you; see the API docs. <a href="/">Back to Alliance Commons</a>
        </span>
      </header>
      <main className="graphiql-page__ide">
        <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
      </main>
    </div>
  );
}

const container = document.getElementById('graphiql');
if (!container) throw new Error('GraphiQL: #graphiql element missing from graphiql.html');

createRoot(container).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
