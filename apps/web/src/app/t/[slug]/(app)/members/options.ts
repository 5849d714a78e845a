/** Choices the member forms offer, prepared on the server (labels already translated). */
export interface MemberFormOptions {
  roles: { value: string; label: string }[];
  organisations: { id: string; name: string }[];
  neighbourhoods: { id: string; name: string }[];
}
