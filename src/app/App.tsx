import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './router';

export function App({ queryClient = new QueryClient() }: { queryClient?: QueryClient }) {
  // Marks the page interactive (hydrated or rendered): tests and tools can wait for it.
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
