import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles.css';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });

// In dev, an edited or added seed is re-analysed by the Vite plugin; refetch it.
if (import.meta.hot) {
  import.meta.hot.on('lede:articles-changed', () => {
    void queryClient.invalidateQueries();
  });
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
