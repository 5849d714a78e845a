// The forms of this segment call the API through TanStack Query; its provider is loaded here, not on every page.
export { TrpcProvider as default } from "@/trpc/client";
