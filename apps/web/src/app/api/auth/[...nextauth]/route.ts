import { handlers } from "@/auth/config";

export const { GET, POST } = handlers;
