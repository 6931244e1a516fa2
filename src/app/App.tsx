import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { DeferredStylesheetHref } from '../ui/DeferredStylesheet';
import { AppRoutes } from './router';

/** `stylesheet`: the deferred stylesheet's address, when hydrating a prerendered page that links it. */
export function App({ queryClient = new QueryClient(), stylesheet }: { queryClient?: QueryClient; stylesheet?: string }) {
  return (
    <QueryClientProvider client={queryClient}>
      <DeferredStylesheetHref value={stylesheet}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </DeferredStylesheetHref>
    </QueryClientProvider>
  );
}
