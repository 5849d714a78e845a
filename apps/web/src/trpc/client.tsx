"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import { createPlatformClient } from "@zorgzaam/ui";
import type { AppRouter } from "@/server/app-router";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/**
 * The provider of `useTRPC` (TanStack Query over the app router). Not in the root layout: the segments whose forms
 * use it put it in their layout (people/[id], people/new, members, settings, ...), so other pages do not load it.
 */
export function TrpcProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, retry: (n, e) => n < 2 && !(e instanceof TRPCClientError) } } }),
  );
  const [client] = useState(() => createPlatformClient<AppRouter>());
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={client} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}

export { errorMessage } from "@zorgzaam/ui";
