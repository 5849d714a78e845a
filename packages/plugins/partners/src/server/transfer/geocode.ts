/**
 * Placeholder until the geocoder lands (issue 4, import/export area): asks for the actors' addresses to be turned
 * into points after the change commits.
 */
export function geocodeLater(_ctx: { tenant: { id: string }; afterCommit: (fn: () => Promise<void>) => void }, _actorIds: string[]): void {}
