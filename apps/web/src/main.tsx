import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/i18n';
import './app/styles.css';
import { App } from './app/App';
import { AppErrorBoundary } from './app/AppErrorBoundary';
import { createApolloClient } from './app/apollo';

const container = document.getElementById('root');
if (!container) throw new Error('Alliance Commons: #root element missing from index.html');

createRoot(container).render(
  <StrictMode>
    <AppErrorBoundary>
      <App client={createApolloClient()} />
    </AppErrorBoundary>
  </StrictMode>,
);
